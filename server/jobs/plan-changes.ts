import "server-only";
import { contractEndsAt } from "@/lib/domain/plans";
import { transitionEffects } from "@/lib/domain/request-effects";
import { db } from "../db";
import { audit } from "../audit";
import { notifyCustomer } from "../notify";
import { errorField, log } from "@/server/log";

// The job that applies plan changes on their effective date (00:00 China time on the first of
// the month). It runs every few minutes in the server (instrumentation.ts) and on demand as
// `npm run jobs:plan-changes` (scripts/apply-plan-changes.ts) for cron. Each change is applied in
// its own transaction, claimed by a guarded update (status PENDING → APPLIED), so a second run, a
// second instance or a customer cancelling at the same moment never applies one twice.

export const PLAN_CHANGE_JOB_INTERVAL_MS = 5 * 60_000;
const BATCH = 100;

type Outcome = "applied" | "lineTerminated" | "skipped";

async function applyOne(id: string, now: Date): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    const change = await tx.planChange.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        effectiveAt: true,
        toPlanId: true,
        toPlan: { select: { code: true, contractMonths: true } },
        fromPlan: { select: { code: true } },
        line: { select: { id: true, status: true, customerId: true, lockInEndsAt: true } },
        request: { select: { id: true, srn: true, type: true, status: true, acceptBy: true, acceptedAt: true, respondBy: true, respondedAt: true, resolveBy: true, resolvedAt: true, clockPausedAt: true, closedAt: true } },
      },
    });
    if (!change || change.status !== "PENDING" || change.effectiveAt.getTime() > now.getTime()) return "skipped";
    const terminated = change.line.status === "TERMINATED";
    const claimed = await tx.planChange.updateMany({
      where: { id, status: "PENDING" },
      data: terminated ? { status: "CANCELLED", cancelledAt: now } : { status: "APPLIED", appliedAt: now },
    });
    if (claimed.count !== 1) return "skipped";
    const request = change.request;
    if (terminated) {
      // The line ended before the new cycle: nothing to switch; the request is withdrawn by the system.
      const moved = await tx.serviceRequest.updateMany({
        where: { id: request.id, status: "ACCEPTED" },
        data: { ...transitionEffects("withdraw", request.type, request, now), status: "WITHDRAWN", version: { increment: 1 } },
      });
      if (moved.count === 1) {
        await tx.requestEvent.create({ data: { requestId: request.id, kind: "withdraw", visibility: "CUSTOMER", actorId: null, fromStatus: "ACCEPTED", toStatus: "WITHDRAWN", createdAt: now } });
      }
      await audit(tx, null, { action: "plan.change.cancel", targetType: "PlanChange", targetId: id, summary: { srn: request.srn, reason: "lineTerminated" } });
      return "lineTerminated";
    }
    // A plan with a contract term starts its term on the effective date.
    const lockInEndsAt = contractEndsAt(change.effectiveAt, change.toPlan.contractMonths, change.line.lockInEndsAt);
    await tx.line.update({ where: { id: change.line.id }, data: { planId: change.toPlanId, lockInEndsAt } });
    // The new plan is in force from the effective date, whenever the job got to it.
    const moved = await tx.serviceRequest.updateMany({
      where: { id: request.id, status: "ACCEPTED" },
      data: { ...transitionEffects("resolve", request.type, request, change.effectiveAt), status: "RESOLVED", version: { increment: 1 } },
    });
    if (moved.count === 1) {
      await tx.requestEvent.create({ data: { requestId: request.id, kind: "resolve", visibility: "CUSTOMER", actorId: null, fromStatus: "ACCEPTED", toStatus: "RESOLVED", createdAt: now } });
    }
    await audit(tx, null, {
      action: "plan.change.apply",
      targetType: "PlanChange",
      targetId: id,
      summary: { srn: request.srn, lineId: change.line.id, fromPlan: change.fromPlan.code, toPlan: change.toPlan.code, effectiveAt: change.effectiveAt.toISOString() },
    });
    await notifyCustomer(tx, change.line.customerId, "plan.changeApplied", { srn: request.srn, toPlan: change.toPlan.code });
    return "applied";
  });
}

/**
 * Access: none — a system job. Applies every PENDING change whose effective date has come:
 * the line moves to the new plan, the change is APPLIED and its request RESOLVED (by the system,
 * at the effective date), with the timeline event, the audit row and the notification. A change
 * on a line terminated meanwhile is cancelled instead. Idempotent: a change is applied once.
 */
export async function applyDuePlanChanges(now = new Date()) {
  const counts: Record<Outcome, number> = { applied: 0, lineTerminated: 0, skipped: 0 };
  let cursor: string | undefined;
  for (;;) {
    const due = await db.planChange.findMany({
      where: { status: "PENDING", effectiveAt: { lte: now }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const { id } of due) counts[await applyOne(id, now)] += 1;
    if (due.length < BATCH) break;
    cursor = due.at(-1)!.id;
  }
  return counts;
}

let timer: ReturnType<typeof setInterval> | null = null;
let running: Promise<unknown> | null = null;

function runOnce() {
  running ??= applyDuePlanChanges()
    .then((counts) => {
      if (counts.applied || counts.lineTerminated) log.info({ job: "plans" }, `applied ${counts.applied} plan change(s), cancelled ${counts.lineTerminated} on terminated lines`);
    })
    .catch((error: unknown) => log.warn({ job: "plans", error: errorField(error) }, "applying plan changes failed"))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Starts the periodic job (instrumentation.ts): once now, then every interval; it does not keep the process alive. */
export function startPlanChangeJob(intervalMs = PLAN_CHANGE_JOB_INTERVAL_MS) {
  if (timer) return;
  void runOnce();
  timer = setInterval(() => void runOnce(), intervalMs);
  timer.unref();
}

/** Stops the periodic job and waits for a running pass (shutdown). */
export async function stopPlanChangeJob() {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}
