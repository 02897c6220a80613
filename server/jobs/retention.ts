import "server-only";
import { ONE_TIME_CODE_MAX_ATTEMPTS } from "@/lib/domain/one-time-code";
import { dataCategory, retentionCutoff } from "@/lib/domain/privacy";
import { cstParts } from "@/lib/domain/time";
import { audit } from "../audit";
import { db, type Tx } from "../db";
import { errorField, log } from "@/server/log";

// The retention sweep (issue 8 part 7): once a day, the retention table of the privacy centre
// (lib/domain/privacy.ts DATA_CATEGORIES — the same periods customers read) is applied to every
// customer, not only to those who ask: what is past its period is deleted or anonymised. Each
// step is one transaction with its audit row (system actor, the count and the cutoff), written
// only when it changed something, so a second run the same day changes and records nothing.
// Batches keep each transaction bounded.

const BATCH = 500;
const DAY = 86_400_000;
/** Statuses of a request that is finished (nothing more will happen to it). */
const FINISHED = ["CLOSED", "WITHDRAWN", "RETURNED"] as const;
/** A cancelled status-page subscription is kept this long as the record of the unsubscribe. */
export const CANCELLED_SUBSCRIPTION_DAYS = 30;
/** The marker an anonymised customer's phone column carries (the column is unique and required). */
export const ANONYMISED_PHONE_PREFIX = "anon-";

export type RetentionCounts = Record<RetentionStep, number>;
export type RetentionStep = "usage" | "requests" | "feedback" | "notifications" | "logs" | "codes" | "subscriptions" | "archives" | "identity";

const monthKey = (at: Date) => {
  const p = cstParts(at);
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
};
const cutoffOf = (key: Parameters<typeof dataCategory>[0], now: Date) => retentionCutoff(dataCategory(key).retention.months, now);

/** Deletes rows chosen by `pick` in batches, one transaction per batch; returns how many went. */
async function inBatches(step: RetentionStep, cutoff: Date, pick: (tx: Tx) => Promise<string[]>, remove: (tx: Tx, ids: string[]) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const ids = await pick(tx);
      if (!ids.length) return 0;
      const count = await remove(tx, ids);
      await audit(tx, null, { action: `retention.${step}`, targetType: "Retention", summary: { count, cutoff: cutoff.toISOString() } });
      return count;
    });
    total += done;
    if (done < BATCH) return total;
  }
}

/** One bulk statement in its own transaction with its audit row (for updates and small deletes). */
async function once(step: RetentionStep, cutoff: Date, run: (tx: Tx) => Promise<number>): Promise<number> {
  return db.$transaction(async (tx) => {
    const count = await run(tx);
    if (count) await audit(tx, null, { action: `retention.${step}`, targetType: "Retention", summary: { count, cutoff: cutoff.toISOString() } });
    return count;
  });
}

const STEPS: Record<RetentionStep, (now: Date) => Promise<number>> = {
  // Raw billing data: usage months older than 5 months.
  usage: (now) => {
    const cutoff = cutoffOf("usage", now);
    return once("usage", cutoff, async (tx) => (await tx.usageRecord.deleteMany({ where: { month: { lt: monthKey(cutoff) } } })).count);
  },
  // Requests finished more than 3 years ago, with their timelines, ratings and return visits. A
  // request behind a plan change stays with the line's record (kept 5 years after service ends).
  requests: (now) => {
    const cutoff = cutoffOf("requests", now);
    return inBatches(
      "requests",
      cutoff,
      async (tx) =>
        (
          await tx.serviceRequest.findMany({
            where: { status: { in: [...FINISHED] }, planChange: null, OR: [{ closedAt: { lt: cutoff } }, { closedAt: null, updatedAt: { lt: cutoff } }] },
            select: { id: true },
            take: BATCH,
          })
        ).map((r) => r.id),
      // A complaint or remedy that points at a deleted request keeps its own record (the foreign
      // keys are ON DELETE SET NULL).
      async (tx, ids) => (await tx.serviceRequest.deleteMany({ where: { id: { in: ids } } })).count,
    );
  },
  // The free text of ratings and survey answers older than 3 years; the scores stay (statistics).
  feedback: (now) => {
    const cutoff = cutoffOf("feedback", now);
    return once("feedback", cutoff, async (tx) => {
      const ratings = await tx.rating.updateMany({ where: { createdAt: { lt: cutoff }, comment: { not: null } }, data: { comment: null } });
      const surveys = await tx.surveyResponse.updateMany({ where: { createdAt: { lt: cutoff }, reason: { not: null } }, data: { reason: null } });
      return ratings.count + surveys.count;
    });
  },
  // Copies of messages older than a year; one still waiting to go out stays.
  notifications: (now) => {
    const cutoff = cutoffOf("notifications", now);
    return inBatches(
      "notifications",
      cutoff,
      async (tx) => (await tx.notification.findMany({ where: { createdAt: { lt: cutoff }, status: { not: "PENDING" } }, select: { id: true }, take: BATCH })).map((n) => n.id),
      async (tx, ids) => (await tx.notification.deleteMany({ where: { id: { in: ids } } })).count,
    );
  },
  // Sign-in logs older than 6 months (Cybersecurity Law art. 21). The audit rows of changes to
  // requests and records are part of the service record and follow it.
  logs: (now) => {
    const cutoff = cutoffOf("logs", now);
    return inBatches(
      "logs",
      cutoff,
      async (tx) => (await tx.auditLog.findMany({ where: { action: { startsWith: "auth." }, createdAt: { lt: cutoff } }, select: { id: true }, take: BATCH })).map((a) => a.id),
      async (tx, ids) => (await tx.auditLog.deleteMany({ where: { id: { in: ids } } })).count,
    );
  },
  // Codes and grants that can no longer be used, and throttling windows long over: nothing in
  // them serves anyone once dead, so they go after a day.
  codes: (now) => {
    const dayAgo = new Date(now.getTime() - DAY);
    return once("codes", dayAgo, async (tx) => {
      const otp = await tx.oneTimeCode.deleteMany({
        where: { createdAt: { lt: dayAgo }, OR: [{ consumedAt: { not: null } }, { expiresAt: { lte: now } }, { attempts: { gte: ONE_TIME_CODE_MAX_ATTEMPTS } }] },
      });
      const tracking = await tx.trackingCode.deleteMany({ where: { expiresAt: { lt: dayAgo } } });
      const grants = await tx.trackingGrant.deleteMany({ where: { expiresAt: { lt: dayAgo } } });
      const limits = await tx.rateLimit.deleteMany({ where: { windowStart: { lt: dayAgo }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
      return otp.count + tracking.count + grants.count + limits.count;
    });
  },
  // Status-page subscriptions never confirmed (their code dead for a day), and cancelled ones
  // after 30 days.
  subscriptions: (now) => {
    const dayAgo = new Date(now.getTime() - DAY);
    const cancelledBefore = new Date(now.getTime() - CANCELLED_SUBSCRIPTION_DAYS * DAY);
    return once("subscriptions", dayAgo, async (tx) => {
      const unconfirmed = await tx.statusSubscription.deleteMany({ where: { confirmedAt: null, createdAt: { lt: dayAgo }, OR: [{ codeExpiresAt: null }, { codeExpiresAt: { lt: dayAgo } }] } });
      const cancelled = await tx.statusSubscription.deleteMany({ where: { cancelledAt: { lt: cancelledBefore } } });
      return unconfirmed.count + cancelled.count;
    });
  },
  // Termination archives past their five years (each carries its own retainUntil).
  archives: (now) => once("archives", now, async (tx) => (await tx.serviceArchive.deleteMany({ where: { retainUntil: { lt: now } } })).count),
  // Real-name and contact data: the life of the service + 2 years (MIIT Order No. 25). A customer
  // whose lines all ended more than 2 years ago, with nothing open, is anonymised: the ID number,
  // name, phone and e-mail go, the sign-in account is disabled and its sessions end. Lines and
  // bills (5 years) stay, attached to the anonymous record.
  identity: (now) => {
    const cutoff = cutoffOf("identity", now);
    return inBatches(
      "identity",
      cutoff,
      async (tx) =>
        (
          await tx.customer.findMany({
            where: {
              phone: { not: { startsWith: ANONYMISED_PHONE_PREFIX } },
              lines: { some: {}, every: { status: "TERMINATED", terminatedAt: { lt: cutoff } } },
              requests: { none: { status: { notIn: [...FINISHED] } } },
            },
            select: { id: true },
            take: BATCH,
          })
        ).map((c) => c.id),
      async (tx, ids) => {
        for (const id of ids) {
          await tx.customer.update({
            where: { id },
            data: { name: "—", idNumber: null, realNameVerified: false, email: null, phone: `${ANONYMISED_PHONE_PREFIX}${id}`, lifecycleStage: "CHURNED" },
          });
        }
        await tx.user.updateMany({ where: { customerId: { in: ids } }, data: { displayName: "—", phone: null, email: null, disabled: true, sessionVersion: { increment: 1 } } });
        return ids.length;
      },
    );
  },
};

export const RETENTION_STEPS = Object.keys(STEPS) as RetentionStep[];

/** Access: none — a system job. Applies every retention period once; returns what each step did. */
export async function runRetention(now = new Date()): Promise<RetentionCounts> {
  const counts = {} as RetentionCounts;
  for (const step of RETENTION_STEPS) counts[step] = await STEPS[step](now);
  return counts;
}

const RETENTION_INTERVAL_MS = DAY;
let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= runRetention()
    .then((counts) => {
      const changed = Object.entries(counts).filter(([, n]) => n > 0);
      if (changed.length) log.info({ job: "retention", counts: Object.fromEntries(changed) }, "retention sweep changed records");
    })
    .catch((error: unknown) => log.warn({ job: "retention", error: errorField(error) }, "the retention sweep failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the daily sweep (instrumentation.ts): ten minutes after start, then every 24 hours. */
export function startRetentionJob() {
  if (timer) return;
  const first = setTimeout(() => void runOnce(), 10 * 60_000);
  first.unref();
  timer = setInterval(() => void runOnce(), RETENTION_INTERVAL_MS);
  timer.unref();
}

export async function stopRetentionJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
