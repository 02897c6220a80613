import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { privacyRequestDueAt } from "@/lib/domain/privacy";
import type { CompletePrivacyRequestData, PrivacyRequestInput, RefusePrivacyRequestInput } from "@/lib/schemas/privacy";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyCustomer } from "../notify";
import { eraseCustomerData, type ErasureCounts } from "./privacy-erasure";

// Privacy requests (PIPL arts. 47 and 50): the customer asks in the privacy centre, staff with
// privacy:handle decide within 15 days (lib/domain/privacy.ts PRIVACY_REQUEST_DUE_DAYS) —
// completed with an outcome, or refused with a reason the customer reads. Completing a deletion
// erases the categories staff choose (server/dal/privacy-erasure.ts) in the same transaction.

const viewSelect = { id: true, kind: true, status: true, details: true, dueAt: true, outcome: true, refusalReason: true, handledAt: true, createdAt: true, version: true } as const satisfies Prisma.PrivacyRequestSelect;

/** What the completion of each deletion request erased, from its audit row (the record of what was done). */
async function erasureReports(ids: string[]): Promise<Map<string, ErasureCounts>> {
  if (!ids.length) return new Map();
  const rows = await db.auditLog.findMany({ where: { action: "privacy.request_complete", targetType: "PrivacyRequest", targetId: { in: ids } }, select: { targetId: true, summary: true } });
  return new Map(rows.map((r) => [r.targetId ?? "", ((r.summary as { erased?: ErasureCounts } | null)?.erased ?? {}) as ErasureCounts]));
}

/**
 * Access: the customer themself (privacy:request:own). One open request of a kind at a time: a
 * second one (or a double submit) is refused while the first is open. The customer is notified.
 */
export async function createPrivacyRequest(actor: Actor, input: PrivacyRequestInput, now = new Date()) {
  if (actor.kind !== "customer" || !can(actor, "privacy:request:own")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    // Serialises this customer's submissions, so two racing ones cannot both pass the check.
    await tx.$queryRaw`SELECT "id" FROM "Customer" WHERE "id" = ${actor.customerId} FOR UPDATE`;
    const open = await tx.privacyRequest.count({ where: { customerId: actor.customerId, kind: input.kind, status: "OPEN" } });
    if (open) throw new ExpectedError("privacy.errors.requestOpen");
    const request = await tx.privacyRequest.create({
      data: { customerId: actor.customerId, requesterId: actor.userId, kind: input.kind, details: input.details, dueAt: privacyRequestDueAt(now), createdAt: now },
      select: viewSelect,
    });
    await audit(tx, actor, { action: "privacy.request_create", targetType: "PrivacyRequest", targetId: request.id, summary: { kind: input.kind } });
    await notifyCustomer(tx, actor.customerId, "privacy.requestReceived", { kind: input.kind });
    return request;
  });
}

/** Access: the customer themself (privacy:request:own). Their requests, newest first, with what each deletion erased. */
export async function listMyPrivacyRequests(actor: Actor) {
  if (actor.kind !== "customer" || !can(actor, "privacy:request:own")) throw new ForbiddenError();
  const rows = await db.privacyRequest.findMany({ where: { customerId: actor.customerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: viewSelect });
  const reports = await erasureReports(rows.filter((r) => r.status === "COMPLETED" && r.kind === "DELETION").map((r) => r.id));
  return rows.map((r) => ({ ...r, erased: reports.get(r.id) ?? null }));
}
export type MyPrivacyRequest = Awaited<ReturnType<typeof listMyPrivacyRequests>>[number];

function requireHandler(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "privacy:handle")) throw new ForbiddenError();
  return actor;
}

const staffSelect = {
  ...viewSelect,
  customer: { select: { name: true, type: true, phone: true } },
  requester: { select: { displayName: true } },
  handledBy: { select: { displayName: true } },
} as const satisfies Prisma.PrivacyRequestSelect;

function forStaff<T extends { customer: { phone: string } }>(row: T) {
  return { ...row, customer: { ...row.customer, phone: maskPhone(row.customer.phone) } };
}

export const PRIVACY_QUEUE_FILTERS = ["open", "all"] as const;
export type PrivacyQueueFilter = (typeof PRIVACY_QUEUE_FILTERS)[number];

/**
 * Access: staff with privacy:handle. Open requests by deadline (overdue first), or all of them
 * newest first; the customer's phone masked.
 */
export async function listPrivacyRequests(actor: Actor, filter: PrivacyQueueFilter = "open") {
  requireHandler(actor);
  const rows = await db.privacyRequest.findMany({
    where: filter === "open" ? { status: "OPEN" } : {},
    orderBy: filter === "open" ? [{ dueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: staffSelect,
  });
  return rows.map(forStaff);
}

/** Access: staff with privacy:handle. One request, with what its completion erased. */
export async function getPrivacyRequest(actor: Actor, id: string) {
  requireHandler(actor);
  const row = await db.privacyRequest.findUnique({ where: { id }, select: staffSelect });
  if (!row) return null;
  const reports = await erasureReports(row.status === "COMPLETED" ? [row.id] : []);
  return { ...forStaff(row), erased: reports.get(row.id) ?? null };
}
export type StaffPrivacyRequest = NonNullable<Awaited<ReturnType<typeof getPrivacyRequest>>>;

/** Loads an open request at the version the staff member saw, or says why not. */
async function openAtVersion(tx: Tx, id: string, version: number) {
  const row = await tx.privacyRequest.findUnique({ where: { id }, select: { id: true, kind: true, status: true, version: true, customerId: true } });
  if (!row) throw new NotFoundError();
  if (row.version !== version) throw new ConflictError();
  if (row.status !== "OPEN") throw new ExpectedError("errors.invalidState");
  return row;
}

async function markHandled(tx: Tx, id: string, version: number, data: Prisma.PrivacyRequestUncheckedUpdateManyInput) {
  const updated = await tx.privacyRequest.updateMany({ where: { id, version, status: "OPEN" }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError();
}

/**
 * Access: staff with privacy:handle, at the version they saw (optimistic locking). Completes an
 * open request with an outcome; for a deletion, erases the chosen categories in the same
 * transaction and records the counts in the audit row. The customer is notified.
 */
export async function completePrivacyRequest(actor: Actor, input: CompletePrivacyRequestData, now = new Date()) {
  const staff = requireHandler(actor);
  return db.$transaction(async (tx) => {
    const request = await openAtVersion(tx, input.id, input.version);
    if (input.erase.length && request.kind !== "DELETION") throw new ExpectedError("privacy.errors.eraseOnlyDeletion");
    await markHandled(tx, request.id, input.version, { status: "COMPLETED", outcome: input.outcome, handledById: staff.userId, handledAt: now });
    const user = await tx.user.findUnique({ where: { customerId: request.customerId }, select: { id: true } });
    const erased = request.kind === "DELETION" && user ? await eraseCustomerData(tx, { customerId: request.customerId, userId: user.id }, input.erase, now) : {};
    await audit(tx, staff, { action: "privacy.request_complete", targetType: "PrivacyRequest", targetId: request.id, summary: { kind: request.kind, erased } });
    await notifyCustomer(tx, request.customerId, "privacy.requestCompleted", { kind: request.kind });
    return { id: request.id, status: "COMPLETED" as const, erased };
  });
}

/** Access: staff with privacy:handle, at the version they saw. Refuses an open request with the reason the customer reads. */
export async function refusePrivacyRequest(actor: Actor, input: RefusePrivacyRequestInput, now = new Date()) {
  const staff = requireHandler(actor);
  return db.$transaction(async (tx) => {
    const request = await openAtVersion(tx, input.id, input.version);
    await markHandled(tx, request.id, input.version, { status: "REFUSED", refusalReason: input.reason, handledById: staff.userId, handledAt: now });
    await audit(tx, staff, { action: "privacy.request_refuse", targetType: "PrivacyRequest", targetId: request.id, summary: { kind: request.kind } });
    await notifyCustomer(tx, request.customerId, "privacy.requestRefused", { kind: request.kind, reason: input.reason });
    return { id: request.id, status: "REFUSED" as const };
  });
}
