import "server-only";
import { db } from "./db";

// Sign-in throttling per account and per IP, stored in the database so that it holds across
// app instances. A key is locked for LOCK_MS once it reaches its limit within WINDOW_MS.
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
export const LIMITS = { account: 5, ip: 30 } as const;

export type ThrottleKey = { key: string; limit: number };

export function loginThrottleKeys(identifier: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `acct:${identifier.trim().toLowerCase()}`, limit: LIMITS.account }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: LIMITS.ip });
  return keys;
}

/** Milliseconds until sign-in may be tried again, or 0 when it may be tried now. */
export async function lockedForMs(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } } });
  return rows.reduce((max, r) => Math.max(max, (r.lockedUntil?.getTime() ?? 0) - now.getTime()), 0);
}

/** Counts one failure against every key atomically (safe under concurrent attempts). */
export async function recordFailure(keys: ThrottleKey[], now = new Date()) {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  for (const { key, limit } of keys) {
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
