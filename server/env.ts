import "server-only";
import { z } from "zod";

// The one place that reads process.env (besides prisma/engine.ts, used by scripts too).
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // Trust X-Forwarded-For only behind a proxy you control.
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Set by scripts/demo.mjs: Next.js then leaves SIGINT/SIGTERM to us (server/shutdown.ts).
  NEXT_MANUAL_SIG_HANDLE: z.string().optional(),
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
