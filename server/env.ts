import "server-only";
import { z } from "zod";

// The one place that reads process.env (besides prisma/engine.ts, used by scripts too).
// An empty value counts as unset, so that `SMTP_URL=` in a service file switches SMTP off.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // Trust X-Forwarded-For only behind a proxy you control.
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Set by scripts/demo.mjs: Next.js then leaves SIGINT/SIGTERM to us (server/shutdown.ts).
  NEXT_MANUAL_SIG_HANDLE: z.string().optional(),
  // Set by Next.js while it builds; nothing runs in the background then.
  NEXT_PHASE: z.string().optional(),
  // Notifications (server/notify). Without SMTP_URL e-mails, and without SMS_GATEWAY_URL text
  // messages, go to the outbox that admins read at /admin/outbox.
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be smtp://… or smtps://…")),
  MAIL_FROM: z.string().min(3).default("ServiceHall <no-reply@servicehall.invalid>"),
  SMS_GATEWAY_URL: optional(z.url({ protocol: /^https?$/, error: "SMS_GATEWAY_URL must be an http(s) URL" })),
  SMS_GATEWAY_TOKEN: optional(z.string()),
  // The address customers use, for links in e-mails.
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
});

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

export const env = loadEnv();

/** Called at server start (instrumentation.ts): production never runs with a missing secret. */
export function assertProductionEnv() {
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is required in production (generate one with: openssl rand -base64 33).");
  }
}

/** Background work (the delivery sweep) runs in a serving process, not during `next build` or tests. */
export function backgroundWorkAllowed() {
  return env.NODE_ENV !== "test" && env.NEXT_PHASE !== "phase-production-build";
}
