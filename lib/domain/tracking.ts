// Tracking a request without an account: the rules of the one-time code sent by SMS.

export const TRACKING_CODE_TTL_MS = 10 * 60_000;
export const TRACKING_CODE_MAX_ATTEMPTS = 5;
export const TRACKING_GRANT_TTL_MS = 30 * 60_000;
export const TRACKING_CODE_LENGTH = 6;

export type TrackingCodeState = "usable" | "expired" | "consumed" | "exhausted";

/** Whether a stored code may still be tried: not used, not expired, fewer than 5 wrong tries. */
export function trackingCodeState(code: { expiresAt: Date; consumedAt: Date | null; attempts: number }, now: Date): TrackingCodeState {
  if (code.consumedAt) return "consumed";
  if (code.attempts >= TRACKING_CODE_MAX_ATTEMPTS) return "exhausted";
  if (code.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

/** The contact phone's last four digits match what the visitor typed (digits only). */
export function phoneTailMatches(phone: string | null | undefined, tail: string): boolean {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 4 && /^\d{4}$/.test(tail) && digits.slice(-4) === tail;
}

/** A 6-digit code from a uniform random integer in [0, 10^6). */
export function formatTrackingCode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10 ** TRACKING_CODE_LENGTH) throw new RangeError("tracking code out of range");
  return String(n).padStart(TRACKING_CODE_LENGTH, "0");
}
