// Delivery of SMS and e-mail notifications: how often a failing message is tried again.

/** After this many failed attempts a message is FAILED and waits for an admin's "retry now". */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** The wait after the first failure; it doubles after each further failure, up to the cap. */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 60 * 60_000;
/** How long one instance holds a claimed message before another may take it over. */
export const CLAIM_LEASE_MS = 2 * 60_000;

/** Wait before the next attempt once `attempts` attempts have failed (1 → 1 min, 2 → 2 min …). */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (n - 1));
}

export type AfterFailure = { status: "PENDING"; attempts: number; nextAttemptAt: Date } | { status: "FAILED"; attempts: number; nextAttemptAt: null };

/** What a message becomes after one more failed attempt. */
export function afterFailure(previousAttempts: number, now: Date): AfterFailure {
  const attempts = previousAttempts + 1;
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { status: "FAILED", attempts, nextAttemptAt: null };
  return { status: "PENDING", attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
