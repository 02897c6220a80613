import "server-only";
import { arrears, billState, billTotals } from "@/lib/domain/bills";
import { maskPhone } from "@/lib/domain/mask";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor } from "../actor";
import { lineScope } from "./scopes";

// 账单: monthly bills per line, read-only here. Whether an unpaid bill is overdue is derived from
// its due date at read time (lib/domain/bills.ts billState), whatever status was stored.

/** How many monthly bills per line the bills page shows. */
export const BILL_MONTHS = 6;

const billSelect = {
  id: true,
  month: true,
  totalFen: true,
  status: true,
  issuedAt: true,
  dueAt: true,
  paidAt: true,
  items: { select: { kind: true, label: true, labelEn: true, amountFen: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.BillSelect;
type BillRow = Prisma.BillGetPayload<{ select: typeof billSelect }>;

function toBill(row: BillRow, now: Date) {
  const { byKind } = billTotals(row.items);
  return { ...row, state: billState(row, now), byKind };
}
export type BillView = ReturnType<typeof toBill>;

const lineSelect = {
  id: true,
  number: true,
  kind: true,
  plan: { select: { code: true, name: true, nameEn: true } },
  bills: { select: billSelect, orderBy: { month: "desc" }, take: BILL_MONTHS },
} as const satisfies Prisma.LineSelect;
type LineRow = Prisma.LineGetPayload<{ select: typeof lineSelect }>;

function toLineBills(actor: Actor, row: LineRow, now: Date) {
  const bills = row.bills.map((b) => toBill(b, now));
  return {
    id: row.id,
    number: actor.kind === "staff" && row.kind === "MOBILE" ? maskPhone(row.number) : row.number,
    kind: row.kind,
    plan: row.plan,
    bills,
    arrears: arrears(bills, now),
  };
}
export type LineBills = ReturnType<typeof toLineBills>;

/**
 * Access: the customer's own lines, terminated ones included while they have bills (staff have no
 * lines of their own: none). The latest BILL_MONTHS bills of each line, newest first, with what is
 * unpaid across all of them.
 */
export async function listMyBills(actor: Actor, now = new Date()) {
  if (actor.kind !== "customer") return { lines: [] as LineBills[], arrears: arrears([], now) };
  const rows = await db.line.findMany({
    where: { ...lineScope(actor), OR: [{ status: { not: "TERMINATED" } }, { bills: { some: {} } }] },
    select: lineSelect,
    orderBy: [{ kind: "asc" }, { number: "asc" }],
  });
  const lines = rows.map((row) => toLineBills(actor, row, now));
  return { lines, arrears: arrears(lines.flatMap((l) => l.bills), now) };
}

/** Access: lineScope — the line's owner, or staff who may read any request; otherwise null. */
export async function listLineBills(actor: Actor, lineId: string, now = new Date()): Promise<LineBills | null> {
  const row = await db.line.findFirst({ where: { AND: [lineScope(actor), { id: lineId }] }, select: lineSelect });
  return row ? toLineBills(actor, row, now) : null;
}

/**
 * Access: lineScope — the line's owner, or staff who may read any request; otherwise null (as for
 * a missing line). 欠费 of one line at `now`: every unpaid bill, oldest first, each DUE or OVERDUE
 * by its due date, and the sums (unpaidFen, overdueFen). Pass `tx` to read inside a transaction
 * (a settlement that must see the bills it is about to settle).
 */
export async function unpaidBills(actor: Actor, lineId: string, options: { now?: Date; tx?: Tx } = {}) {
  const now = options.now ?? new Date();
  const client = options.tx ?? db;
  const line = await client.line.findFirst({
    where: { AND: [lineScope(actor), { id: lineId }] },
    select: { id: true, bills: { where: { status: { not: "PAID" } }, select: { id: true, month: true, totalFen: true, status: true, dueAt: true }, orderBy: { month: "asc" } } },
  });
  if (!line) return null;
  const bills = line.bills.map((b) => ({ id: b.id, month: b.month, totalFen: b.totalFen, dueAt: b.dueAt, state: billState(b, now) }));
  const sums = arrears(line.bills, now);
  return { bills, count: sums.count, unpaidFen: sums.unpaidFen, overdueFen: sums.overdueFen };
}
