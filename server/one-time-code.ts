import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_TTL_MS, formatOneTimeCode, oneTimeCodeState, type OneTimeCodeState } from "@/lib/domain/one-time-code";
import type { Tx } from "./db";
import { db } from "./db";
import { env } from "./env";

// One-time codes and tokens are stored only as HMAC-SHA256 keyed with AUTH_SECRET, so a copy of
// the database does not give them away. Production always has AUTH_SECRET (instrumentation.ts);
// development and tests use a fixed key. Tracking codes (server/dal/tracking.ts) and the codes of
// signed-in users in the OneTimeCode table (phone change, termination) share these helpers.
const key = () => env.AUTH_SECRET ?? "servicehall-development-only-tracking-key";

/** HMAC of `value` in a namespace (`purpose`), as hex. */
export function secretHash(purpose: string, value: string): string {
  return createHmac("sha256", key()).update(`${purpose}:${value}`).digest("hex");
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A fresh 6-digit code from a cryptographically secure random integer. */
export function newOneTimeCode(): string {
  return formatOneTimeCode(randomInt(0, 1_000_000));
}

/** What a user's code confirms: who, for what, and the thing it is bound to (a line id, a new phone number). */
export type UserCodeScope = { userId: string; purpose: string; subject: string };

const userCodeHash = (scope: UserCodeScope, code: string) => secretHash("otp", `${scope.userId}:${scope.purpose}:${scope.subject}:${code}`);

/**
 * Stores a new code for the user and purpose (hashed, 10 minutes) and returns it in clear for the
 * SMS. Only the newest code of a user and purpose counts, so issuing one retires the older ones.
 */
export async function issueUserCode(tx: Tx, scope: UserCodeScope, now = new Date()): Promise<{ id: string; code: string }> {
  const code = newOneTimeCode();
  const row = await tx.oneTimeCode.create({
    data: { ...scope, codeHash: userCodeHash(scope, code), expiresAt: new Date(now.getTime() + ONE_TIME_CODE_TTL_MS), createdAt: now },
    select: { id: true },
  });
  return { id: row.id, code };
}

export type UserCodeCheck =
  | { ok: true; id: string }
  | { ok: false; id: string | null; reason: "none" | "subject" | "wrong" | Exclude<OneTimeCodeState, "usable"> };

/**
 * Compares `code` with the user's newest code for the purpose. The code must be usable and bound
 * to the same subject (a code sent to one number does not confirm another). Writes nothing.
 */
export async function checkUserCode(scope: UserCodeScope, code: string, now = new Date()): Promise<UserCodeCheck> {
  const latest = await db.oneTimeCode.findFirst({
    where: { userId: scope.userId, purpose: scope.purpose },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, subject: true, codeHash: true, attempts: true, expiresAt: true, consumedAt: true },
  });
  if (!latest) return { ok: false, id: null, reason: "none" };
  const state = oneTimeCodeState(latest, now);
  if (state !== "usable") return { ok: false, id: latest.id, reason: state };
  if (latest.subject !== scope.subject) return { ok: false, id: latest.id, reason: "subject" };
  if (!sameHash(latest.codeHash, userCodeHash(scope, code))) return { ok: false, id: latest.id, reason: "wrong" };
  return { ok: true, id: latest.id };
}

/** Uses the code up. False when it was used, exhausted or expired meanwhile (two racing tries: one wins). */
export async function consumeUserCode(tx: Tx, id: string, now = new Date()): Promise<boolean> {
  const used = await tx.oneTimeCode.updateMany({
    where: { id, consumedAt: null, attempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS }, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  return used.count === 1;
}

/** Counts a wrong try against the code; the fifth kills it. */
export async function spendUserCodeAttempt(tx: Tx, id: string) {
  await tx.oneTimeCode.updateMany({ where: { id, consumedAt: null, attempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS } }, data: { attempts: { increment: 1 } } });
}
