import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";

// The one way to notify someone. A notification is written in the same transaction as the
// event it reports, so it exists exactly when the event does; it is rendered from its template
// in the reader's language when shown. In-app only for now: SMS and e-mail channels with an
// outbox are added on top of this function, so callers do not change.
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
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export async function notifyUser(
  tx: Tx,
  recipientId: string,
  template: NotificationTemplate,
  payload: Prisma.InputJsonObject,
) {
  await tx.notification.create({
    data: { recipientId, channel: "IN_APP", template, payload, status: "SENT", sentAt: new Date() },
  });
}

/** Notifies the customer's sign-in account, if they have one (counter customers may not). */
export async function notifyCustomer(tx: Tx, customerId: string, template: NotificationTemplate, payload: Prisma.InputJsonObject) {
  const user = await tx.user.findUnique({ where: { customerId }, select: { id: true } });
  if (user) await notifyUser(tx, user.id, template, payload);
}
