import type { ClockName } from "./sla";
import type { RequestType } from "./roles";
import { addMonths, cstMonthKey, daysInMonth } from "./time";

// Remedies (issue 6, R1.4): what a broken commitment is worth to the customer, decided by rules
// admins edit (RemedyRule) and proposed by a sweep (server/jobs/remedy-sweep.ts), never inline.
// The choices are recorded in docs/decisions/0014-remedies.md.

// Mirrors the Prisma enums (lib/ must not import the database client).
export const COMMITMENT_MEASURES = ["ACCEPT", "ACCEPT_SPECIAL", "RESPOND_MAJOR", "RESPOND_GENERAL", "RESTORE_NETWORK", "RESTORE_BUSINESS", "COMPLAINT_REPLY"] as const;
export type CommitmentMeasure = (typeof COMMITMENT_MEASURES)[number];
export const REMEDY_KINDS = ["CREDIT", "FEE_WAIVER"] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_STATUSES = ["PROPOSED", "APPROVED", "REJECTED"] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];
export type IncidentKind = "NETWORK" | "BUSINESS";

/** The most waiver days a rule may give: a whole month's fee. */
export const MAX_WAIVER_DAYS = 31;

/**
 * Which commitment a breached clock broke: acceptance (the special-case promise for a special
 * request); a fault's response and restore by level (1 major / network, 2 general / business); a
 * complaint's statutory reply. Any other clock (a consultation's answer, an opening's appointment,
 * a level-3 fault) carries no published commitment and so no remedy.
 */
export function measureOfBreach(clock: ClockName | string, r: { type: RequestType; level: number; special: boolean }): CommitmentMeasure | null {
  if (clock === "acceptBy") return r.special ? "ACCEPT_SPECIAL" : "ACCEPT";
  if (r.type === "FAULT_REPAIR" && clock === "respondBy") return r.level === 1 ? "RESPOND_MAJOR" : r.level === 2 ? "RESPOND_GENERAL" : null;
  if (r.type === "FAULT_REPAIR" && clock === "resolveBy") return r.level === 1 ? "RESTORE_NETWORK" : r.level === 2 ? "RESTORE_BUSINESS" : null;
  if (r.type === "COMPLAINT" && clock === "resolveBy") return "COMPLAINT_REPLY";
  return null;
}

/** A restore measure: a fault linked to an incident gets none of these (the incident's remedy covers the line). */
export function isRestoreMeasure(measure: CommitmentMeasure): boolean {
  return measure === "RESTORE_NETWORK" || measure === "RESTORE_BUSINESS";
}

/** The commitment an incident of this kind is measured against. */
export function incidentMeasure(kind: IncidentKind): CommitmentMeasure {
  return kind === "NETWORK" ? "RESTORE_NETWORK" : "RESTORE_BUSINESS";
}

/** Whether a restored incident broke its commitment: it lasted longer than the target (exactly the target is kept). */
export function incidentBrokeCommitment(incident: { startedAt: Date; restoredAt: Date | null }, targetMinutes: number): boolean {
  if (!incident.restoredAt) return false;
  return incident.restoredAt.getTime() - incident.startedAt.getTime() > targetMinutes * 60_000;
}

/**
 * A fee waiver in fen: the monthly fee × waiver days ÷ the days of `month` (China time), rounded
 * half up to the whole fen (Math.round on a non-negative amount), never more than the whole fee.
 */
export function feeWaiverFen(monthlyFeeFen: number, waiverDays: number, month: string): number {
  const days = Math.min(Math.max(0, waiverDays), daysInMonth(month));
  return Math.round((Math.max(0, monthlyFeeFen) * days) / daysInMonth(month));
}

/** What a rule gives, in fen, computed once when the remedy is proposed (a later rule edit does not change it). */
export function remedyAmountFen(rule: { kind: RemedyKind; amountFen: number; waiverDays: number }, monthlyFeeFen: number | null, month: string): number {
  if (rule.kind === "CREDIT") return Math.max(0, rule.amountFen);
  return monthlyFeeFen === null ? 0 : feeWaiverFen(monthlyFeeFen, rule.waiverDays, month);
}

/** One proposal per request and measure … */
export function requestDedupeKey(requestId: string, measure: CommitmentMeasure): string {
  return `request:${requestId}:${measure}`;
}

/** … and one per incident and affected line. */
export function incidentDedupeKey(incidentId: string, lineId: string): string {
  return `incident:${incidentId}:${lineId}`;
}

export type BillSlot = { month: string; status: "DUE" | "PAID" | "OVERDUE" };

/**
 * The bill an approved remedy is credited on: the line's bill of the month it is approved in
 * (China time) while that bill is unpaid, or — when it does not exist yet — that bill created
 * (DUE) with the credit; when it is already paid, the next month's on the same terms, and so on.
 * `create` says the bill must be created.
 */
export function remedyBillMonth(approvedAt: Date, bills: readonly BillSlot[]): { month: string; create: boolean } {
  const byMonth = new Map(bills.map((b) => [b.month, b.status]));
  let month = cstMonthKey(approvedAt);
  // Bounded: only months with a PAID bill are skipped, and there are finitely many.
  for (let i = 0; i <= bills.length; i += 1) {
    const status = byMonth.get(month);
    if (status === undefined) return { month, create: true };
    if (status !== "PAID") return { month, create: false };
    month = addMonths(month, 1);
  }
  return { month, create: !byMonth.has(month) };
}

/** Yuan as typed in the rule form ("5", "5.5", "5.00") → fen; null when it is not such an amount. */
export function yuanToFen(value: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Fen → the form's yuan text ("5.00"). */
export function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}
