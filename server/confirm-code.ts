import "server-only";
import { ONE_TIME_CODE_RESEND_MS } from "@/lib/domain/one-time-code";
import { db, type Tx } from "./db";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { ExpectedError } from "./action";
import { checkUserCode, consumeUserCode, issueUserCode, spendUserCodeAttempt, type UserCodeScope } from "./one-time-code";
import { lockedForMs, oneTimeCodeSendKeys, oneTimeCodeVerifyKeys, recordFailure } from "./throttle";

// Confirming an action with a code texted to the signed-in user (terminating a line), on the
// shared code helpers of ./one-time-code.ts: the sending limits (one a minute, five per 15
// minutes per user and purpose), the audit rows, and the code used up in the same transaction as
// the action it confirms — so that a failed action leaves the code usable. Wrong or dead codes
// count against the user (ten per 15 minutes) and get one message, whatever was wrong.

/**
 * Counts a request for a code against the user's limits, or refuses it (too soon after the last
 * one, or too many). Call before the transaction that issues and sends the code.
 */
export async function allowCodeSend(scope: UserCodeScope, now = new Date()) {
  const keys = oneTimeCodeSendKeys(scope.userId, scope.purpose);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");
  const last = await db.oneTimeCode.findFirst({ where: { userId: scope.userId, purpose: scope.purpose }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
  if (last && now.getTime() - last.createdAt.getTime() < ONE_TIME_CODE_RESEND_MS) throw new ExpectedError("errors.codeTooSoon");
  await recordFailure(keys, now);
}

/** Stores a new code (hashed) with its audit row and returns it, for the caller to text in the same transaction. */
export async function issueCode(tx: Tx, actor: Pick<Actor, "userId" | "role">, scope: UserCodeScope, now = new Date()): Promise<string> {
  const { code } = await issueUserCode(tx, scope, now);
  await audit(tx, actor, { action: "otp.issued", targetType: "OneTimeCode", targetId: scope.subject, summary: { purpose: scope.purpose } });
  return code;
}

/**
 * Checks the code and, when it is right, uses it up and runs `then` in the same transaction: if
 * `then` fails, the code is not used up. A wrong or dead code counts a try and gets one message.
 */
export async function redeemCode<T>(actor: Pick<Actor, "userId" | "role">, scope: UserCodeScope, code: string, then: (tx: Tx) => Promise<T>, now = new Date()): Promise<T> {
  const keys = oneTimeCodeVerifyKeys(scope.userId, scope.purpose);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("errors.trackingThrottled");
  const check = await checkUserCode(scope, code, now);
  if (check.ok) {
    const done = await db.$transaction(async (tx) => {
      // Single use even when two tries race: only one of them consumes the code.
      if (!(await consumeUserCode(tx, check.id, now))) return null;
      await audit(tx, actor, { action: "otp.used", targetType: "OneTimeCode", targetId: scope.subject, summary: { purpose: scope.purpose } });
      return { value: await then(tx) };
    });
    if (done) return done.value;
  }

  await recordFailure(keys, now);
  const reason = check.ok ? "raced" : check.reason;
  await db.$transaction(async (tx) => {
    if (!check.ok && check.id && (check.reason === "wrong" || check.reason === "subject")) await spendUserCodeAttempt(tx, check.id);
    await audit(tx, actor, { action: "otp.failed", targetType: "OneTimeCode", targetId: scope.subject, summary: { purpose: scope.purpose, reason } });
  });
  throw new ExpectedError("errors.trackingCodeInvalid");
}
