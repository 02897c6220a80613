import "server-only";
import { maskIdNumber, maskPhone } from "@/lib/domain/mask";
import type { PhoneChangeInput, PhoneCodeInput, ProfileInput } from "@/lib/schemas/privacy";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, CustomerActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyUser, notifyUserAt } from "../notify";
import { checkUserCode, consumeUserCode, issueUserCode, spendUserCodeAttempt } from "../one-time-code";
import { verifyPassword } from "../passwords";
import { lockedForMs, phoneChangePasswordKeys, phoneCodeKeys, recordFailure } from "../throttle";

// Correcting one's own data (PIPL art. 46). The display name and the e-mails are changed directly.
// The phone number is the sign-in identifier and the contact number on the customer record, so
// changing it needs a code texted to the NEW number (it is theirs and reachable) and the current
// password (it is them, not someone at an unlocked screen). Real-name data (name, ID number)
// needs proof of identity and goes through a CORRECTION privacy request instead.

export const PHONE_CHANGE = "phone-change";

function requireProfileActor(actor: Actor): CustomerActor {
  if (actor.kind !== "customer" || !can(actor, "profile:update:own")) throw new ForbiddenError();
  return actor;
}

/** Access: the customer themself. What they may correct here, and their real-name data (ID masked). */
export async function getMyProfile(actor: Actor) {
  const me = requireProfileActor(actor);
  const user = await db.user.findFirst({
    where: { id: me.userId, customerId: me.customerId },
    select: { displayName: true, email: true, phone: true, customer: { select: { name: true, type: true, email: true, idNumber: true, realNameVerified: true } } },
  });
  if (!user?.customer) throw new NotFoundError();
  const { customer, ...account } = user;
  return {
    ...account,
    contactEmail: customer.email,
    realName: { name: customer.name, type: customer.type, idNumberMasked: maskIdNumber(customer.idNumber), verified: customer.realNameVerified },
  };
}
export type MyProfile = Awaited<ReturnType<typeof getMyProfile>>;

/**
 * Access: the customer themself (profile:update:own). The sign-in e-mail must not belong to
 * another account. Audited with the names of the fields that changed (not their values).
 */
export async function updateMyProfile(actor: Actor, input: ProfileInput) {
  const me = requireProfileActor(actor);
  const email = input.email || null;
  const contactEmail = input.contactEmail || null;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { id: me.userId, customerId: me.customerId }, select: { displayName: true, email: true, customer: { select: { email: true } } } });
      if (!user?.customer) throw new NotFoundError();
      if (email && email !== user.email && (await tx.user.count({ where: { email, id: { not: me.userId } } }))) {
        throw new ExpectedError("privacy.errors.profileFailed", { email: ["validation.emailTaken"] });
      }
      const changed = [
        ...(user.displayName !== input.displayName ? ["displayName"] : []),
        ...(user.email !== email ? ["email"] : []),
        ...(user.customer.email !== contactEmail ? ["contactEmail"] : []),
      ];
      if (changed.length) {
        await tx.user.update({ where: { id: me.userId }, data: { displayName: input.displayName, email } });
        await tx.customer.update({ where: { id: me.customerId }, data: { email: contactEmail } });
        await audit(tx, me, { action: "profile.update", targetType: "User", targetId: me.userId, summary: { fields: changed } });
      }
      return { displayName: input.displayName, email: input.email, contactEmail: input.contactEmail, changed };
    });
  } catch (error) {
    // Two accounts racing for the same e-mail: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ExpectedError("privacy.errors.profileFailed", { email: ["validation.emailTaken"] });
    }
    throw error;
  }
}

/** The number is neither theirs already nor anyone else's (as a sign-in or as a customer's contact). */
async function checkNewPhone(me: CustomerActor, newPhone: string) {
  const user = await db.user.findUnique({ where: { id: me.userId }, select: { phone: true, passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (user.phone === newPhone) throw new ExpectedError("privacy.errors.phoneChangeFailed", { newPhone: ["privacy.errors.phoneSame"] });
  const [users, customers] = await Promise.all([
    db.user.count({ where: { phone: newPhone, id: { not: me.userId } } }),
    db.customer.count({ where: { phone: newPhone, id: { not: me.customerId } } }),
  ]);
  if (users + customers > 0) throw new ExpectedError("privacy.errors.phoneChangeFailed", { newPhone: ["privacy.errors.phoneInUse"] });
  return user;
}

/**
 * Access: the customer themself (profile:update:own). Texts a 6-digit code to the new number
 * (hashed, 10 minutes, single use, 5 wrong tries); at most 5 codes per account and 3 per number
 * in 15 minutes. A new code retires the previous one.
 */
export async function requestPhoneCode(actor: Actor, input: PhoneCodeInput, now = new Date()) {
  const me = requireProfileActor(actor);
  await checkNewPhone(me, input.newPhone);
  const keys = phoneCodeKeys(me.userId, input.newPhone);
  if ((await lockedForMs(keys, now)) > 0) throw new ExpectedError("privacy.errors.codeThrottled");
  await recordFailure(keys, now);
  await db.$transaction(async (tx) => {
    const { code } = await issueUserCode(tx, { userId: me.userId, purpose: PHONE_CHANGE, subject: input.newPhone }, now);
    await notifyUserAt(tx, me.userId, { address: input.newPhone, template: "privacy.phoneCode", payload: { code } });
    await audit(tx, me, { action: "profile.phone_code_sent", targetType: "User", targetId: me.userId, summary: { to: maskPhone(input.newPhone) } });
  });
  return { newPhone: input.newPhone };
}

/**
 * Access: the customer themself (profile:update:own), with the code texted to the new number and
 * their current password. Changes the sign-in phone and the customer's contact phone together,
 * bumps the session version (every other session ends: whoever else was signed in must sign in
 * again, and with the new number), texts the old number that it was replaced, and audits. A
 * wrong code or password spends one of the code's 5 tries; 5 wrong passwords lock this step for
 * 15 minutes. The caller signs the current device in again (app/account/privacy/actions.ts).
 */
export async function confirmPhoneChange(actor: Actor, input: PhoneChangeInput, now = new Date()) {
  const me = requireProfileActor(actor);
  const user = await checkNewPhone(me, input.newPhone);
  const passwordKeys = phoneChangePasswordKeys(me.userId);
  if ((await lockedForMs(passwordKeys, now)) > 0) throw new ExpectedError("privacy.errors.tooManyTries");

  const scope = { userId: me.userId, purpose: PHONE_CHANGE, subject: input.newPhone };
  const [check, passwordOk] = await Promise.all([checkUserCode(scope, input.code, now), verifyPassword(user.passwordHash, input.password)]);

  if (check.ok && passwordOk) {
    const oldPhone = user.phone;
    try {
      const changed = await db.$transaction(async (tx) => {
        if (!(await consumeUserCode(tx, check.id, now))) return false;
        await tx.user.update({ where: { id: me.userId }, data: { phone: input.newPhone, sessionVersion: { increment: 1 } } });
        await tx.customer.update({ where: { id: me.customerId }, data: { phone: input.newPhone } });
        await audit(tx, me, { action: "profile.phone_change", targetType: "User", targetId: me.userId, summary: { from: maskPhone(oldPhone), to: maskPhone(input.newPhone) } });
        if (oldPhone) await notifyUserAt(tx, me.userId, { address: oldPhone, template: "privacy.phoneChanged", payload: { phone: maskPhone(input.newPhone) } });
        await notifyUser(tx, me.userId, "privacy.phoneChanged", { phone: maskPhone(input.newPhone) });
        return true;
      });
      if (changed) return { phone: input.newPhone };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ExpectedError("privacy.errors.phoneChangeFailed", { newPhone: ["privacy.errors.phoneInUse"] });
      }
      throw error;
    }
  }

  if (!passwordOk) await recordFailure(passwordKeys, now);
  await db.$transaction(async (tx) => {
    if (check.id && (check.ok || check.reason === "wrong" || check.reason === "subject")) await spendUserCodeAttempt(tx, check.id);
    const reason = !check.ok ? check.reason : passwordOk ? "raced" : "password";
    await audit(tx, me, { action: "profile.phone_change_failed", targetType: "User", targetId: me.userId, summary: { reason, password: passwordOk } });
  });
  const fieldErrors: Record<string, string[]> = {};
  if (!check.ok || passwordOk) fieldErrors.code = ["privacy.errors.codeInvalid"];
  if (!passwordOk) fieldErrors.password = ["privacy.errors.passwordWrong"];
  throw new ExpectedError("privacy.errors.phoneChangeFailed", fieldErrors);
}
