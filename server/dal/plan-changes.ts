import "server-only";
import { checkPlanChange, feeDifferenceFen, planChangeEffectiveAt, type ChangeRefusal, type PlanChangeDetails } from "@/lib/domain/plans";
import { transitionEffects } from "@/lib/domain/request-effects";
import { cstDateKey } from "@/lib/domain/time";
import type { CancelPlanChangeInput, SchedulePlanChangeInput } from "@/lib/schemas/plans";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyCustomer } from "../notify";
import { nextSrn } from "./request-create";
import { newRequestDeadlines } from "./sla-policies";
import { planSelect } from "./plans";

// 套餐调整: scheduling a plan change for the next billing cycle, and cancelling it before then.
// Each change is a PLAN_CHANGE request (SRN, timeline, clocks) with its PlanChange row; the
// system accepts it at once and the job in server/jobs/plan-changes.ts applies it.

const REFUSAL_KEYS: Record<ChangeRefusal, string> = {
  samePlan: "plans.errors.samePlan",
  otherKind: "plans.errors.otherKind",
  inactive: "plans.errors.planNotFound",
  lockIn: "plans.errors.lockIn",
};

/** Money in payloads of notifications: yuan with two decimals, the same in every language. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

async function findByKey(customerId: string, idempotencyKey: string) {
  return db.serviceRequest.findUnique({ where: { customerId_idempotencyKey: { customerId, idempotencyKey } }, select: { srn: true, type: true } });
}

function requireCustomerActor(actor: Actor) {
  if (actor.kind !== "customer" || !can(actor, "plan:change:own")) throw new ForbiddenError();
  return actor;
}

/**
 * Access: a customer (plan:change:own), on one of their own lines that is in service. Checks the
 * target plan (lib/domain/plans.ts checkPlanChange: same kind, active, not cheaper during the
 * contract term) and that the line has no pending change, then writes in one transaction the
 * PLAN_CHANGE request (accepted by the system, resolve-by = the effective date), its timeline, the
 * PlanChange, the audit row and the notification. The same form key returns the first request.
 */
export async function schedulePlanChange(actor: Actor, input: SchedulePlanChangeInput, now = new Date()): Promise<{ srn: string }> {
  const customer = requireCustomerActor(actor);
  const existing = await findByKey(customer.customerId, input.idempotencyKey);
  if (existing) return { srn: existing.srn };

  try {
    return await db.$transaction(async (tx) => {
      // Lock the line: two submissions with different keys must not both find "no pending change".
      await tx.$queryRaw`SELECT 1 FROM "Line" WHERE "id" = ${input.lineId} AND "customerId" = ${customer.customerId} FOR UPDATE`;
      const line = await tx.line.findFirst({
        where: { id: input.lineId, customerId: customer.customerId, status: { not: "TERMINATED" } },
        select: { id: true, status: true, lockInEndsAt: true, plan: { select: planSelect } },
      });
      if (!line) throw new ExpectedError("errors.lineNotFound", { lineId: ["errors.lineNotFound"] });
      if (line.status !== "ACTIVE") throw new ExpectedError("errors.lineNotActive");
      const target = await tx.plan.findFirst({ where: { code: input.toPlan, active: true }, select: planSelect });
      if (!target) throw new ExpectedError("plans.errors.planNotFound", { toPlan: ["plans.errors.planNotFound"] });
      const check = checkPlanChange({ current: line.plan, target, lockInEndsAt: line.lockInEndsAt, now });
      if (!check.ok) throw new ExpectedError(REFUSAL_KEYS[check.reason], { toPlan: [REFUSAL_KEYS[check.reason]] });
      const pending = await tx.planChange.findFirst({ where: { lineId: line.id, status: "PENDING" }, select: { id: true } });
      if (pending) throw new ExpectedError("plans.errors.pendingExists");

      const effectiveAt = planChangeEffectiveAt(now);
      const feeDiffFen = feeDifferenceFen(line.plan, target);
      const details: PlanChangeDetails = {
        fromPlan: line.plan.code,
        fromPlanName: line.plan.name,
        fromPlanNameEn: line.plan.nameEn,
        toPlan: target.code,
        toPlanName: target.name,
        toPlanNameEn: target.nameEn,
        effectiveAt: effectiveAt.toISOString(),
        feeDiffFen,
        newFeeFen: target.monthlyFeeFen,
      };
      const deadlines = await newRequestDeadlines(tx, { type: "PLAN_CHANGE", level: 2, special: false, createdAt: now, chosenDate: effectiveAt });
      // The system accepts at once (the checks above are the 信息核验); a millisecond later, so the
      // timeline keeps its order.
      const acceptedAt = new Date(now.getTime() + 1);
      const srn = await nextSrn(tx, now);
      const request = await tx.serviceRequest.create({
        data: {
          srn,
          type: "PLAN_CHANGE",
          status: "ACCEPTED",
          level: 2,
          channel: "WEB",
          customerId: customer.customerId,
          lineId: line.id,
          title: target.code,
          description: "",
          details,
          createdById: customer.userId,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          ...deadlines,
          acceptedAt,
          // Two events (created, accepted): the version counts the changes, as elsewhere.
          version: 2,
          events: {
            create: [
              { kind: "created", visibility: "CUSTOMER", actorId: customer.userId, toStatus: "SUBMITTED", createdAt: now },
              { kind: "accept", visibility: "CUSTOMER", actorId: null, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", createdAt: acceptedAt },
            ],
          },
        },
        select: { id: true },
      });
      const change = await tx.planChange.create({
        data: { lineId: line.id, fromPlanId: line.plan.id, toPlanId: target.id, requestId: request.id, status: "PENDING", effectiveAt, feeDiffFen, createdAt: now },
        select: { id: true },
      });
      await audit(tx, customer, {
        action: "plan.change.schedule",
        targetType: "PlanChange",
        targetId: change.id,
        summary: { srn, lineId: line.id, fromPlan: line.plan.code, toPlan: target.code, effectiveAt: details.effectiveAt, feeDiffFen },
      });
      await notifyCustomer(tx, customer.customerId, "plan.changeScheduled", {
        srn,
        fromPlan: line.plan.code,
        toPlan: target.code,
        newFee: yuan(target.monthlyFeeFen),
        effectiveDate: cstDateKey(effectiveAt),
      });
      return { srn };
    });
  } catch (error) {
    // Two submissions with the same key raced: the loser returns the winner's request.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByKey(customer.customerId, input.idempotencyKey);
      if (winner) return { srn: winner.srn };
    }
    throw error;
  }
}

/** The customer's change by SRN, inside the transaction; not theirs or not a plan change: not found. */
async function findOwnChange(tx: Tx, customerId: string, srn: string) {
  const change = await tx.planChange.findFirst({
    where: { request: { srn, customerId, type: "PLAN_CHANGE" } },
    select: {
      id: true,
      status: true,
      effectiveAt: true,
      lineId: true,
      toPlan: { select: { code: true } },
      request: { select: { id: true, status: true, type: true, acceptBy: true, acceptedAt: true, respondBy: true, respondedAt: true, resolveBy: true, resolvedAt: true, clockPausedAt: true, closedAt: true } },
    },
  });
  if (!change) throw new NotFoundError();
  return change;
}

/**
 * Access: the customer who made the change (plan:change:own). 取消变更: only while it is pending
 * and before its effective date; the change is CANCELLED and its request WITHDRAWN, with a
 * timeline event, the audit row and a notification, in one transaction.
 */
export async function cancelPlanChange(actor: Actor, input: CancelPlanChangeInput, now = new Date()): Promise<{ srn: string }> {
  const customer = requireCustomerActor(actor);
  return db.$transaction(async (tx) => {
    const change = await findOwnChange(tx, customer.customerId, input.srn);
    if (change.status === "CANCELLED") throw new ExpectedError("plans.errors.alreadyCancelled");
    if (change.status === "APPLIED" || change.effectiveAt.getTime() <= now.getTime()) throw new ExpectedError("plans.errors.alreadyApplied");
    // The job may apply it at the same moment: whoever changes the PENDING row first wins.
    const claimed = await tx.planChange.updateMany({ where: { id: change.id, status: "PENDING" }, data: { status: "CANCELLED", cancelledAt: now } });
    if (claimed.count !== 1) throw new ExpectedError("plans.errors.alreadyApplied");
    const request = change.request;
    const moved = await tx.serviceRequest.updateMany({
      where: { id: request.id, status: "ACCEPTED" },
      data: { ...transitionEffects("withdraw", request.type, request, now), status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (moved.count === 1) {
      await tx.requestEvent.create({
        data: { requestId: request.id, kind: "withdraw", visibility: "CUSTOMER", actorId: customer.userId, fromStatus: "ACCEPTED", toStatus: "WITHDRAWN", createdAt: now },
      });
    }
    await audit(tx, customer, { action: "plan.change.cancel", targetType: "PlanChange", targetId: change.id, summary: { srn: input.srn, lineId: change.lineId, toPlan: change.toPlan.code } });
    await notifyCustomer(tx, customer.customerId, "plan.changeCancelled", { srn: input.srn, toPlan: change.toPlan.code });
    return { srn: input.srn };
  });
}
