import "server-only";
import { randomUUID } from "node:crypto";
import { areaLabel } from "@/lib/domain/areas";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_TTL_MS, oneTimeCodeState } from "@/lib/domain/one-time-code";
import type { Locale } from "@/lib/i18n";
import type { StatusConfirmInput, StatusSubscribeInput } from "@/lib/schemas/status";
import { ExpectedError } from "../action";
import { audit } from "../audit";
import { db } from "../db";
import { notifyAddress } from "../notify";
import { newOneTimeCode, sameHash, secretHash } from "../one-time-code";
import { statusTokenHash, unsubscribeToken, verifyUnsubscribeToken } from "../status-token";
import { lockedForMs, recordFailure, statusSubscribeKeys, statusVerifyKeys } from "../throttle";

// Subscriptions to an area's outage notices from /status, by anyone: the address gets a 6-digit
// code (10 minutes, single use, dead after 5 wrong tries — lib/domain/one-time-code.ts), and only
// a confirmed subscription receives notices. Nothing here tells whether an address was already
// subscribed: every request gets the same answer and a fresh code.

export type StatusVisitor = { ip: string | null; locale: Locale };

const masked = (channel: string, address: string) => (channel === "SMS" ? maskPhone(address) : maskEmail(address));
const codeHash = (id: string, code: string) => secretHash("status-subscribe", `${id}:${code}`);

/**
 * Access: anyone, rate-limited per address and per IP. Sends a code to the address for the area
 * (a new subscription, a pending one, a cancelled one being renewed, or one already confirmed —
 * the same answer for all). Returns what the code step needs.
 */
export async function requestStatusSubscription(visitor: StatusVisitor, input: StatusSubscribeInput, now = new Date()) {
  const keys = statusSubscribeKeys(input.channel, input.address, visitor.ip);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("status.errors.throttled");
  await recordFailure(keys, now);

  const code = newOneTimeCode();
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ONE_TIME_CODE_TTL_MS);
  await db.$transaction(async (tx) => {
    const row = await tx.statusSubscription.upsert({
      where: { area_channel_address: { area: input.area, channel: input.channel, address: input.address } },
      create: {
        id,
        area: input.area,
        channel: input.channel,
        address: input.address,
        locale: visitor.locale,
        codeHash: codeHash(id, code),
        codeExpiresAt: expiresAt,
        tokenHash: statusTokenHash(unsubscribeToken(id)),
        createdAt: now,
      },
      // A confirmed subscription stays confirmed; the new code renews a cancelled one once entered.
      update: { codeAttempts: 0, codeExpiresAt: expiresAt, locale: visitor.locale },
      select: { id: true },
    });
    // The hash binds the code to the row's own id (the create's id or the existing one).
    await tx.statusSubscription.update({ where: { id: row.id }, data: { codeHash: codeHash(row.id, code) } });
    await notifyAddress(tx, {
      channel: input.channel,
      address: input.address,
      locale: visitor.locale,
      template: "status.subscribeCode",
      payload: { code, area: areaLabel(input.area, visitor.locale) },
    });
    await audit(tx, null, {
      action: "status.subscription_requested",
      targetType: "StatusSubscription",
      targetId: row.id,
      summary: { area: input.area, channel: input.channel, address: masked(input.channel, input.address) },
    });
  });
  return { area: input.area, channel: input.channel, address: input.address };
}

/**
 * Access: anyone holding the code sent to the address. The code works once, within 10 minutes,
 * and dies after 5 wrong tries; a right one confirms (or renews) the subscription.
 */
export async function confirmStatusSubscription(visitor: StatusVisitor, input: StatusConfirmInput, now = new Date()) {
  const keys = statusVerifyKeys(input.channel, input.address, visitor.ip);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("status.errors.throttled");

  const sub = await db.statusSubscription.findUnique({
    where: { area_channel_address: { area: input.area, channel: input.channel, address: input.address } },
    select: { id: true, codeHash: true, codeAttempts: true, codeExpiresAt: true },
  });
  const state = sub?.codeHash && sub.codeExpiresAt ? oneTimeCodeState({ expiresAt: sub.codeExpiresAt, consumedAt: null, attempts: sub.codeAttempts }, now) : "consumed";
  const right = !!sub?.codeHash && sameHash(sub.codeHash, codeHash(sub.id, input.code));

  if (sub && state === "usable" && right) {
    const confirmed = await db.$transaction(async (tx) => {
      // Single use even when two tries race: only one of them matches the hash still stored.
      const used = await tx.statusSubscription.updateMany({
        where: { id: sub.id, codeHash: sub.codeHash, codeAttempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS }, codeExpiresAt: { gt: now } },
        data: { codeHash: null, codeExpiresAt: null, confirmedAt: now, cancelledAt: null, locale: visitor.locale },
      });
      if (used.count !== 1) return false;
      await audit(tx, null, {
        action: "status.subscription_confirmed",
        targetType: "StatusSubscription",
        targetId: sub.id,
        summary: { area: input.area, channel: input.channel, address: masked(input.channel, input.address) },
      });
      return true;
    });
    if (confirmed) return { area: input.area };
  }

  await recordFailure(keys, now);
  await db.$transaction(async (tx) => {
    if (sub && state === "usable" && !right) {
      await tx.statusSubscription.updateMany({
        where: { id: sub.id, codeHash: { not: null }, codeAttempts: { lt: ONE_TIME_CODE_MAX_ATTEMPTS } },
        data: { codeAttempts: { increment: 1 } },
      });
    }
    await audit(tx, null, {
      action: "status.code_failed",
      targetType: "StatusSubscription",
      targetId: sub?.id ?? null,
      summary: { area: input.area, channel: input.channel, address: masked(input.channel, input.address), reason: !sub ? "none" : state === "usable" ? (right ? "raced" : "wrong") : state },
    });
  });
  throw new ExpectedError("status.errors.codeInvalid");
}

/** Access: whoever holds the unsubscribe link. What it would cancel (masked), or null for a link that is not ours. */
export async function getSubscriptionByToken(token: string) {
  const id = verifyUnsubscribeToken(token);
  if (!id) return null;
  const row = await db.statusSubscription.findFirst({
    where: { id, tokenHash: statusTokenHash(token) },
    select: { area: true, channel: true, address: true, confirmedAt: true, cancelledAt: true },
  });
  if (!row) return null;
  return { area: row.area, channel: row.channel, address: masked(row.channel, row.address), active: !!row.confirmedAt && !row.cancelledAt };
}

/** Access: whoever holds the unsubscribe link. Cancels the subscription; a second time changes nothing. */
export async function cancelSubscription(token: string, now = new Date()) {
  const id = verifyUnsubscribeToken(token);
  if (!id) throw new ExpectedError("status.unsubscribe.invalid");
  return db.$transaction(async (tx) => {
    const row = await tx.statusSubscription.findFirst({ where: { id, tokenHash: statusTokenHash(token) }, select: { id: true, area: true, channel: true, address: true } });
    if (!row) throw new ExpectedError("status.unsubscribe.invalid");
    const done = await tx.statusSubscription.updateMany({ where: { id: row.id, cancelledAt: null }, data: { cancelledAt: now, codeHash: null, codeExpiresAt: null } });
    if (done.count === 1) {
      await audit(tx, null, {
        action: "status.subscription_cancelled",
        targetType: "StatusSubscription",
        targetId: row.id,
        summary: { area: row.area, channel: row.channel, address: masked(row.channel, row.address) },
      });
    }
    return { area: row.area };
  });
}
