import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { cstDateAt, cstDateKey } from "@/lib/domain/time";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import { readArchiveSnapshot } from "@/lib/domain/termination-archive";
import { portingEligibility, settlement, terminationChecks, type BillFacts, type TerminationLine } from "@/lib/domain/termination";
import type { ConfirmTerminationInput, SendTerminationCodeInput } from "@/lib/schemas/termination";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, CustomerActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError } from "../action";
import { can } from "../policy";
import { notifyCustomer, textCodeToUser } from "../notify";
import { allowCodeSend, issueCode, redeemCode } from "../confirm-code";
import type { UserCodeScope } from "../one-time-code";
import { findByKey, nextSrn } from "./request-create";
import { newRequestDeadlines } from "./sla-policies";

// 销户 for customers: their lines, the wizard's checks, settlement and porting alternative, the
// SMS code and the confirmed request. The rules are in lib/domain/termination.ts; bills are read
// straight from the Bill table (unpaid = DUE or OVERDUE).

export const TERMINATION_CODE_PURPOSE = "terminate";

export const terminationLineSelect = {
  id: true,
  customerId: true,
  number: true,
  kind: true,
  status: true,
  activatedAt: true,
  lockInEndsAt: true,
  balanceFen: true,
  depositFen: true,
  addOns: true,
  terminatedAt: true,
  plan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
} as const satisfies Prisma.LineSelect;
type LineRow = Prisma.LineGetPayload<{ select: typeof terminationLineSelect }>;

export function asTerminationLine(row: LineRow): TerminationLine {
  return { ...row, monthlyFeeFen: row.plan.monthlyFeeFen };
}

/** The line's unpaid bills (DUE or OVERDUE), oldest first. */
export function unpaidBills(client: Tx | typeof db, lineId: string) {
  return client.bill.findMany({
    where: { lineId, status: { in: ["DUE", "OVERDUE"] } },
    select: { id: true, month: true, status: true, totalFen: true, dueAt: true },
    orderBy: [{ month: "asc" }, { id: "asc" }],
  }) as Promise<Array<BillFacts & { id: string; month: string }>>;
}

/** The open termination request of a line, if any (一事一报: one at a time). */
export function openTermination(client: Tx | typeof db, lineId: string) {
  return client.serviceRequest.findFirst({ where: { lineId, type: "TERMINATION", status: { in: [...OPEN_STATUSES] } }, select: { srn: true } });
}

/**
 * Access: the customer's own lines (staff get none here), terminated ones too, with the open
 * termination of each and, for a terminated line, the summary of its archive.
 */
export async function listMyLines(actor: Actor) {
  if (actor.kind !== "customer") return [];
  const rows = await db.line.findMany({
    where: { customerId: actor.customerId },
    select: {
      ...terminationLineSelect,
      requests: { where: { type: "TERMINATION", status: { in: [...OPEN_STATUSES] } }, select: { srn: true }, orderBy: { createdAt: "desc" }, take: 1 },
      archives: { select: { id: true, archivedAt: true, retainUntil: true, snapshot: true }, orderBy: { archivedAt: "desc" }, take: 1 },
    },
    orderBy: [{ kind: "asc" }, { number: "asc" }],
  });
  return rows.map(({ requests, archives, customerId: _c, ...line }) => {
    const open = requests[0] ?? null;
    const archive = archives[0];
    const snapshot = archive ? readArchiveSnapshot(archive.snapshot) : null;
    return {
      ...line,
      openTermination: open ? { srn: open.srn } : null,
      archive:
        archive && snapshot
          ? { archivedAt: archive.archivedAt, retainUntil: archive.retainUntil, srn: snapshot.termination.srn, netFen: snapshot.settlement.netFen, requests: snapshot.requests.length }
          : null,
    };
  });
}
export type MyLine = Awaited<ReturnType<typeof listMyLines>>[number];

async function loadOwnLine(client: Tx | typeof db, actor: CustomerActor, lineId: string) {
  return client.line.findFirst({ where: { id: lineId, customerId: actor.customerId, status: { not: "TERMINATED" } }, select: terminationLineSelect });
}

/**
 * Access: the customer who owns the line, while it is not terminated; null otherwise (the same
 * for another customer's line). Everything the wizard shows: the checks with what can be done,
 * the settlement if terminated today, the porting alternative, an open termination, and where
 * the code goes (masked).
 */
export async function getTerminationPreview(actor: Actor, lineId: string, now = new Date()) {
  if (actor.kind !== "customer" || !can(actor, "termination:request:own")) return null;
  const row = await loadOwnLine(db, actor, lineId);
  if (!row) return null;
  const [bills, open, customer, user] = await Promise.all([
    unpaidBills(db, row.id),
    openTermination(db, row.id),
    db.customer.findUniqueOrThrow({ where: { id: actor.customerId }, select: { realNameVerified: true, phone: true } }),
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { phone: true } }),
  ]);
  const line = asTerminationLine(row);
  const { customerId: _c, ...shown } = row;
  const porting = portingEligibility(customer, line, bills, now);
  return {
    line: shown,
    checks: terminationChecks(line, bills, now),
    settlement: settlement(line, bills, now),
    porting,
    openTermination: open,
    codePhone: maskPhone(user.phone ?? customer.phone),
  };
}
export type TerminationPreview = NonNullable<Awaited<ReturnType<typeof getTerminationPreview>>>;

/**
 * Access: the customer, for a line the preview above returned for them. 携号转网资格查询: the
 * wizard's porting step shows whether the line may be ported out, a signal the churn model counts
 * (lib/domain/churn.ts PORTING_CHECKS). Recorded as an audit row, once per line and China-time
 * day however often the step is opened.
 */
export async function recordPortingCheck(actor: CustomerActor, lineId: string, eligible: boolean, now = new Date()) {
  const dayStart = cstDateAt(cstDateKey(now))!;
  await db.$transaction(async (tx) => {
    const seen = await tx.auditLog.findFirst({
      where: { action: "porting.check", targetId: lineId, actorId: actor.userId, createdAt: { gte: dayStart, lt: new Date(dayStart.getTime() + 24 * 3_600_000) } },
      select: { id: true },
    });
    if (!seen) await audit(tx, actor, { action: "porting.check", targetType: "Line", targetId: lineId, summary: { eligible } });
  });
}

/** The wizard may go on: the line is the customer's, nothing blocks it and none is open. */
async function assertCanTerminate(client: Tx | typeof db, actor: CustomerActor, lineId: string, now: Date) {
  const row = await loadOwnLine(client, actor, lineId);
  if (!row) throw new ExpectedError("errors.lineNotFound");
  const open = await openTermination(client, row.id);
  if (open) throw new ExpectedError("errors.terminationOpen");
  const bills = await unpaidBills(client, row.id);
  if (terminationChecks(asTerminationLine(row), bills, now).blocked) throw new ExpectedError("errors.terminationBlocked");
  return { row, bills };
}

const codeTarget = (actor: CustomerActor, lineId: string): UserCodeScope => ({ userId: actor.userId, purpose: TERMINATION_CODE_PURPOSE, subject: lineId });

/**
 * Access: the customer who owns the line, when nothing blocks its termination. Texts a 6-digit
 * code to the account phone (one a minute, five per 15 minutes); returns the masked number.
 */
export async function sendTerminationCode(actor: CustomerActor, input: SendTerminationCodeInput, now = new Date()) {
  if (actor.kind !== "customer" || !can(actor, "termination:request:own")) throw new ForbiddenError();
  const { row } = await assertCanTerminate(db, actor, input.lineId, now);
  await allowCodeSend(codeTarget(actor, row.id), now);
  const sentTo = await db.$transaction(async (tx) => {
    const code = await issueCode(tx, actor, codeTarget(actor, row.id), now);
    const address = await textCodeToUser(tx, actor.userId, "termination.code", { number: row.number, code });
    if (!address) throw new ExpectedError("errors.noPhone");
    return address;
  });
  return { sentTo: maskPhone(sentTo) };
}

/**
 * Access: the customer who owns the line, with the code texted for it. Re-checks everything,
 * then creates the TERMINATION request with the reason, the settlement as computed now and the
 * declined porting alternative — with its first event, audit row and notification, in the
 * transaction that uses up the code. A repeated submission returns the first request.
 */
export async function confirmTermination(actor: CustomerActor, input: ConfirmTerminationInput, now = new Date()): Promise<{ srn: string }> {
  if (actor.kind !== "customer" || !can(actor, "termination:request:own")) throw new ForbiddenError();
  const existing = await findByKey(actor.customerId, input.idempotencyKey);
  if (existing) return existing;
  try {
    return await createConfirmed(actor, input, now);
  } catch (error) {
    // A double submit: the first one used the code and opened the request; return it.
    const winner = await findByKey(actor.customerId, input.idempotencyKey);
    if (winner) return winner;
    throw error;
  }
}

async function createConfirmed(actor: CustomerActor, input: ConfirmTerminationInput, now: Date): Promise<{ srn: string }> {
  await assertCanTerminate(db, actor, input.lineId, now);
  return redeemCode(
    actor,
    codeTarget(actor, input.lineId),
    input.code,
    async (tx) => {
      // Again inside the transaction: a bill or another request may have arrived meanwhile.
      const { row, bills } = await assertCanTerminate(tx, actor, input.lineId, now);
      const line = asTerminationLine(row);
      const customer = await tx.customer.findUniqueOrThrow({ where: { id: actor.customerId }, select: { realNameVerified: true } });
      const porting = portingEligibility(customer, line, bills, now);
      const deadlines = await newRequestDeadlines(tx, { type: "TERMINATION", level: 2, special: false, createdAt: now });
      const srn = await nextSrn(tx, now);
      const request = await tx.serviceRequest.create({
        data: {
          srn,
          type: "TERMINATION",
          level: 2,
          channel: "WEB",
          customerId: actor.customerId,
          lineId: row.id,
          title: input.reason,
          description: input.note,
          details: {
            reason: input.reason,
            settlement: settlement(line, bills, now),
            portOut: { applicable: porting.applicable, eligible: porting.eligible, declined: true },
            confirmedBy: "sms-code",
          },
          createdById: actor.userId,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          ...deadlines,
          events: { create: { kind: "created", visibility: "CUSTOMER", actorId: actor.userId, toStatus: "SUBMITTED", createdAt: now } },
        },
        select: { id: true, srn: true },
      });
      await audit(tx, actor, { action: "termination.request", targetType: "ServiceRequest", targetId: request.id, summary: { srn, lineId: row.id, reason: input.reason } });
      await notifyCustomer(tx, actor.customerId, "request.created", { srn, acceptBy: deadlines.acceptBy.toISOString() });
      return { srn: request.srn };
    },
    now,
  );
}
