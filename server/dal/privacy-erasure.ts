import "server-only";
import { ONE_TIME_CODE_MAX_ATTEMPTS } from "@/lib/domain/one-time-code";
import { MARKETING_KINDS, dataCategory, retentionCutoff, type ErasableCategory } from "@/lib/domain/privacy";
import { cstParts } from "@/lib/domain/time";
import type { Tx } from "../db";
import { ownSubscriptionsWhere } from "./status-subscription-owner";

// What completing a deletion request (PIPL art. 47) really erases, category by category, as
// lib/domain/privacy.ts says: messages are deleted; the free text of ratings and survey answers
// is removed (the scores stay, they feed anonymous statistics); marketing consents are
// withdrawn; and requests, usage records and sign-in logs go once their retention period has
// passed. Real-name data, lines, bills, archives, the consent record and privacy requests are
// kept while a law or the contract requires them; the outcome says so.

export type ErasureCounts = Partial<Record<ErasableCategory, number>>;

/** Statuses of a request that is finished (nothing more will happen to it). */
const FINISHED = ["CLOSED", "WITHDRAWN", "RETURNED"] as const;

const monthKey = (at: Date) => {
  const p = cstParts(at);
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
};

const ERASERS: Record<ErasableCategory, (tx: Tx, who: { customerId: string; userId: string }, now: Date) => Promise<number>> = {
  // Raw billing data: usage months older than the 5-month retention.
  usage: async (tx, { customerId }, now) => {
    const before = monthKey(retentionCutoff(dataCategory("usage").retention.months, now));
    return (await tx.usageRecord.deleteMany({ where: { line: { customerId }, month: { lt: before } } })).count;
  },
  // Finished requests closed more than 3 years ago (their timelines, ratings and return visits go
  // with them). A request behind a plan change stays with the line's record.
  requests: async (tx, { customerId }, now) => {
    const cutoff = retentionCutoff(dataCategory("requests").retention.months, now);
    const expired = await tx.serviceRequest.findMany({
      where: {
        customerId,
        status: { in: [...FINISHED] },
        planChange: null,
        OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, updatedAt: { lt: cutoff } }],
      },
      select: { id: true },
    });
    if (!expired.length) return 0;
    return (await tx.serviceRequest.deleteMany({ where: { id: { in: expired.map((r) => r.id) } } })).count;
  },
  feedback: async (tx, { customerId }) => {
    const ratings = await tx.rating.updateMany({ where: { customerId, comment: { not: null } }, data: { comment: null } });
    const surveys = await tx.surveyResponse.updateMany({ where: { customerId, reason: { not: null } }, data: { reason: null } });
    return ratings.count + surveys.count;
  },
  // Copies of messages already sent (or given up on); messages still waiting to go out stay. The
  // status-page subscriptions at the customer's own addresses go too (no more outage notices).
  notifications: async (tx, who) => {
    const sent = await tx.notification.deleteMany({ where: { recipientId: who.userId, status: { not: "PENDING" } } });
    const subscriptions = await tx.statusSubscription.deleteMany({ where: await ownSubscriptionsWhere(tx, who) });
    return sent.count + subscriptions.count;
  },
  // Marketing consents in force are withdrawn (a new row): the record of consent itself is the
  // proof that earlier messages were lawful and is kept.
  consents: async (tx, { userId }, now) => {
    let withdrawn = 0;
    for (const kind of MARKETING_KINDS) {
      const latest = await tx.consent.findFirst({ where: { userId, kind }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { granted: true } });
      if (latest?.granted) {
        await tx.consent.create({ data: { userId, kind, granted: false, source: "deletion-request", createdAt: now } });
        withdrawn++;
      }
    }
    return withdrawn;
  },
  // Sign-in logs past 6 months, and one-time codes that can no longer be used.
  logs: async (tx, { userId }, now) => {
    const cutoff = retentionCutoff(dataCategory("logs").retention.months, now);
    const logs = await tx.auditLog.deleteMany({ where: { actorId: userId, action: { startsWith: "auth." }, createdAt: { lt: cutoff } } });
    const codes = await tx.oneTimeCode.deleteMany({ where: { userId, OR: [{ consumedAt: { not: null } }, { expiresAt: { lte: now } }, { attempts: { gte: ONE_TIME_CODE_MAX_ATTEMPTS } }] } });
    return logs.count + codes.count;
  },
};

/** Erases the chosen categories of one customer inside the caller's transaction; returns the counts. */
export async function eraseCustomerData(tx: Tx, who: { customerId: string; userId: string }, categories: readonly ErasableCategory[], now = new Date()): Promise<ErasureCounts> {
  const counts: ErasureCounts = {};
  for (const category of categories) counts[category] = await ERASERS[category](tx, who, now);
  return counts;
}
