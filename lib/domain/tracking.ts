// Tracking a request without an account: the rules of the one-time code sent by SMS.

import { ONE_TIME_CODE_LENGTH, ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_TTL_MS, formatOneTimeCode, oneTimeCodeState, type OneTimeCodeState } from "./one-time-code";

// The code's rules are those of every one-time code (./one-time-code.ts); the names below keep
// the tracking code's vocabulary.
export const TRACKING_CODE_TTL_MS = ONE_TIME_CODE_TTL_MS;
export const TRACKING_CODE_MAX_ATTEMPTS = ONE_TIME_CODE_MAX_ATTEMPTS;
export const TRACKING_GRANT_TTL_MS = 30 * 60_000;
export const TRACKING_CODE_LENGTH = ONE_TIME_CODE_LENGTH;

export type TrackingCodeState = OneTimeCodeState;

/** Whether a stored code may still be tried: not used, not expired, fewer than 5 wrong tries. */
export const trackingCodeState = oneTimeCodeState;

/** The contact phone's last four digits match what the visitor typed (digits only). */
export function phoneTailMatches(phone: string | null | undefined, tail: string): boolean {
  const digits = (phone ?? "").replace(/\D/g, "");
  return digits.length >= 4 && /^\d{4}$/.test(tail) && digits.slice(-4) === tail;
}

/** A 6-digit code from a uniform random integer in [0, 10^6). */
export const formatTrackingCode = formatOneTimeCode;
