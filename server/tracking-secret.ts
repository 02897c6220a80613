import "server-only";
import { secretHash } from "./one-time-code";

export { sameHash } from "./one-time-code";

// Tracking codes and grant tokens are stored only as HMAC-SHA256 keyed with AUTH_SECRET (the
// shared helper in ./one-time-code.ts), so a copy of the database does not give them away.
export function trackingHash(purpose: "code" | "grant", value: string): string {
  return secretHash(purpose, value);
}
