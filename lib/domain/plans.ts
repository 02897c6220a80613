import type { RequestStatus, RequestType, ServiceKind } from "./roles";
import { addMonths, cstMonthKey, cstMonthStart, nextCstMonthStart } from "./time";

// 套餐: what a plan includes, whether it would have covered a month's usage, the cheapest plan
// that would have covered the last three months, and the rules of a plan change (套餐调整):
// it takes effect at the start of the next billing cycle (the calendar month, China time), and
// during a contract term (合约期) only to a plan whose monthly fee is at least the current one.
// Money in fen throughout.

export type PlanTerms = {
  code: string;
  kind: ServiceKind;
  monthlyFeeFen: number;
  /** Allowances per month; null = unlimited or not applicable. */
  dataMb: number | null;
  voiceMinutes: number | null;
  smsCount: number | null;
  /** Broadband line speed, cloud bandwidth; null = not applicable. */
  speedMbps: number | null;
  contractMonths: number;
  active?: boolean;
};

/** One billing cycle's usage on a line ("2026-11"). */
export type MonthUsage = { month: string; dataMb: number; voiceMinutes: number; smsCount: number };

/** How many full months a recommendation looks back on. */
export const RECOMMENDATION_MONTHS = 3;
/** How many months the usage chart shows (the current, partial one included). */
export const CHART_MONTHS = 6;

const within = (allowance: number | null, used: number) => allowance === null || used <= allowance;

/**
 * Whether `plan` would have covered one month's usage of a line that is on `current`. Mobile and
 * IoT plans by their allowances (null = unlimited or not applicable); broadband by line speed (at
 * least the current one: usage records do not measure the speed a household needs); cloud by tier
 * (a cloud server's load is not in the usage records, so only the same or a larger tier — by fee —
 * covers it). A plan of another kind never covers.
 */
export function coversUsage(plan: PlanTerms, usage: MonthUsage, current: PlanTerms): boolean {
  if (plan.kind !== current.kind) return false;
  switch (plan.kind) {
    case "MOBILE":
    case "IOT":
      return within(plan.dataMb, usage.dataMb) && within(plan.voiceMinutes, usage.voiceMinutes) && within(plan.smsCount, usage.smsCount);
    case "BROADBAND":
      return plan.speedMbps === null || plan.speedMbps >= (current.speedMbps ?? 0);
    case "CLOUD":
      return plan.monthlyFeeFen >= current.monthlyFeeFen;
  }
}

/** The last `count` full billing cycles before the one `now` is in, oldest first. */
export function fullMonthsBefore(now: Date, count: number): string[] {
  const current = cstMonthKey(now);
  return Array.from({ length: count }, (_, i) => addMonths(current, i - count));
}

/** The months of the usage chart: the last five full cycles and the current one, oldest first. */
export function chartMonths(now: Date): string[] {
  return [...fullMonthsBefore(now, CHART_MONTHS - 1), cstMonthKey(now)];
}

/** New monthly fee minus the current one, in fen (negative: the customer pays less). */
export function feeDifferenceFen(current: Pick<PlanTerms, "monthlyFeeFen">, target: Pick<PlanTerms, "monthlyFeeFen">): number {
  return target.monthlyFeeFen - current.monthlyFeeFen;
}

/** A plan change takes effect at 00:00 China time on the first day of the next billing cycle. */
export function planChangeEffectiveAt(now: Date): Date {
  return nextCstMonthStart(now);
}

/**
 * The end of the contract term a plan with a term starts when it takes effect (at the start of a
 * billing cycle): that many months later. An existing, later end is kept.
 */
export function contractEndsAt(effectiveAt: Date, contractMonths: number, current: Date | null = null): Date | null {
  if (contractMonths <= 0) return current;
  const ends = cstMonthStart(addMonths(cstMonthKey(effectiveAt), contractMonths));
  return current && current.getTime() > ends.getTime() ? current : ends;
}

/** The contract term still binds at `now`. */
export function inLockIn(lockInEndsAt: Date | null, now: Date): boolean {
  return !!lockInEndsAt && lockInEndsAt.getTime() > now.getTime();
}

export type ChangeRefusal = "samePlan" | "otherKind" | "inactive" | "lockIn";
export type ChangeCheck = { ok: true } | { ok: false; reason: ChangeRefusal };

/**
 * Whether a line on `current` may move to `target` now: another active plan of the same kind and,
 * while the contract term runs, a monthly fee at least the current one (a cheaper plan would
 * undo the discount the contract was signed for).
 */
export function checkPlanChange(input: { current: PlanTerms; target: PlanTerms; lockInEndsAt: Date | null; now: Date }): ChangeCheck {
  const { current, target } = input;
  if (target.code === current.code) return { ok: false, reason: "samePlan" };
  if (target.kind !== current.kind) return { ok: false, reason: "otherKind" };
  if (target.active === false) return { ok: false, reason: "inactive" };
  if (inLockIn(input.lockInEndsAt, input.now) && target.monthlyFeeFen < current.monthlyFeeFen) return { ok: false, reason: "lockIn" };
  return { ok: true };
}

export type Recommendation<P extends PlanTerms> = {
  plan: P;
  /** Monthly fee saved, in fen (always positive). */
  savingFen: number;
  /** The months the recommendation is based on (those with usage records), oldest first. */
  months: string[];
  /** Set when the contract term forbids the move until then. */
  blockedUntil: Date | null;
};

/**
 * 套餐推荐: the cheapest active plan of the same kind that would have covered every one of the
 * last three full months with usage records, when it is cheaper than the current plan; null when
 * there is no such plan or no usage to judge by. On equal fees the current plan wins (no change
 * to recommend). A move that the contract term forbids is still named, with the date it ends.
 */
export function recommendPlan<P extends PlanTerms>(input: { current: PlanTerms; plans: readonly P[]; usage: readonly MonthUsage[]; lockInEndsAt: Date | null; now: Date }): Recommendation<P> | null {
  const window = fullMonthsBefore(input.now, RECOMMENDATION_MONTHS);
  const used = input.usage.filter((u) => window.includes(u.month));
  if (!used.length) return null;
  let best: P | null = null;
  for (const plan of input.plans) {
    if (plan.active === false || plan.kind !== input.current.kind || plan.code === input.current.code) continue;
    if (!used.every((u) => coversUsage(plan, u, input.current))) continue;
    if (!best || plan.monthlyFeeFen < best.monthlyFeeFen || (plan.monthlyFeeFen === best.monthlyFeeFen && plan.code < best.code)) best = plan;
  }
  if (!best || best.monthlyFeeFen >= input.current.monthlyFeeFen) return null;
  return {
    plan: best,
    savingFen: input.current.monthlyFeeFen - best.monthlyFeeFen,
    months: used.map((u) => u.month).sort(),
    blockedUntil: inLockIn(input.lockInEndsAt, input.now) ? input.lockInEndsAt : null,
  };
}

/** What a PLAN_CHANGE request stores in its details (the plans as they were when it was made). */
export type PlanChangeDetails = {
  fromPlan: string;
  fromPlanName: string;
  fromPlanNameEn: string;
  toPlan: string;
  toPlanName: string;
  toPlanNameEn: string;
  /** ISO instant. */
  effectiveAt: string;
  feeDiffFen: number;
  newFeeFen: number;
};

/**
 * A plan change is driven by the system while it waits for its effective date (status ACCEPTED):
 * staff do not work it, the customer cancels it from 我的套餐 or its progress page, and the
 * apply-due-changes job resolves it. After that it is an ordinary resolved request.
 */
export function isSystemDriven(type: RequestType, status: RequestStatus): boolean {
  return type === "PLAN_CHANGE" && status === "ACCEPTED";
}

/** An amount of data for display: whole or one-decimal GB from 1 GB up, MB below. */
export function dataAmount(mb: number): { value: number; unit: "GB" | "MB" } {
  if (mb >= 1024) return { value: Math.round((mb / 1024) * 10) / 10, unit: "GB" };
  return { value: Math.round(mb), unit: "MB" };
}
