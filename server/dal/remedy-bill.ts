import "server-only";
import { billDueAt, billIssuedAt } from "@/lib/domain/bills";
import { remedyBillMonth } from "@/lib/domain/remedies";
import { addMonths, cstMonthKey } from "@/lib/domain/time";
import type { Tx } from "../db";

// Where an approved remedy lands (lib/domain/remedies.ts remedyBillMonth): the line's bill of the
// month it is approved in while unpaid, else the next unpaid one, created as DUE when missing.
// The bill's total stays the sum of its items: a new bill starts at 0, and the credit's item and
// the total's increment by the same amount are written in the caller's transaction.

/**
 * Access: none — called by approveRemedy inside its transaction, after its checks. Writes the
 * REMEDY item (negative) on the right bill and returns it with the bill's month.
 */
export async function creditRemedyOnBill(tx: Tx, o: { lineId: string; customerId: string; amountFen: number; label: string; labelEn: string; at: Date }) {
  const from = cstMonthKey(o.at);
  const bills = await tx.bill.findMany({
    where: { lineId: o.lineId, month: { gte: from, lte: addMonths(from, 24) } },
    select: { month: true, status: true },
  });
  const { month } = remedyBillMonth(o.at, bills);
  // Two approvals for the same line at once may both find the bill missing: the unique
  // (lineId, month) lets one create it and the other use it.
  await tx.bill.createMany({
    data: [{ lineId: o.lineId, customerId: o.customerId, month, totalFen: 0, status: "DUE", issuedAt: billIssuedAt(month), dueAt: billDueAt(month) }],
    skipDuplicates: true,
  });
  const bill = await tx.bill.findUniqueOrThrow({ where: { lineId_month: { lineId: o.lineId, month } }, select: { id: true } });
  const item = await tx.billItem.create({ data: { billId: bill.id, kind: "REMEDY", label: o.label, labelEn: o.labelEn, amountFen: -o.amountFen }, select: { id: true } });
  await tx.bill.update({ where: { id: bill.id }, data: { totalFen: { increment: -o.amountFen } } });
  return { billItemId: item.id, billId: bill.id, month };
}
