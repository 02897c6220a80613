import type { ServiceKind } from "./roles";
import { cstDateKey, cstParts } from "./time";

// Terminating a line (销户, R2.5): what stands in the way, what ends with the line, what the final
// settlement is, and whether porting the number away (携号转网) would serve the customer better.
// Pure rules; the DAL (server/dal/termination.ts) loads the line and its bills and applies them
// when the wizard shows a step, when the customer confirms, and when staff complete it.
//
// The rules, as decided:
// - Arrears block: a bill that is unpaid (DUE or OVERDUE) and past its due date (or marked
//   OVERDUE) must be paid first (/account/bills). Unpaid bills not yet due do not block; they are
//   owed in the settlement.
// - The contract term (合约期) blocks online termination until lockInEndsAt. Ending a contract
//   early means the early-termination terms of that customer's own contract (liquidated damages
//   the schema does not hold), so it is done at a service counter or by phone, where the contract
//   is at hand; online the customer is told the end date and those two ways.
// - Only a line that is in service (ACTIVE or SUSPENDED) can be terminated; a line still being
//   opened (PENDING) is cancelled by withdrawing its opening request.
// - The settlement is computed in fen as of the termination date: the prepaid balance is
//   refunded, the deposit returned, the final partial month charged (monthly fee × days used in
//   that month up to and including the termination day / days in the month, half up to the fen),
//   and unpaid bills are owed. Net = refunds − charges: above zero we refund it, below zero the
//   customer pays it.

export const NUMBER_RECYCLE_DAYS = 90;
export const PORTING_MIN_DAYS = 120;
export const ARCHIVE_RETENTION_YEARS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export const TERMINATION_REASONS = ["NO_LONGER_NEEDED", "MOVING_AWAY", "TOO_EXPENSIVE", "SERVICE_QUALITY", "SWITCHING_OPERATOR", "OTHER"] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export type LineStatus = "PENDING" | "ACTIVE" | "SUSPENDED" | "TERMINATED";
export type BillStatus = "DUE" | "PAID" | "OVERDUE";

export type TerminationLine = {
  kind: ServiceKind;
  status: LineStatus;
  activatedAt: Date | null;
  lockInEndsAt: Date | null;
  balanceFen: number;
  depositFen: number;
  addOns: readonly string[];
  monthlyFeeFen: number;
};
export type BillFacts = { status: BillStatus; totalFen: number; dueAt: Date };

export function isUnpaid(bill: Pick<BillFacts, "status">): boolean {
  return bill.status === "DUE" || bill.status === "OVERDUE";
}

/** Arrears (欠费): unpaid and overdue, by its status or by its due date. */
export function isArrears(bill: BillFacts, now: Date): boolean {
  return isUnpaid(bill) && (bill.status === "OVERDUE" || bill.dueAt.getTime() < now.getTime());
}

export function arrears(bills: readonly BillFacts[], now: Date) {
  const due = bills.filter((b) => isArrears(b, now));
  return { count: due.length, amountFen: due.reduce((sum, b) => sum + b.totalFen, 0) };
}

export function inLockIn(line: Pick<TerminationLine, "lockInEndsAt">, now: Date): boolean {
  return !!line.lockInEndsAt && line.lockInEndsAt.getTime() > now.getTime();
}

/** What ends with the line, for the customer to act on before it goes. */
export type EndingService =
  | { kind: "addOn"; addOn: string }
  | { kind: "numberRecycled"; days: number }
  | { kind: "equipmentReturn" }
  | { kind: "iotConnectivity" }
  | { kind: "cloudData" };

export function endingServices(line: Pick<TerminationLine, "kind" | "addOns">): EndingService[] {
  const out: EndingService[] = line.addOns.map((addOn) => ({ kind: "addOn", addOn }));
  if (line.kind === "MOBILE") out.push({ kind: "numberRecycled", days: NUMBER_RECYCLE_DAYS });
  if (line.kind === "BROADBAND") out.push({ kind: "equipmentReturn" });
  if (line.kind === "IOT") out.push({ kind: "iotConnectivity" });
  if (line.kind === "CLOUD") out.push({ kind: "cloudData" });
  return out;
}

export type TerminationChecks = {
  /** The line is in service (ACTIVE or SUSPENDED). */
  status: { ok: boolean; status: LineStatus };
  arrears: { ok: boolean; count: number; amountFen: number };
  lockIn: { ok: boolean; endsAt: Date | null };
  ending: EndingService[];
  /** True when anything above stops the termination. */
  blocked: boolean;
};

export function terminationChecks(line: TerminationLine, bills: readonly BillFacts[], now: Date): TerminationChecks {
  const status = { ok: line.status === "ACTIVE" || line.status === "SUSPENDED", status: line.status };
  const owed = arrears(bills, now);
  const lock = inLockIn(line, now);
  return {
    status,
    arrears: { ok: owed.count === 0, ...owed },
    lockIn: { ok: !lock, endsAt: lock ? line.lockInEndsAt : null },
    ending: endingServices(line),
    blocked: !status.ok || owed.count > 0 || lock,
  };
}

/** Days in a calendar month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** a × b / c rounded half up, in integers (a, b ≥ 0, c > 0). */
function mulDivRound(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/**
 * The final partial month: the monthly fee for the days used in the termination day's month
 * (China time), from the first of the month — or the activation day, when the line started that
 * month — up to and including the termination day.
 */
export function finalMonthCharge(monthlyFeeFen: number, activatedAt: Date | null, endAt: Date) {
  const end = cstParts(endAt);
  const dim = daysInMonth(end.year, end.month);
  let first = 1;
  if (activatedAt) {
    const start = cstParts(activatedAt);
    if (start.year === end.year && start.month === end.month) first = Math.min(start.day, end.day);
  }
  const daysUsed = end.day - first + 1;
  return {
    month: `${end.year}-${String(end.month).padStart(2, "0")}`,
    daysUsed,
    daysInMonth: dim,
    monthlyFeeFen,
    feeFen: mulDivRound(monthlyFeeFen, daysUsed, dim),
  };
}

export type Settlement = {
  /** The termination date (China time, yyyy-MM-dd) the figures are computed for. */
  asOf: string;
  balanceRefundFen: number;
  depositRefundFen: number;
  finalMonth: ReturnType<typeof finalMonthCharge>;
  unpaidBills: number;
  unpaidBillsFen: number;
  /** Refunds minus charges: > 0 refunded to the customer, < 0 paid by them. */
  netFen: number;
};

export function settlement(line: TerminationLine, bills: readonly BillFacts[], endAt: Date): Settlement {
  const unpaid = bills.filter(isUnpaid);
  const unpaidBillsFen = unpaid.reduce((sum, b) => sum + b.totalFen, 0);
  const finalMonth = finalMonthCharge(line.monthlyFeeFen, line.activatedAt, endAt);
  // A negative prepaid balance (used on credit) is owed, and so lowers the net.
  const balanceRefundFen = line.balanceFen;
  const depositRefundFen = line.depositFen;
  return {
    asOf: cstDateKey(endAt),
    balanceRefundFen,
    depositRefundFen,
    finalMonth,
    unpaidBills: unpaid.length,
    unpaidBillsFen,
    netFen: balanceRefundFen + depositRefundFen - finalMonth.feeFen - unpaidBillsFen,
  };
}

export type NetDirection = "refund" | "pay" | "none";
export function netDirection(netFen: number): NetDirection {
  return netFen > 0 ? "refund" : netFen < 0 ? "pay" : "none";
}

/** 12345 → "123.45", -5 → "0.05" (the sign is told in words). */
export function yuan(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  return `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export const PORTING_CRITERIA = ["realName", "status", "arrears", "lockIn", "tenure"] as const;
export type PortingCriterion = (typeof PORTING_CRITERIA)[number];
export type PortingCheck = { key: PortingCriterion; ok: boolean };
export type PortingEligibility = {
  /** 携号转网 is for mobile numbers only. */
  applicable: boolean;
  eligible: boolean;
  criteria: PortingCheck[];
  daysOnNetwork: number;
  lockInEndsAt: Date | null;
  arrearsFen: number;
};

/**
 * 携号转网 eligibility: real-name registered, in normal status (ACTIVE), no arrears, no contract
 * term, and at least 120 days on the network since activation.
 */
export function portingEligibility(customer: { realNameVerified: boolean }, line: TerminationLine, bills: readonly BillFacts[], now: Date): PortingEligibility {
  const owed = arrears(bills, now);
  const daysOnNetwork = line.activatedAt ? Math.max(0, Math.floor((now.getTime() - line.activatedAt.getTime()) / DAY_MS)) : 0;
  const criteria: PortingCheck[] = [
    { key: "realName", ok: customer.realNameVerified },
    { key: "status", ok: line.status === "ACTIVE" },
    { key: "arrears", ok: owed.count === 0 },
    { key: "lockIn", ok: !inLockIn(line, now) },
    { key: "tenure", ok: !!line.activatedAt && daysOnNetwork >= PORTING_MIN_DAYS },
  ];
  const applicable = line.kind === "MOBILE";
  return {
    applicable,
    eligible: applicable && criteria.every((c) => c.ok),
    criteria,
    daysOnNetwork,
    lockInEndsAt: inLockIn(line, now) ? line.lockInEndsAt : null,
    arrearsFen: owed.amountFen,
  };
}

/** The archive of a terminated line is kept five years (R2.5); 29 February becomes 28 February. */
export function archiveRetainUntil(archivedAt: Date): Date {
  const out = new Date(archivedAt);
  out.setUTCFullYear(out.getUTCFullYear() + ARCHIVE_RETENTION_YEARS);
  if (out.getUTCDate() !== archivedAt.getUTCDate()) out.setUTCDate(0);
  return out;
}
