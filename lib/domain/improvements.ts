import { METRICS, type MetricKey, type MetricScope, type MetricUnit, type ScopeField } from "./metrics";
import { cstParts } from "./time";

// Improvement projects (服务改进项目库, issue 7), run as PDCA: Plan (the problem, its metric and
// scope, a target and a computed baseline), Do (actions with owners and due dates), Check (the
// metric over the after-period against the baseline), Act (standardise, or iterate into the next
// cycle). Pure rules shared by the DAL, the pages and the demo seed.

export const IMPROVEMENT_STATUSES = ["PLAN", "DO", "CHECK", "ACT", "CLOSED", "CANCELLED"] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_DECISIONS = ["STANDARDISE", "ITERATE"] as const;
export type ImprovementDecision = (typeof IMPROVEMENT_DECISIONS)[number];
/** The statuses a staff member moves a project to by hand (CLOSED comes from the Act decision). */
export const MOVE_TARGETS = ["DO", "CHECK", "ACT", "CANCELLED"] as const;
export type MoveTarget = (typeof MOVE_TARGETS)[number];

const DAY_MS = 24 * 3_600_000;
/** The default baseline: the last 90 days. */
export const BASELINE_DAYS = 90;

// ---- Codes -------------------------------------------------------------------------------------

/** IMP + yyyyMM (China Standard Time) + a 3-digit sequence of that month. */
export const IMPROVEMENT_CODE_PATTERN = /^IMP\d{6}\d{3}$/;
export const IMPROVEMENT_MAX_PER_MONTH = 999;

function cstMonthDigits(at: Date): string {
  const { year, month } = cstParts(at);
  return `${year}${String(month).padStart(2, "0")}`;
}

/** The SrnCounter row a month's project sequence lives in ("IMP:202611"). */
export function improvementCounterKey(at: Date): string {
  return `IMP:${cstMonthDigits(at)}`;
}

export function formatImprovementCode(at: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > IMPROVEMENT_MAX_PER_MONTH) throw new RangeError(`improvement sequence out of range: ${sequence}`);
  return `IMP${cstMonthDigits(at)}${String(sequence).padStart(3, "0")}`;
}

/** Accepts what people type: spaces and lower case are forgiven. */
export function normalizeImprovementCode(input: string): string | null {
  const value = input.replace(/\s+/g, "").toUpperCase();
  return IMPROVEMENT_CODE_PATTERN.test(value) ? value : null;
}

// ---- Quarters ----------------------------------------------------------------------------------

/** The quarter of an instant in China time: "2026-Q4". */
export function quarterOf(at: Date): string {
  const { year, month } = cstParts(at);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

// ---- Status moves ------------------------------------------------------------------------------

export type ImprovementRuleError = "illegalMove" | "closed" | "noCheck" | "notInAct" | "noCheckYet" | "reasonRequired" | "periodOrder";

/**
 * The PDCA order: PLAN → DO → CHECK → ACT, then CLOSED by the Act decision. A project not yet
 * closed may be CANCELLED (with a reason). Nothing moves backwards or skips a stage.
 */
export function canMove(from: ImprovementStatus, to: ImprovementStatus): boolean {
  if (from === "CLOSED" || from === "CANCELLED") return false;
  if (to === "CANCELLED") return true;
  const order: ImprovementStatus[] = ["PLAN", "DO", "CHECK", "ACT"];
  const i = order.indexOf(from);
  return i >= 0 && order[i + 1] === to;
}

/** The next PDCA stage of a project (null when it is in ACT, closed or cancelled). */
export function nextStage(status: ImprovementStatus): "DO" | "CHECK" | "ACT" | null {
  return status === "PLAN" ? "DO" : status === "DO" ? "CHECK" : status === "CHECK" ? "ACT" : null;
}

/** Open: still being worked (actions, links, reviews, owner changes allowed). */
export function isOpen(status: ImprovementStatus): boolean {
  return status !== "CLOSED" && status !== "CANCELLED";
}

// ---- Periods -----------------------------------------------------------------------------------

export type Period = { from: Date; to: Date };

/** The default baseline period: the 90 days up to now. */
export function defaultBaselinePeriod(now: Date): Period {
  return { from: new Date(now.getTime() - BASELINE_DAYS * DAY_MS), to: now };
}

/** The default after-period of the Check: from when Do started (else the baseline's end) until now. */
export function defaultCheckPeriod(doStartedAt: Date | null, baselineTo: Date, now: Date): Period {
  const from = doStartedAt ?? baselineTo;
  return { from, to: now.getTime() > from.getTime() ? now : new Date(from.getTime() + 1) };
}

/** An action not done whose due date has passed. */
export function isOverdue(action: { dueAt: Date; doneAt: Date | null }, now: Date): boolean {
  return !action.doneAt && action.dueAt.getTime() < now.getTime();
}

// ---- Scope -------------------------------------------------------------------------------------

/** Keeps only the scope fields the metric accepts, trimmed and non-empty. */
export function scopeFor(key: MetricKey, raw: Partial<Record<ScopeField, string | null | undefined>>): MetricScope {
  const out: MetricScope = {};
  for (const field of METRICS[key].scope) {
    const value = raw[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** The stored scope JSON, read back (unknown fields dropped). */
export function parseScope(key: MetricKey, value: unknown): MetricScope {
  return value && typeof value === "object" ? scopeFor(key, value as Record<ScopeField, string>) : {};
}

/** The hot-spot fields a reports page link carries (?metric=complaints&category=&area=&planCode=). */
export type Hotspot = { category?: string; area?: string; planCode?: string };

export function hotspotOf(scope: MetricScope): Hotspot | null {
  const out: Hotspot = {};
  if (scope.category) out.category = scope.category;
  if (scope.area) out.area = scope.area;
  if (scope.planCode) out.planCode = scope.planCode;
  return Object.keys(out).length ? out : null;
}

// ---- Display -----------------------------------------------------------------------------------

/** A metric value as people read it: 12, 66.7%, +33, 70.0 (null → "—"). */
export function formatMetricValue(unit: MetricUnit, value: number | null): string {
  if (value == null) return "—";
  switch (unit) {
    case "count":
      return String(Math.round(value));
    case "percent":
      return `${value.toFixed(1)}%`;
    case "nps":
      return value > 0 ? `+${Math.round(value)}` : String(Math.round(value));
    case "index":
      return value.toFixed(1);
  }
}

/** A delta with its sign (percent points as "pp"-free numbers; the page names the unit). */
export function formatDelta(unit: MetricUnit, delta: number | null): string {
  if (delta == null) return "—";
  const body = unit === "count" || unit === "nps" ? String(Math.abs(Math.round(delta))) : Math.abs(delta).toFixed(1);
  return `${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${body}`;
}
