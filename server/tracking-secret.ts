import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";

// Tracking codes and grant tokens are stored only as HMAC-SHA256 keyed with AUTH_SECRET, so a
// copy of the database does not give them away. Production always has AUTH_SECRET
// (instrumentation.ts); development and tests use a fixed key.
const key = () => env.AUTH_SECRET ?? "servicehall-development-only-tracking-key";

export function trackingHash(purpose: "code" | "grant", value: string): string {
  return createHmac("sha256", key()).update(`${purpose}:${value}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}
