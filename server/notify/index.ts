import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";
import { deliverAfterResponse } from "./schedule";
import type { AddressTemplate } from "./templates";

export { ADDRESS_TEMPLATES, type AddressTemplate } from "./templates";

// The one way to notify someone. Notifications are written in the same transaction as the event
// they report, so they exist exactly when the event does. The in-app one is SENT at once and
// rendered in the reader's language when shown; SMS and e-mail rows are PENDING and are sent
// after the transaction commits (server/notify/deliver.ts), so a slow or failing gateway never
// slows or fails the user's action. Their texts are rendered at send time in the row's locale.

export const NOTIFICATION_TEMPLATES = [
  "request.created",
  "request.accepted",
  "request.returned",
  "request.withdrawn",
  "request.started",
  "request.infoRequested",
  "request.infoProvided",
  "request.resolved",
  "request.confirmed",
  "request.reopened",
  "request.closed",
  "request.reopenedByStaff",
  // 投诉: the same steps in the complaint's words, with its statutory reply deadline.
  "request.complaintCreated",
  "request.complaintAccepted",
  "request.complaintInvestigating",
  "request.complaintRemedy",
  "request.complaintInfoRequested",
  "request.complaintInfoProvided",
  "request.complaintReplied",
  "request.complaintReplyAccepted",
  "request.complaintReplyRejected",
  "survey.nps",
  "staff.assigned",
  "plan.changeScheduled",
  "plan.changeCancelled",
  "plan.changeApplied",
  // Privacy centre: requests, their outcome, and the phone number change (code and notice).
  "privacy.requestReceived",
  "privacy.requestCompleted",
  "privacy.requestRefused",
  "privacy.phoneCode",
  "privacy.phoneChanged",
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** Notifies a user in the app, and by SMS and e-mail as their preferences say. */
export async function notifyUser(tx: Tx, recipientId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject) {
  const user = await tx.user.findUnique({
    where: { id: recipientId },
    select: { phone: true, email: true, notifySms: true, notifyEmail: true, locale: true },
  });
  if (!user) return;
  const now = new Date();
  const common = { recipientId, template, payload, locale: user.locale };
  const rows: Prisma.NotificationCreateManyInput[] = [{ ...common, channel: "IN_APP", status: "SENT", sentAt: now, createdAt: now }];
  if (user.notifySms && user.phone) rows.push({ ...common, channel: "SMS", address: user.phone, status: "PENDING", nextAttemptAt: now, createdAt: now });
  if (user.notifyEmail && user.email) rows.push({ ...common, channel: "EMAIL", address: user.email, status: "PENDING", nextAttemptAt: now, createdAt: now });
  await tx.notification.createMany({ data: rows });
  if (rows.length > 1) deliverAfterResponse();
}

/** Notifies the customer's sign-in account, if they have one (counter customers may not). */
export async function notifyCustomer(tx: Tx, customerId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject) {
  const user = await tx.user.findUnique({ where: { customerId }, select: { id: true } });
  if (user) await notifyUser(tx, user.id, template, payload);
}

/**
 * Texts a user at a number that is not (or no longer) their account's: the code that proves a new
 * number is theirs, and the notice to the number they just left. Sent whatever their SMS
 * preference, since the message is about the number itself; recorded as theirs.
 */
export async function notifyUserAt(
  tx: Tx,
  recipientId: string,
  message: { address: string; template: NotificationTemplate; payload: Prisma.InputJsonObject },
) {
  const user = await tx.user.findUnique({ where: { id: recipientId }, select: { locale: true } });
  if (!user) return;
  await tx.notification.create({
    data: { ...message, recipientId, channel: "SMS", locale: user.locale, status: "PENDING", nextAttemptAt: new Date() },
  });
  deliverAfterResponse();
}

/** Texts a phone number that has no account behind it (tracking codes), in the given language. */
export async function notifyAddress(
  tx: Tx,
  message: { channel: "SMS"; address: string; locale: string; template: AddressTemplate; payload: Prisma.InputJsonObject },
) {
  await tx.notification.create({
    data: { ...message, recipientId: null, status: "PENDING", nextAttemptAt: new Date() },
  });
  deliverAfterResponse();
}
