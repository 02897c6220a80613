import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";

// Tracking codes, grant tokens and other one-time codes (server/one-time-code.ts) are stored only
// as HMAC-SHA256 keyed with AUTH_SECRET, so a copy of the database does not give them away. Production always has AUTH_SECRET
// (instrumentation.ts); development and tests use a fixed key.
const key = () => env.AUTH_SECRET ?? "servicehall-development-only-tracking-key";

/** The stored form of a secret; `purpose` keeps hashes of different kinds apart. */
export function secretHash(purpose: string, value: string): string {
  return createHmac("sha256", key()).update(`${purpose}:${value}`).digest("hex");
}

export function trackingHash(purpose: "code" | "grant", value: string): string {
  return secretHash(purpose, value);
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}
