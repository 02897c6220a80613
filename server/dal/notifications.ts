import "server-only";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";

const PAGE = 30;

/** Access: the recipient only. In-app notifications, newest first. */
export async function listMyNotifications(actor: Actor) {
  return db.notification.findMany({
    where: { recipientId: actor.userId, channel: "IN_APP" },
    select: { id: true, template: true, payload: true, readAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
  });
}

/** Access: the recipient only. */
export async function countUnread(actor: Actor) {
  return db.notification.count({ where: { recipientId: actor.userId, channel: "IN_APP", readAt: null } });
}

/** Access: the recipient only; others' ids match nothing. Returns how many were marked. */
export async function markNotificationsRead(actor: Actor, ids: string[] | "all") {
  return db.$transaction(async (tx) => {
    const result = await tx.notification.updateMany({
      where: { recipientId: actor.userId, channel: "IN_APP", readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
      data: { readAt: new Date() },
    });
    if (result.count > 0) {
      await audit(tx, actor, { action: "notification.read", targetType: "Notification", targetId: ids === "all" ? null : (ids[0] ?? null), summary: { count: result.count } });
    }
    return result.count;
  });
}
