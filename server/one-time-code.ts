import "server-only";
import { randomInt } from "node:crypto";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_RESEND_MS, ONE_TIME_CODE_TTL_MS, formatOneTimeCode, oneTimeCodeState } from "@/lib/domain/one-time-code";
import { db, type Tx } from "./db";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { ExpectedError } from "./action";
import { lockedForMs, oneTimeCodeSendKeys, oneTimeCodeVerifyKeys, recordFailure } from "./throttle";
import { sameHash, secretHash } from "./tracking-secret";

// One-time codes that a signed-in user confirms an action with (OneTimeCode: terminating a line,
// …): 6 digits, stored only as an HMAC, for one purpose and subject (the line id, …). The rules
// are those of the tracking code (lib/domain/one-time-code.ts): only the newest code for the
// purpose and subject counts; it works once, for 10 minutes, and dies after 5 wrong tries. Sending
// is limited to one a minute and 5 per 15 minutes per user and purpose; wrong codes to 10 per 15
// minutes.

export type CodeTarget = { userId: string; purpose: string; subject: string };

const hashOf = (target: CodeTarget, code: string) => secretHash("otp", `${target.purpose}:${target.subject}:${target.userId}:${code}`);

const newest = (client: Tx | typeof db, target: CodeTarget) =>
  client.oneTimeCode.findFirst({
    where: { userId: target.userId, purpose: target.purpose, subject: target.subject },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });

/**
 * Counts a request for a code against the user's limits, or refuses it (too soon after the last
 * one, or too many). Call before the transaction that issues and sends the code.
 */
export async function allowCodeSend(target: CodeTarget, now = new Date()) {
  const keys = oneTimeCodeSendKeys(target.userId, target.purpose);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");
  const last = await newest(db, target);
  if (last && now.getTime() - last.createdAt.getTime() < ONE_TIME_CODE_RESEND_MS) throw new ExpectedError("errors.codeTooSoon");
  await recordFailure(keys, now);
}

/** Stores a new code for the target (hashed) and returns it, for the caller to text in the same transaction. */
export async function issueCode(tx: Tx, actor: Pick<Actor, "userId" | "role">, target: CodeTarget, now = new Date()): Promise<string> {
  const code = formatOneTimeCode(randomInt(0, 1_000_000));
  await tx.oneTimeCode.create({
    data: { ...target, codeHash: hashOf(target, code), expiresAt: new Date(now.getTime() + ONE_TIME_CODE_TTL_MS), createdAt: now },
  });
  await audit(tx, actor, { action: "otp.issued", targetType: "OneTimeCode", targetId: target.subject, summary: { purpose: target.purpose } });
  return code;
}

/**
 * Checks the code and, when it is right, consumes it and runs `then` in the same transaction: if
 * `then` fails, the code is not used up. A wrong or dead code counts a try (and against the
 * user's limit) and gets one message, whatever was wrong with it.
 */
export async function redeemCode<T>(actor: Pick<Actor, "userId" | "role">, target: CodeTarget, code: string, then: (tx: Tx) => Promise<T>, now = new Date()): Promise<T> {
  const keys = oneTimeCodeVerifyKeys(target.userId, target.purpose);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");
  const latest = await newest(db, target);
  const state = latest ? oneTimeCodeState(latest, now) : null;
  const right = !!latest && sameHash(latest.codeHash, hashOf(target, code));

  if (latest && state === "usable" && right) {
    const done = await db.$transaction(async (tx) => {
      // Single use even when two tries race: only one of them consumes the code.
      const used = await tx.oneTimeCode.updateMany({
        where: { id: latest.id, consumedAt: null, attempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS }, expiresAt: { gt: now } },
        data: { consumedAt: now },
      });
      if (used.count !== 1) return null;
      await audit(tx, actor, { action: "otp.used", targetType: "OneTimeCode", targetId: target.subject, summary: { purpose: target.purpose } });
      return { value: await then(tx) };
    });
    if (done) return done.value;
  }

  await recordFailure(keys, now);
  await db.$transaction(async (tx) => {
    if (latest && state === "usable" && !right) {
      await tx.oneTimeCode.updateMany({ where: { id: latest.id, consumedAt: null, attempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS } }, data: { attempts: { increment: 1 } } });
    }
    const reason = !latest ? "none" : state === "usable" ? (right ? "raced" : "wrong") : (state ?? "none");
    await audit(tx, actor, { action: "otp.failed", targetType: "OneTimeCode", targetId: target.subject, summary: { purpose: target.purpose, reason } });
  });
  throw new ExpectedError("errors.trackingCodeInvalid");
}
