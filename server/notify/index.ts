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
  // A message from staff outside a status change (回复客户, often from a reply template).
  "request.message",
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
  // SLA engine: a level change moved a promised deadline (customer); a clock near or past its deadline (staff).
  "request.deadlinesChanged",
  "staff.slaWarning",
  "staff.slaBreach",
  "survey.nps",
  // Survey waves (issue 7): the invitation to a CSI wave (an NPS wave's is survey.nps).
  "survey.csi",
  "staff.assigned",
  "staff.escalated",
  // Replies to level-1 complaints: waiting for a supervisor (to them), approved or rejected (to the author).
  "staff.replyPending",
  "staff.replyApproved",
  "staff.replyRejected",
  "plan.changeScheduled",
  "plan.changeCancelled",
  "plan.changeApplied",
  // Privacy centre: requests, their outcome, and the phone number change (code and notice).
  "privacy.requestReceived",
  "privacy.requestCompleted",
  "privacy.requestRefused",
  "privacy.phoneCode",
  "privacy.phoneChanged",
  // 销户: the confirmation code (SMS only, textCodeToUser) and the termination notice (statutory).
  "termination.code",
  "termination.notice",
  // 故障公告 (issue 6): every stage of an incident, to customers with an affected line.
  "incident.declared",
  "incident.update",
  "incident.eta",
  "incident.restored",
  // Remedies: an approved remedy, credited on the customer's bill (a rejection tells nobody).
  "remedy.approved",
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export type NotifyOptions = {
  /**
   * A notice the operator must give (the termination notice, R2.5): in the app and by SMS and
   * e-mail wherever the user has an address, whatever they chose in their notification settings.
   */
  statutory?: boolean;
};

/** Notifies a user in the app, and by SMS and e-mail as their preferences say (or all, when statutory). */
export async function notifyUser(tx: Tx, recipientId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject, options: NotifyOptions = {}) {
  const user = await tx.user.findUnique({
    where: { id: recipientId },
    select: { phone: true, email: true, notifySms: true, notifyEmail: true, locale: true },
  });
  if (!user) return;
  const now = new Date();
  const common = { recipientId, template, payload, locale: user.locale };
  const sms = options.statutory || user.notifySms;
  const email = options.statutory || user.notifyEmail;
  const rows: Prisma.NotificationCreateManyInput[] = [{ ...common, channel: "IN_APP", status: "SENT", sentAt: now, createdAt: now }];
  if (sms && user.phone) rows.push({ ...common, channel: "SMS", address: user.phone, status: "PENDING", nextAttemptAt: now, createdAt: now });
  if (email && user.email) rows.push({ ...common, channel: "EMAIL", address: user.email, status: "PENDING", nextAttemptAt: now, createdAt: now });
  await tx.notification.createMany({ data: rows });
  if (rows.length > 1) deliverAfterResponse();
}

/** Notifies the customer's sign-in account, if they have one (counter customers may not). */
export async function notifyCustomer(tx: Tx, customerId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject, options: NotifyOptions = {}) {
  const user = await tx.user.findUnique({ where: { customerId }, select: { id: true } });
  if (user) await notifyUser(tx, user.id, template, payload, options);
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

/**
 * Texts a one-time code to the user's own account phone (their customer record's phone when the
 * account has none), through notifyUserAt: by SMS only — never in the app, where whoever holds
 * the session would read it — and whatever their SMS preference, since the code is what they
 * asked for. Returns the number it went to, or null when there is none.
 */
export async function textCodeToUser(tx: Tx, recipientId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: recipientId }, select: { phone: true, customer: { select: { phone: true } } } });
  const address = user?.phone ?? user?.customer?.phone ?? null;
  if (!address) return null;
  await notifyUserAt(tx, recipientId, { address, template, payload });
  return address;
}

/**
 * Sends to a phone number or e-mail address that has no account behind it (tracking codes,
 * status-page subscriptions), in the given language.
 */
export async function notifyAddress(
  tx: Tx,
  message: { channel: "SMS" | "EMAIL"; address: string; locale: string; template: AddressTemplate; payload: Prisma.InputJsonObject },
) {
  await tx.notification.create({
    data: { ...message, recipientId: null, status: "PENDING", nextAttemptAt: new Date() },
  });
  deliverAfterResponse();
}
