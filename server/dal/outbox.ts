import "server-only";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { NotFoundError } from "../action";
import { can } from "../policy";
import { redactPayload, renderMessage } from "../notify/render";
import { deliverAfterResponse } from "../notify/schedule";
import { deliversToOutbox } from "../notify/transports";

// The outbox: every SMS and e-mail, sent or not, for admins. Where no gateway is configured it
// is how those messages reach anyone; otherwise it shows what went out and what failed.

export const OUTBOX_PAGE_SIZE = 25;
export const OUTBOX_CHANNELS = ["SMS", "EMAIL"] as const;
export const OUTBOX_STATUSES = ["PENDING", "SENT", "FAILED"] as const;
export type OutboxFilter = { channel?: (typeof OUTBOX_CHANNELS)[number]; status?: (typeof OUTBOX_STATUSES)[number] };

const outboxSelect = {
  id: true,
  channel: true,
  address: true,
  locale: true,
  template: true,
  payload: true,
  status: true,
  transport: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const satisfies Prisma.NotificationSelect;

/**
 * Access: outbox:read (admins). SMS and e-mail, newest first, keyset-paged by (createdAt, id)
 * through `after` (the last id of the previous page). Addresses leave masked; the text is
 * rendered in the message's language, with one-time codes shown only for messages that were
 * delivered to the outbox itself.
 */
export async function listOutbox(actor: Actor, filter: OutboxFilter, after?: string) {
  if (!can(actor, "outbox:read")) return { items: [], next: null };
  const where: Prisma.NotificationWhereInput = {
    channel: filter.channel ? filter.channel : { in: [...OUTBOX_CHANNELS] },
    ...(filter.status ? { status: filter.status } : {}),
  };
  const cursor = after ? await db.notification.findFirst({ where: { ...where, id: after }, select: { id: true } }) : null;
  const rows = await db.notification.findMany({
    where,
    select: outboxSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    take: OUTBOX_PAGE_SIZE + 1,
  });
  const items = rows.slice(0, OUTBOX_PAGE_SIZE).map(({ payload, address, locale, template, ...row }) => {
    const channel = row.channel as "SMS" | "EMAIL";
    const viaOutbox = row.transport === "outbox" || (row.transport === null && deliversToOutbox(channel));
    const shown = viaOutbox ? payload : redactPayload(template, payload);
    const { subject, text } = renderMessage({ channel, locale, template, payload: shown });
    return {
      ...row,
      channel,
      template,
      locale,
      address: channel === "EMAIL" ? maskEmail(address) : maskPhone(address),
      subject: channel === "EMAIL" ? subject : null,
      text,
    };
  });
  return { items, next: rows.length > OUTBOX_PAGE_SIZE ? (items.at(-1)?.id ?? null) : null };
}
export type OutboxItem = Awaited<ReturnType<typeof listOutbox>>["items"][number];

/** Access: outbox:retry (admins). A FAILED message is tried again now; audited. */
export async function retryNotification(actor: Actor, id: string) {
  if (!can(actor, "outbox:retry")) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const updated = await tx.notification.updateMany({
      where: { id, status: "FAILED", channel: { in: [...OUTBOX_CHANNELS] } },
      data: { status: "PENDING", nextAttemptAt: new Date(), claimedUntil: null },
    });
    if (updated.count !== 1) throw new NotFoundError();
    await audit(tx, actor, { action: "notification.retry", targetType: "Notification", targetId: id });
  });
  deliverAfterResponse();
  return { id };
}
