import "server-only";
import { db } from "./db";

// Rate limits stored in the database, so that they hold across app instances: sign-in failures
// per account and per IP, tracking-code requests and wrong codes per SRN and per IP, one-time
// codes sent and wrong codes per user. A key is locked for its lock time once it reaches its
// limit within its window.
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const LIMITS = { account: 5, ip: 30 } as const;
/** Tracking without an account (/track): codes asked for, and wrong codes, in one window. */
export const TRACKING_LIMITS = { srn: 5, ip: 20, verifySrn: 10, verifyIp: 30 } as const;

/** One-time codes of signed-in users (server/one-time-code.ts): codes sent, and wrong codes. */
export const ONE_TIME_CODE_LIMITS = { send: 5, verify: 10 } as const;

export type ThrottleKey = { key: string; limit: number; windowMs?: number; lockMs?: number };

export function loginThrottleKeys(identifier: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `acct:${identifier.trim().toLowerCase()}`, limit: LIMITS.account }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: LIMITS.ip });
  return keys;
}

/** Every request for a tracking code counts, whether or not the SRN and the digits match. */
export function trackingRequestKeys(srn: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `track:srn:${srn}`, limit: TRACKING_LIMITS.srn }];
  if (ip) keys.push({ key: `track:ip:${ip}`, limit: TRACKING_LIMITS.ip });
  return keys;
}

/** Wrong or dead tracking codes. */
export function trackingVerifyKeys(srn: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `track-verify:srn:${srn}`, limit: TRACKING_LIMITS.verifySrn }];
  if (ip) keys.push({ key: `track-verify:ip:${ip}`, limit: TRACKING_LIMITS.verifyIp });
  return keys;
}

/** Codes texted to confirm a new phone number: per account, and per number they go to. */
export const PHONE_CODE_LIMITS = { user: 5, phone: 3 } as const;

export function phoneCodeKeys(userId: string, phone: string): ThrottleKey[] {
  return [
    { key: `phone-code:user:${userId}`, limit: PHONE_CODE_LIMITS.user },
    { key: `phone-code:to:${phone}`, limit: PHONE_CODE_LIMITS.phone },
  ];
}

/** Wrong passwords given to confirm a phone change: 5 per account lock the step for 15 minutes. */
export function phoneChangePasswordKeys(userId: string): ThrottleKey[] {
  return [{ key: `phone-change:password:${userId}`, limit: LIMITS.account }];
}

/** Every one-time code sent to a user for a purpose counts (an SMS costs money and annoys). */
export function oneTimeCodeSendKeys(userId: string, purpose: string): ThrottleKey[] {
  return [{ key: `otp:${purpose}:${userId}`, limit: ONE_TIME_CODE_LIMITS.send }];
}

/** Wrong or dead one-time codes of a user for a purpose, whichever code they were meant for. */
export function oneTimeCodeVerifyKeys(userId: string, purpose: string): ThrottleKey[] {
  return [{ key: `otp-verify:${purpose}:${userId}`, limit: ONE_TIME_CODE_LIMITS.verify }];
}

/** Milliseconds until the keys may be used again, or 0 when none is locked now. */
export async function lockedForMs(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } } });
  return rows.reduce((max, r) => Math.max(max, (r.lockedUntil?.getTime() ?? 0) - now.getTime()), 0);
}

/** Counts one event (a failure, or a request that is limited) against every key atomically. */
export async function recordFailure(keys: ThrottleKey[], now = new Date()) {
  for (const { key, limit, windowMs = WINDOW_MS, lockMs = LOCK_MS } of keys) {
    const windowStart = new Date(now.getTime() - windowMs);
    const lockUntil = new Date(now.getTime() + lockMs);
    await db.$executeRaw`
      INSERT INTO "RateLimit" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${limit} THEN ${lockUntil}::timestamptz ELSE NULL END)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "RateLimit"."windowStart" < ${windowStart} THEN 1 ELSE "RateLimit"."failures" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${windowStart} THEN ${now} ELSE "RateLimit"."windowStart" END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN "RateLimit"."windowStart" < ${windowStart} THEN 1 ELSE "RateLimit"."failures" + 1 END) >= ${limit}
          THEN ${lockUntil}::timestamptz
          ELSE "RateLimit"."lockedUntil" END`;
  }
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function clearAccount(keys: ThrottleKey[]) {
  const account = keys.find((k) => k.key.startsWith("acct:"));
  if (account) await db.rateLimit.deleteMany({ where: { key: account.key } });
}

/** Status-page subscriptions (/status): codes asked for, and wrong codes, per address and per IP. */
export const STATUS_LIMITS = { address: 3, ip: 20, verifyAddress: 10, verifyIp: 30 } as const;

/** Every request for a subscription code counts, whether or not a code was sent. */
export function statusSubscribeKeys(channel: string, address: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `status:to:${channel}:${address}`, limit: STATUS_LIMITS.address }];
  if (ip) keys.push({ key: `status:ip:${ip}`, limit: STATUS_LIMITS.ip });
  return keys;
}

/** Wrong or dead subscription codes. */
export function statusVerifyKeys(channel: string, address: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `status-verify:to:${channel}:${address}`, limit: STATUS_LIMITS.verifyAddress }];
  if (ip) keys.push({ key: `status-verify:ip:${ip}`, limit: STATUS_LIMITS.verifyIp });
  return keys;
}
