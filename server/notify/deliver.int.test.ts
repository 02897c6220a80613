import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { CLAIM_LEASE_MS, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "@/lib/domain/delivery";
import { makeCustomer } from "@/prisma/test/factories";
import { db } from "../db";
import { deliverDue } from "./deliver";
import { notifyAddress, notifyCustomer } from "./index";
import { outboxTransport, smsGatewayTransport, smtpTransport, type Transport, type Transports } from "./transports";

const SRN = "SR20200101000007";
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

type Mail = { from: string; to: string[]; data: string; user?: string };

/** A local SMTP server; it records each message and can require a password. */
async function startSmtp(options: { password?: string } = {}) {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    disabledCommands: options.password ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    allowInsecureAuth: true,
    authOptional: !options.password,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === options.password) callback(null, { user: "mailer" });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
          user: session.user as string | undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { mails, port };
}

type Received = { auth: string | undefined; contentType: string | undefined; body: { to: string; text: string } };

/** A local SMS gateway answering with `status` (or never, with "hang"). */
async function startGateway(status: number | "hang" = 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ auth: req.headers.authorization, contentType: req.headers["content-type"], body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      if (status === "hang") return;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  closers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { received, url };
}

async function customerNotified(options: { sms?: boolean; email?: boolean; locale?: string } = {}) {
  const a = await makeCustomer();
  await db.user.update({ where: { id: a.user.id }, data: { notifySms: options.sms ?? true, notifyEmail: options.email ?? true, locale: options.locale ?? "zh-CN" } });
  await db.$transaction((tx) => notifyCustomer(tx, a.customer.id, "request.created", { srn: SRN, acceptBy: "2026-11-29T02:30:00.000Z" }));
  return a;
}

const outboxOnly: Transports = { SMS: outboxTransport(), EMAIL: outboxTransport() };
const later = (ms: number) => new Date(Date.now() + ms);

describe("deliverDue through SMTP (nodemailer) to a local SMTP server", () => {
  it("sends the e-mail with the title as subject and the link, and marks it SENT via smtp", async () => {
    const smtp = await startSmtp();
    const a = await customerNotified({ sms: false, locale: "en" });
    const result = await deliverDue({ transports: { SMS: outboxTransport(), EMAIL: smtpTransport(`smtp://127.0.0.1:${smtp.port}`, "ServiceHall <noreply@servicehall.test>") } });
    expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual([a.user.email]);
    expect(mail.from).toBe("noreply@servicehall.test");
    expect(mail.data).toContain(`Subject: Request ${SRN} submitted`);
    expect(mail.data).toContain(`http://localhost:3000/account/requests/${SRN}`);
    const row = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL" } });
    expect(row).toMatchObject({ status: "SENT", transport: "smtp", attempts: 1, lastError: null, claimedUntil: null, nextAttemptAt: null });
    expect(row.sentAt).not.toBeNull();
  });

  it("logs in with the URL's credentials, and a refused login is retried later without the password in lastError", async () => {
    const smtp = await startSmtp({ password: "hunter22" });
    await customerNotified({ sms: false });
    const wrong = smtpTransport(`smtp://mailer:wrong-pass-77@127.0.0.1:${smtp.port}`, "noreply@servicehall.test");
    const now = new Date();
    expect(await deliverDue({ now, transports: { SMS: outboxTransport(), EMAIL: wrong }, secrets: ["wrong-pass-77"] })).toEqual({ claimed: 1, sent: 0, failed: 1 });
    const failed = await db.notification.findFirstOrThrow({ where: { channel: "EMAIL" } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, transport: "smtp", claimedUntil: null });
    expect(failed.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(1)));
    expect(failed.lastError).toBeTruthy();
    expect(failed.lastError).not.toContain("wrong-pass-77");
    expect(smtp.mails).toHaveLength(0);

    // Not due yet: nothing is tried before the back-off has passed.
    expect(await deliverDue({ now: later(retryDelayMs(1) - 5_000), transports: outboxOnly })).toEqual({ claimed: 0, sent: 0, failed: 0 });
    const right = smtpTransport(`smtp://mailer:hunter22@127.0.0.1:${smtp.port}`, "noreply@servicehall.test");
    expect(await deliverDue({ now: later(retryDelayMs(1) + 1_000), transports: { SMS: outboxTransport(), EMAIL: right } })).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(smtp.mails.map((m) => m.user)).toEqual(["mailer"]);
    expect(await db.notification.findFirstOrThrow({ where: { channel: "EMAIL" } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });
});

describe("deliverDue through the HTTP SMS gateway adapter", () => {
  it("POSTs {to, text} as JSON with the bearer token; a 2xx answer is SENT", async () => {
    const gateway = await startGateway(202);
    const a = await customerNotified({ email: false });
    const result = await deliverDue({ transports: { SMS: smsGatewayTransport(gateway.url, "gw-token-1"), EMAIL: outboxTransport() } });
    expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(gateway.received).toEqual([
      { auth: "Bearer gw-token-1", contentType: "application/json", body: { to: a.user.phone, text: `【ServiceHall】申请 ${SRN} 已提交：我们将在 2026/11/29 10:30 前完成受理。` } },
    ]);
    expect(await db.notification.findFirstOrThrow({ where: { channel: "SMS" } })).toMatchObject({ status: "SENT", transport: "sms-gateway", attempts: 1 });
  });

  it("retries with exponential back-off on errors and gives up as FAILED after five attempts", async () => {
    const gateway = await startGateway(503);
    await customerNotified({ email: false });
    const transports = { SMS: smsGatewayTransport(gateway.url, "gw-token-2"), EMAIL: outboxTransport() };
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverDue({ now, transports, secrets: ["gw-token-2"] }), `attempt ${attempt}`).toEqual({ claimed: 1, sent: 0, failed: 1 });
      const row = await db.notification.findFirstOrThrow({ where: { channel: "SMS" } });
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe("SMS gateway answered HTTP 503");
      if (attempt < MAX_DELIVERY_ATTEMPTS) {
        expect(row.status).toBe("PENDING");
        expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + retryDelayMs(attempt)));
        now = row.nextAttemptAt!;
      } else {
        expect(row).toMatchObject({ status: "FAILED", nextAttemptAt: null });
      }
    }
    expect(gateway.received).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    // FAILED rows are never picked up again by the sweep.
    expect(await deliverDue({ now: later(24 * 3_600_000), transports })).toEqual({ claimed: 0, sent: 0, failed: 0 });
  });

  it("gives up on a gateway that does not answer in time and records a timeout", async () => {
    const gateway = await startGateway("hang");
    await customerNotified({ email: false });
    const result = await deliverDue({ transports: { SMS: smsGatewayTransport(gateway.url, undefined, 300), EMAIL: outboxTransport() } });
    expect(result).toEqual({ claimed: 1, sent: 0, failed: 1 });
    const row = await db.notification.findFirstOrThrow({ where: { channel: "SMS" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/timed out/i);
  });

  it("records a refused connection as a failure too", async () => {
    const gateway = await startGateway(200);
    await closers.pop()!();
    await customerNotified({ email: false });
    expect(await deliverDue({ transports: { SMS: smsGatewayTransport(gateway.url, "t"), EMAIL: outboxTransport() } })).toMatchObject({ failed: 1 });
    expect((await db.notification.findFirstOrThrow({ where: { channel: "SMS" } })).lastError).toBeTruthy();
  });
});

describe("the outbox transport", () => {
  it("marks SMS and e-mail SENT via outbox and leaves the secret payload in place for admins", async () => {
    await customerNotified();
    await db.$transaction((tx) => notifyAddress(tx, { channel: "SMS", address: "13912345678", locale: "zh-CN", template: "tracking.code", payload: { srn: SRN, code: "654321" } }));
    expect(await deliverDue({ transports: outboxOnly })).toEqual({ claimed: 3, sent: 3, failed: 0 });
    const rows = await db.notification.findMany({ where: { channel: { in: ["SMS", "EMAIL"] } } });
    expect(rows.every((r) => r.status === "SENT" && r.transport === "outbox")).toBe(true);
    expect(rows.find((r) => r.template === "tracking.code")!.payload).toEqual({ srn: SRN, code: "654321" });
  });

  it("a real gateway's sent code is blanked in the stored payload", async () => {
    const gateway = await startGateway(200);
    await db.$transaction((tx) => notifyAddress(tx, { channel: "SMS", address: "13912345678", locale: "zh-CN", template: "tracking.code", payload: { srn: SRN, code: "654321" } }));
    await deliverDue({ transports: { SMS: smsGatewayTransport(gateway.url, "t"), EMAIL: outboxTransport() } });
    expect(gateway.received[0]!.body.text).toContain("654321");
    expect((await db.notification.findFirstOrThrow()).payload).toEqual({ srn: SRN, code: "••••••" });
  });

  it("never touches in-app rows", async () => {
    await customerNotified({ sms: false, email: false });
    expect(await deliverDue({ transports: outboxOnly })).toEqual({ claimed: 0, sent: 0, failed: 0 });
  });
});

describe("claiming", () => {
  function countingTransport(delayMs = 0): Transport & { sent: string[] } {
    const sent: string[] = [];
    return {
      name: "sms-gateway",
      sent,
      async send(message) {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        sent.push(message.to);
      },
    };
  }

  it("two concurrent sweeps send one message once", async () => {
    await customerNotified({ email: false });
    const transport = countingTransport(50);
    const transports = { SMS: transport, EMAIL: outboxTransport() };
    const [first, second] = await Promise.all([deliverDue({ transports }), deliverDue({ transports })]);
    expect(first.sent + second.sent).toBe(1);
    expect(first.claimed + second.claimed).toBe(1);
    expect(transport.sent).toHaveLength(1);
    expect(await db.notification.findFirstOrThrow({ where: { channel: "SMS" } })).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("many concurrent sweeps over many messages send each exactly once", async () => {
    for (let i = 0; i < 6; i++) await customerNotified({ email: false });
    const transport = countingTransport(5);
    const transports = { SMS: transport, EMAIL: outboxTransport() };
    const results = await Promise.all(Array.from({ length: 4 }, () => deliverDue({ transports, limit: 3 })));
    for (const r of results) expect(r.claimed).toBeLessThanOrEqual(3);
    const again = await deliverDue({ transports });
    expect(results.reduce((n, r) => n + r.sent, 0) + again.sent).toBe(6);
    expect(new Set(transport.sent).size).toBe(6);
    expect(transport.sent).toHaveLength(6);
  });

  it("does not take a message another instance holds, until its lease has run out", async () => {
    await customerNotified({ email: false });
    const now = new Date();
    await db.notification.updateMany({ where: { channel: "SMS" }, data: { claimedUntil: new Date(now.getTime() + CLAIM_LEASE_MS) } });
    const transport = countingTransport();
    const transports = { SMS: transport, EMAIL: outboxTransport() };
    expect(await deliverDue({ now, transports })).toMatchObject({ claimed: 0 });
    // The holder died: once the lease has passed the message is taken over and sent.
    expect(await deliverDue({ now: new Date(now.getTime() + CLAIM_LEASE_MS + 1), transports })).toMatchObject({ claimed: 1, sent: 1 });
    expect(transport.sent).toHaveLength(1);
  });

  it("sends due messages oldest first, up to the limit", async () => {
    const first = await customerNotified({ email: false });
    await db.notification.updateMany({ where: { recipientId: first.user.id }, data: { nextAttemptAt: new Date(Date.now() - 60_000) } });
    await customerNotified({ email: false });
    const transport = countingTransport();
    expect(await deliverDue({ transports: { SMS: transport, EMAIL: outboxTransport() }, limit: 1 })).toMatchObject({ claimed: 1 });
    expect(transport.sent).toEqual([first.user.phone]);
  });
});
