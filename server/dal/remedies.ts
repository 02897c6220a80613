import "server-only";
import { fenToYuan } from "@/lib/domain/remedies";
import { maskPhone } from "@/lib/domain/mask";
import { remedyBillLabel } from "@/lib/remedy-text";
import type { ApproveRemedyInput, RejectRemedyInput, RemedyFilters } from "@/lib/schemas/remedies";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyCustomer } from "../notify";
import { can } from "../policy";
import { requestScope } from "./scopes";
import { creditRemedyOnBill } from "./remedy-bill";

// Remedies (/admin/remedies): remedy:read reads the queue, remedy:decide approves or rejects a
// proposal over the version the page showed, with its audit row in the same transaction. An
// approval credits the line's bill (server/dal/remedy-bill.ts) and notifies the customer; a
// rejection notifies nobody (docs/decisions/0014-remedies.md).

export const REMEDY_PAGE_SIZE = 20;

const conflict = () => new ExpectedError("remedies.errors.conflict");

function requireDecider(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "remedy:decide")) throw new ForbiddenError();
  return actor;
}

function encode(at: Date, id: string) {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}
function decode(cursor: string): [Date, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "string" && /^[a-z0-9]{1,40}$/.test(v[1])) {
      const at = new Date(v[0]);
      if (!Number.isNaN(at.getTime())) return [at, v[1]];
    }
  } catch {
    // Not one of ours: the first page.
  }
  return null;
}

const rowSelect = {
  id: true,
  status: true,
  measure: true,
  kind: true,
  amountFen: true,
  reason: true,
  reasonEn: true,
  version: true,
  createdAt: true,
  decidedAt: true,
  decisionNote: true,
  customer: { select: { name: true, phone: true } },
  line: { select: { number: true, kind: true } },
  request: { select: { srn: true } },
  incident: { select: { code: true } },
  rule: { select: { code: true, title: true, titleEn: true } },
  decidedBy: { select: { displayName: true } },
  billItem: { select: { bill: { select: { month: true } } } },
} as const satisfies Prisma.RemedySelect;
type Row = Prisma.RemedyGetPayload<{ select: typeof rowSelect }>;

/** Staff read a customer masked: the name's first character and the phone's tail. */
function toRow(row: Row) {
  const { customer, line, billItem, ...rest } = row;
  return {
    ...rest,
    customer: { name: `${[...customer.name][0] ?? ""}**`, phone: maskPhone(customer.phone) },
    line: line ? { number: line.kind === "MOBILE" ? maskPhone(line.number) : line.number } : null,
    billMonth: billItem?.bill.month ?? null,
  };
}
export type RemedyRow = ReturnType<typeof toRow>;

/**
 * Access: remedy:read; anyone else gets an empty page. Remedies of one status, keyset pages:
 * proposals oldest first (the queue), decided ones newest first.
 */
export async function listRemedies(actor: Actor, filters: RemedyFilters) {
  if (actor.kind !== "staff" || !can(actor, "remedy:read")) return { items: [] as RemedyRow[], next: null, staleCursor: false };
  const asc = filters.status === "PROPOSED";
  const cursor = filters.after ? decode(filters.after) : null;
  const cmp = asc ? "gt" : "lt";
  const rows = await db.remedy.findMany({
    where: {
      status: filters.status,
      ...(cursor ? { OR: [{ createdAt: { [cmp]: cursor[0] } }, { createdAt: cursor[0], id: { [cmp]: cursor[1] } }] } : {}),
    },
    select: rowSelect,
    orderBy: asc ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take: REMEDY_PAGE_SIZE + 1,
  });
  const items = rows.slice(0, REMEDY_PAGE_SIZE).map(toRow);
  const last = rows.length > REMEDY_PAGE_SIZE ? rows[REMEDY_PAGE_SIZE - 1] : undefined;
  return { items, next: last ? encode(last.createdAt, last.id) : null, staleCursor: !!filters.after && !cursor };
}

const decisionSelect = { id: true, status: true, version: true, amountFen: true, customerId: true, lineId: true, reason: true, reasonEn: true, dedupeKey: true, request: { select: { srn: true } } } as const;

async function loadForDecision(tx: Prisma.TransactionClient, input: { remedyId: string; version: number }) {
  const r = await tx.remedy.findUnique({ where: { id: input.remedyId }, select: decisionSelect });
  if (!r) throw new NotFoundError();
  if (r.status !== "PROPOSED") throw new ExpectedError("remedies.errors.notProposed");
  if (r.version !== input.version) throw conflict();
  return r;
}

/**
 * Access: remedy:decide. Approves a proposal over its version: credits the line's bill, links the
 * bill item, notifies the customer (in the app, and by SMS and e-mail as they chose); audited.
 */
export async function approveRemedy(actor: Actor, input: ApproveRemedyInput, now = new Date()) {
  const decider = requireDecider(actor);
  return db.$transaction(async (tx) => {
    const r = await loadForDecision(tx, input);
    if (!r.lineId) throw new ExpectedError("remedies.errors.noLine");
    const { count } = await tx.remedy.updateMany({
      where: { id: r.id, version: input.version, status: "PROPOSED" },
      data: { status: "APPROVED", decidedById: decider.userId, decidedAt: now, decisionNote: input.note || null, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    const placed = await creditRemedyOnBill(tx, { lineId: r.lineId, customerId: r.customerId, amountFen: r.amountFen, ...remedyBillLabel(r), at: now });
    await tx.remedy.update({ where: { id: r.id }, data: { billItemId: placed.billItemId } });
    await audit(tx, decider, { action: "remedy.approve", targetType: "Remedy", targetId: r.id, summary: { dedupeKey: r.dedupeKey, amountFen: r.amountFen, billId: placed.billId, month: placed.month, version: input.version + 1 } });
    await notifyCustomer(tx, r.customerId, "remedy.approved", {
      amount: fenToYuan(r.amountFen),
      cause: r.reason,
      causeEn: r.reasonEn,
      billMonth: placed.month,
      ...(r.request ? { srn: r.request.srn } : {}),
    });
    return { id: r.id, status: "APPROVED" as const, version: input.version + 1, month: placed.month };
  });
}

/** Access: remedy:decide. Rejects a proposal over its version, with the reason; audited; nobody is notified. */
export async function rejectRemedy(actor: Actor, input: RejectRemedyInput, now = new Date()) {
  const decider = requireDecider(actor);
  return db.$transaction(async (tx) => {
    const r = await loadForDecision(tx, input);
    const { count } = await tx.remedy.updateMany({
      where: { id: r.id, version: input.version, status: "PROPOSED" },
      data: { status: "REJECTED", decidedById: decider.userId, decidedAt: now, decisionNote: input.note, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    await audit(tx, decider, { action: "remedy.reject", targetType: "Remedy", targetId: r.id, summary: { dedupeKey: r.dedupeKey, amountFen: r.amountFen, version: input.version + 1 } });
    return { id: r.id, status: "REJECTED" as const, version: input.version + 1 };
  });
}

/**
 * Access: requestScope — the request's owner (staff who read any request too); otherwise none.
 * The approved remedies of one request, as its progress page shows them.
 */
export async function listRequestRemedies(actor: Actor, srn: string) {
  const rows = await db.remedy.findMany({
    where: { status: "APPROVED", request: { srn, ...requestScope(actor) } },
    select: { id: true, measure: true, amountFen: true, billItem: { select: { bill: { select: { month: true } } } } },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, measure: r.measure, amountFen: r.amountFen, billMonth: r.billItem?.bill.month ?? null }));
}
