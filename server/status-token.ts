import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";
import { secretHash } from "./one-time-code";

// The unsubscribe link of a status-page subscription: `<subscription id>.<HMAC>` keyed with
// AUTH_SECRET, so every message to a subscriber can carry it without storing it in clear, and
// nobody can unsubscribe someone else by guessing ids. StatusSubscription.tokenHash stores
// statusTokenHash(token), unique, for the lookup.
const key = () => env.AUTH_SECRET ?? "servicehall-development-only-tracking-key";

const mac = (id: string) => createHmac("sha256", key()).update(`status-unsubscribe:${id}`).digest("base64url");

export function unsubscribeToken(subscriptionId: string): string {
  return `${subscriptionId}.${mac(subscriptionId)}`;
}

/** The subscription id the token was made for, or null when it was not made by us. */
export function verifyUnsubscribeToken(token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || token.length > 200) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export function statusTokenHash(token: string): string {
  return secretHash("status-unsubscribe", token);
}

/** The absolute unsubscribe URL a subscriber's SMS or e-mail carries. */
export function unsubscribeUrl(subscriptionId: string): string {
  return new URL(`/status/unsubscribe?token=${encodeURIComponent(unsubscribeToken(subscriptionId))}`, env.PUBLIC_BASE_URL).toString();
}
