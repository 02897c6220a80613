import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { transitionEffects } from "@/lib/domain/request-effects";
import { transition } from "@/lib/domain/request-status";
import { buildArchiveSnapshot } from "@/lib/domain/termination-archive";
import { archiveRetainUntil, netDirection, settlement, terminationChecks, yuan, type Settlement, type TerminationReason } from "@/lib/domain/termination";
import type { CompleteTerminationInput } from "@/lib/schemas/termination";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyCustomer } from "../notify";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";
import { asTerminationLine, terminationLineSelect, unpaidBills } from "./termination";

// 销户 for staff: the termination as it stands now, and completing it — the line ends, the final
// settlement is fixed, the whole service record is archived for five years and the customer gets
// the termination notice in every channel.
//
// Bills still unpaid at completion (only ones not yet due: arrears block completion) are owed in
// the final settlement and so are closed into it (marked PAID at the completion time): the
// settlement's net is then the one amount left between the customer and the operator.

const terminationWhere = (actor: StaffActor, srn: string): Prisma.ServiceRequestWhereInput => ({ ...requestScope(actor), srn, type: "TERMINATION" });

/**
 * Access: staff who may read any request (requestScope); null for other requests and other
 * actors. The line (mobile numbers masked), the checks and the settlement as of now, next to the
 * settlement the customer was shown when confirming; once terminated, the final settlement and,
 * for archive readers, the archive's id.
 */
export async function getTerminationForStaff(actor: StaffActor, srn: string, now = new Date()) {
  const request = await db.serviceRequest.findFirst({ where: terminationWhere(actor, srn), select: { status: true, details: true, line: { select: terminationLineSelect } } });
  if (!request?.line) return null;
  const row = request.line;
  const bills = await unpaidBills(db, row.id);
  const line = asTerminationLine(row);
  const details = (request.details ?? {}) as { settlement?: Settlement; finalSettlement?: Settlement };
  const archive =
    row.status === "TERMINATED" && can(actor, "archive:read")
      ? await db.serviceArchive.findFirst({ where: { lineId: row.id }, select: { id: true }, orderBy: { archivedAt: "desc" } })
      : null;
  return {
    archiveId: archive?.id ?? null,
    line: { number: row.kind === "MOBILE" ? maskPhone(row.number) : row.number, kind: row.kind, status: row.status, terminatedAt: row.terminatedAt, plan: row.plan },
    checks: row.status === "TERMINATED" ? null : terminationChecks(line, bills, now),
    settlementNow: row.status === "TERMINATED" ? null : settlement(line, bills, now),
    settlementShown: details.settlement ?? null,
    finalSettlement: details.finalSettlement ?? null,
    canComplete: can(actor, "termination:complete") && transition("resolve", request.status, actor.role).ok,
  };
}
export type StaffTermination = NonNullable<Awaited<ReturnType<typeof getTerminationForStaff>>>;

/** Everything the archive keeps about a line, read inside the completing transaction. */
async function loadRecord(tx: Tx, lineId: string) {
  return tx.line.findUniqueOrThrow({
    where: { id: lineId },
    select: {
      number: true,
      kind: true,
      area: true,
      address: true,
      activatedAt: true,
      lockInEndsAt: true,
      balanceFen: true,
      depositFen: true,
      addOns: true,
      plan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
      customer: { select: { name: true, type: true } },
      usage: { select: { month: true, dataMb: true, voiceMinutes: true, smsCount: true }, orderBy: { month: "asc" } },
      bills: {
        select: { month: true, totalFen: true, status: true, issuedAt: true, dueAt: true, paidAt: true, items: { select: { kind: true, label: true, labelEn: true, amountFen: true }, orderBy: { createdAt: "asc" } } },
        orderBy: { month: "asc" },
      },
      planChanges: {
        select: { fromPlan: { select: { code: true } }, toPlan: { select: { code: true } }, status: true, effectiveAt: true, feeDiffFen: true, appliedAt: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      requests: {
        select: {
          srn: true,
          type: true,
          status: true,
          title: true,
          description: true,
          createdAt: true,
          closedAt: true,
          events: {
            where: { visibility: "CUSTOMER" },
            select: { kind: true, toStatus: true, body: true, createdAt: true, actor: { select: { displayName: true, role: true } } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
}

const BLOCK_ERRORS = { status: "errors.lineNotActive", arrears: "errors.terminationArrears", lockIn: "errors.terminationLockIn" } as const;

/**
 * Access: staff with termination:complete (agents and supervisors), on an accepted or in-progress
 * termination. In one transaction: the request is resolved and closed (two timeline events), the
 * line TERMINATED, unpaid bills closed into the final settlement, the service record archived
 * (retained five years), an audit row written and the termination notice sent in every channel.
 */
export async function completeTermination(actor: StaffActor, input: CompleteTerminationInput, now = new Date()) {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const current = await tx.serviceRequest.findFirst({
      where: terminationWhere(actor, input.srn),
      select: { id: true, type: true, status: true, version: true, customerId: true, lineId: true, title: true, description: true, details: true, ...clockSelect, closedAt: true },
    });
    if (!current?.lineId) throw new NotFoundError();
    if (!can(actor, "termination:complete")) throw new ForbiddenError();
    if (current.version !== input.version) throw new ConflictError();
    const resolve = transition("resolve", current.status, actor.role);
    if (!resolve.ok) throw new ExpectedError("errors.invalidState");

    const row = await tx.line.findUniqueOrThrow({ where: { id: current.lineId }, select: terminationLineSelect });
    const bills = await unpaidBills(tx, row.id);
    const checks = terminationChecks(asTerminationLine(row), bills, now);
    for (const key of ["status", "arrears", "lockIn"] as const) if (!checks[key].ok) throw new ExpectedError(BLOCK_ERRORS[key]);
    const final = settlement(asTerminationLine(row), bills, now);

    // The request: resolved and closed at once (a termination has nothing left to confirm).
    const resolved = transitionEffects("resolve", "TERMINATION", { ...current }, now);
    const closedAt = new Date(now.getTime() + 1);
    const details = { ...((current.details ?? {}) as Prisma.InputJsonObject), finalSettlement: final, completedAt: now.toISOString() };
    const updated = await tx.serviceRequest.updateMany({
      where: { id: current.id, version: input.version },
      // Two status changes, two versions (as if resolved and then closed).
      data: { ...resolved, ...transitionEffects("close", "TERMINATION", { ...current, ...resolved }, closedAt), status: "CLOSED", details, version: { increment: 2 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.requestEvent.createMany({
      data: [
        { requestId: current.id, kind: "resolve", visibility: "CUSTOMER", actorId: actor.userId, fromStatus: current.status, toStatus: "RESOLVED", body: input.note, createdAt: now },
        { requestId: current.id, kind: "close", visibility: "CUSTOMER", actorId: actor.userId, fromStatus: "RESOLVED", toStatus: "CLOSED", body: null, createdAt: closedAt },
      ],
    });

    // The line ends; its balance and deposit are paid out and what it still owed is settled.
    const ended = await tx.line.updateMany({
      where: { id: row.id, status: { in: ["ACTIVE", "SUSPENDED"] } },
      data: { status: "TERMINATED", terminatedAt: now, balanceFen: 0, depositFen: 0 },
    });
    if (ended.count !== 1) throw new ConflictError();
    if (bills.length) await tx.bill.updateMany({ where: { id: { in: bills.map((b) => b.id) } }, data: { status: "PAID", paidAt: now } });

    // The whole record, as it now stands, kept five years.
    const record = await loadRecord(tx, row.id);
    const d = (current.details ?? {}) as { portOut?: { declined?: boolean } };
    const snapshot = buildArchiveSnapshot({
      customer: record.customer,
      // The balance and deposit the line held until now, which the settlement paid out.
      line: { ...record, balanceFen: row.balanceFen, depositFen: row.depositFen },
      termination: { srn: input.srn, reason: current.title as TerminationReason, note: current.description, portOutDeclined: !!d.portOut?.declined, completedBy: actor.displayName, completedAt: now },
      settlement: final,
      usage: record.usage,
      bills: record.bills,
      planChanges: record.planChanges,
      requests: record.requests,
    });
    const archive = await tx.serviceArchive.create({
      data: { customerId: current.customerId, lineId: row.id, snapshot, archivedAt: now, retainUntil: archiveRetainUntil(now) },
      select: { id: true },
    });
    await audit(tx, actor, {
      action: "termination.complete",
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: { srn: input.srn, lineId: row.id, archiveId: archive.id, netFen: final.netFen, billsSettled: bills.length },
    });
    await notifyCustomer(
      tx,
      current.customerId,
      "termination.notice",
      {
        srn: input.srn,
        number: row.number,
        kind: row.kind,
        endAt: now.toISOString(),
        balance: yuan(final.balanceRefundFen),
        deposit: yuan(final.depositRefundFen),
        finalMonth: yuan(final.finalMonth.feeFen),
        days: String(final.finalMonth.daysUsed),
        unpaid: yuan(final.unpaidBillsFen),
        net: netDirection(final.netFen),
        amount: yuan(final.netFen),
      },
      { statutory: true },
    );
    return { srn: input.srn, archiveId: archive.id };
  });
}
