// One-time codes sent by SMS: tracking a request without an account, and confirmations by a
// signed-in user (changing the phone number, terminating a line). One set of rules for all of them.

export const ONE_TIME_CODE_TTL_MS = 10 * 60_000;
export const ONE_TIME_CODE_MAX_ATTEMPTS = 5;
export const ONE_TIME_CODE_LENGTH = 6;
/** A signed-in user gets a new code for the same purpose only after this long (one SMS a minute). */
export const ONE_TIME_CODE_RESEND_MS = 60_000;

export type OneTimeCodeState = "usable" | "expired" | "consumed" | "exhausted";

/** Whether a stored code may still be tried: not used, not expired, fewer than 5 wrong tries. */
export function oneTimeCodeState(code: { expiresAt: Date; consumedAt: Date | null; attempts: number }, now: Date): OneTimeCodeState {
  if (code.consumedAt) return "consumed";
  if (code.attempts >= ONE_TIME_CODE_MAX_ATTEMPTS) return "exhausted";
  if (code.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

/** A 6-digit code from a uniform random integer in [0, 10^6). */
export function formatOneTimeCode(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10 ** ONE_TIME_CODE_LENGTH) throw new RangeError("one-time code out of range");
  return String(n).padStart(ONE_TIME_CODE_LENGTH, "0");
}
