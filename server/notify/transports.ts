import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

// The ways a message leaves: SMTP (nodemailer), an HTTP SMS gateway, or the outbox (the message
// stays in the database for admins to read at /admin/outbox). Chosen by the environment.

export type OutgoingMessage = { channel: "SMS" | "EMAIL"; to: string; subject: string; text: string };
export type Transport = { name: "smtp" | "sms-gateway" | "outbox"; send(message: OutgoingMessage): Promise<void> };
export type Transports = { SMS: Transport; EMAIL: Transport };

export const SEND_TIMEOUT_MS = 10_000;

export function outboxTransport(): Transport {
  return { name: "outbox", send: async () => {} };
}

export function smtpTransport(url: string, from: string, timeoutMs = SEND_TIMEOUT_MS): Transport {
  const mailer = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2 });
  return {
    name: "smtp",
    async send(message) {
      await mailer.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/** POSTs {to, text} as JSON with a bearer token; any 2xx answer means sent. */
export function smsGatewayTransport(url: string, token: string | undefined, timeoutMs = SEND_TIMEOUT_MS): Transport {
  return {
    name: "sms-gateway",
    async send(message) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error",
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
    },
  };
}

let configured: Transports | undefined;

/** The transports the environment configures (made once per process). */
export function configuredTransports(): Transports {
  return (configured ??= {
    EMAIL: env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : outboxTransport(),
    SMS: env.SMS_GATEWAY_URL ? smsGatewayTransport(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN) : outboxTransport(),
  });
}

/** True when messages of the channel go to the outbox (no gateway configured). */
export function deliversToOutbox(channel: "SMS" | "EMAIL"): boolean {
  return channel === "EMAIL" ? !env.SMTP_URL : !env.SMS_GATEWAY_URL;
}

/** An error's message for the outbox, without credentials from URLs or the configured secrets. */
export function safeErrorText(error: unknown, secrets: Array<string | undefined> = []): string {
  let text = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === "TimeoutError") text = `timed out: ${text}`;
  for (const secret of secrets) if (secret && secret.length >= 4) text = text.split(secret).join("***");
  text = text.replace(/(\/\/)[^@\s/]+@/g, "$1***@").replace(/(bearer\s+)\S+/gi, "$1***");
  return text.slice(0, 500) || "error";
}

/** The secrets that must never reach lastError. */
export function configuredSecrets(): string[] {
  const out: string[] = [];
  if (env.SMS_GATEWAY_TOKEN) out.push(env.SMS_GATEWAY_TOKEN);
  if (env.SMTP_URL) {
    try {
      const u = new URL(env.SMTP_URL);
      if (u.password) out.push(decodeURIComponent(u.password), u.password);
    } catch {
      // The schema accepted it; nothing to add when it does not parse as a URL.
    }
  }
  return out;
}
