import type { AddOn } from "../schemas/request-create";
import type { MonthUsage, PlanTerms } from "./plans";
import { addMonths, cstMonthStart } from "./time";

// 账单: one bill per line and billing cycle (calendar month, China time), issued on the first
// day of the next month and due by the end of that month. Amounts in fen; a bill's total is the
// sum of its items, credits negative. Whether an unpaid bill is overdue is derived from its due
// date, never swept.

/** Monthly fee of each add-on service (lib/schemas/request-create.ts ADD_ONS), in fen. */
export const ADD_ON_MONTHLY_FEE_FEN: Record<AddOn, number> = {
  INTL_ROAMING: 1000,
  CALLER_ID: 500,
  RINGBACK_TONE: 500,
  DATA_BOOSTER: 1000,
  STATIC_IP: 5000,
};

/** Usage beyond a plan's allowances: data per started GB, voice per minute, SMS each. */
export const EXTRA_USAGE_RATES_FEN = { dataPerGb: 500, voicePerMinute: 15, sms: 10 } as const;

export const BILL_ITEM_KINDS = ["PLAN_FEE", "EXTRA_USAGE", "ADD_ON", "CREDIT", "REMEDY", "SETTLEMENT"] as const;
export type BillItemKind = (typeof BILL_ITEM_KINDS)[number];
export type BillStatus = "DUE" | "PAID" | "OVERDUE";

const over = (allowance: number | null, used: number) => (allowance === null ? 0 : Math.max(0, used - allowance));

/** What a month's usage cost beyond the plan's allowances (none for broadband and cloud). */
export function extraUsage(plan: Pick<PlanTerms, "kind" | "dataMb" | "voiceMinutes" | "smsCount">, usage: MonthUsage) {
  const metered = plan.kind === "MOBILE" || plan.kind === "IOT";
  const dataMb = metered ? over(plan.dataMb, usage.dataMb) : 0;
  const voiceMinutes = metered ? over(plan.voiceMinutes, usage.voiceMinutes) : 0;
  const smsCount = metered ? over(plan.smsCount, usage.smsCount) : 0;
  const dataFen = Math.ceil(dataMb / 1024) * EXTRA_USAGE_RATES_FEN.dataPerGb;
  const voiceFen = voiceMinutes * EXTRA_USAGE_RATES_FEN.voicePerMinute;
  const smsFen = smsCount * EXTRA_USAGE_RATES_FEN.sms;
  return { dataMb, voiceMinutes, smsCount, dataFen, voiceFen, smsFen, totalFen: dataFen + voiceFen + smsFen };
}

/** A monthly fee for part of a month (the month a line was opened), rounded to the fen. */
export function proratedFeeFen(monthlyFeeFen: number, activeDays: number, monthDays: number): number {
  if (activeDays >= monthDays) return monthlyFeeFen;
  return Math.round((monthlyFeeFen * Math.max(0, activeDays)) / monthDays);
}

/** The bill of a month is issued at 00:00 China time on the first day of the next month … */
export function billIssuedAt(month: string): Date {
  return cstMonthStart(addMonths(month, 1));
}

/** … and due by the end of that month: 23:59:59 China time on its last day. */
export function billDueAt(month: string): Date {
  return new Date(cstMonthStart(addMonths(month, 2)).getTime() - 1000);
}

/** Paid, due, or overdue (unpaid after its due date) at `now`. */
export function billState(bill: { status: BillStatus; dueAt: Date }, now: Date): BillStatus {
  if (bill.status === "PAID") return "PAID";
  return bill.dueAt.getTime() < now.getTime() ? "OVERDUE" : "DUE";
}

/** Sums of a bill's items by kind, and the total. */
export function billTotals(items: ReadonlyArray<{ kind: BillItemKind; amountFen: number }>) {
  const byKind = Object.fromEntries(BILL_ITEM_KINDS.map((k) => [k, 0])) as Record<BillItemKind, number>;
  let totalFen = 0;
  for (const item of items) {
    byKind[item.kind] += item.amountFen;
    totalFen += item.amountFen;
  }
  return { byKind, totalFen };
}

/**
 * 欠费: what is unpaid, and the part of it past its due date. A bill whose total is zero or less
 * (only credits so far, such as a service remedy on a month not yet billed) asks nothing of the
 * customer and is not counted.
 */
export function arrears(bills: ReadonlyArray<{ status: BillStatus; dueAt: Date; totalFen: number }>, now: Date) {
  let unpaidFen = 0;
  let overdueFen = 0;
  let count = 0;
  for (const bill of bills) {
    const state = billState(bill, now);
    if (state === "PAID" || bill.totalFen <= 0) continue;
    count += 1;
    unpaidFen += bill.totalFen;
    if (state === "OVERDUE") overdueFen += bill.totalFen;
  }
  return { count, unpaidFen, overdueFen };
}
