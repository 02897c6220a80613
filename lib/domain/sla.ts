import type { RequestStatus, RequestType } from "./roles";
import { ENDED_STATUSES } from "./request-status";
import { HOUR_MS } from "./time";
import { addBusinessHours, type BusinessCalendar } from "./business-calendar";
import { CN_STANDARD } from "./cn-calendar";
import { COMPLAINT_REPLY_DAYS, DEFAULT_POLICIES, type ByLevel, type RequestLevel, type SlaPolicyRules } from "./sla-policy";

// Promised time limits (R1.4, R2.1, R3.2). The hours come from the request's SLA policy version
// (lib/domain/sla-policy.ts, admin-editable, versioned); how each deadline is set per type — hours,
// or the date the customer chose — and which deadline is statutory stay here, in SLA_TABLE.
// Deadlines are computed when a request is created (or its level changes), stored on the request,
// and every "breached" is derived from them. A pause (waiting for the customer) moves the unmet
// ones by its length, in business time for the clocks that run on the calendar.
// The choices are recorded in docs/decisions/0005-promised-clocks.md and 0012-sla-engine.md.
export { COMPLAINT_REPLY_DAYS, type RequestLevel };
export const ACCEPT_WITHIN_HOURS = DEFAULT_POLICIES.CONSULTATION.acceptHours;
export const ACCEPT_WITHIN_HOURS_SPECIAL = DEFAULT_POLICIES.CONSULTATION.acceptHoursSpecial;

/**
 * How the resolve-by deadline is set: the policy's hours by level, or the date the customer
 * chose (the end of an appointment window, the end of the effective day of a suspension), or
 * the policy's hours when the customer chose no date.
 */
export type ResolveKind = "hours" | "chosenDate" | "chosenDateOrHours" | null;
export type ResolveRule =
  | { by: "hours"; hours: ByLevel }
  | { by: "chosenDate" }
  | { by: "chosenDateOrHours"; hours: ByLevel }
  | null;

export type SlaRow = {
  /** First response (首次响应), in hours by level (the default policy's); null when the type promises none. */
  respondHours: ByLevel | null;
  /** Whether accepting counts as the first response (a fault: the agent's acceptance call). */
  acceptIsResponse: boolean;
  resolve: ResolveRule;
  /**
   * The resolve-by deadline is a statutory reply deadline (a complaint's 15 days, 《电信用户申诉处理办法》):
   * it runs from receipt whatever happens, so waiting for the customer does not move it, and the
   * first reply meets it for good (a reply the customer rejects was still a reply in time).
   */
  resolveStatutory?: boolean;
};

const RESOLVE_KIND: Record<RequestType, ResolveKind> = {
  // 业务开通: done by the end of the appointment window the customer chose.
  SERVICE_OPENING: "chosenDate",
  // 故障报修: restored within the policy's hours by level.
  FAULT_REPAIR: "hours",
  // 业务变更: within the policy's hours; a suspension or resumption by the end of its effective date.
  BUSINESS_CHANGE: "chosenDateOrHours",
  // 咨询: the answer is the response; no resolve-by.
  CONSULTATION: null,
  // 套餐调整: accepted by the system at once; done by its effective date (the next billing cycle).
  PLAN_CHANGE: "chosenDate",
  // 投诉: the reply (反馈) within 15 days of receipt, by law; never paused.
  COMPLAINT: "hours",
  // 销户: completed (line ended, settlement fixed, notice sent) within the policy's hours.
  TERMINATION: "hours",
};

function ruleOf(kind: ResolveKind, hours: ByLevel | null): ResolveRule {
  if (kind === "chosenDate") return { by: "chosenDate" };
  if ((kind === "hours" || kind === "chosenDateOrHours") && hours) return { by: kind, hours };
  return null;
}

/** The rule kinds with the default policy's hours (version 0). */
export const SLA_TABLE: Record<RequestType, SlaRow> = Object.fromEntries(
  (Object.keys(RESOLVE_KIND) as RequestType[]).map((type) => [
    type,
    {
      respondHours: DEFAULT_POLICIES[type].respondHours,
      acceptIsResponse: type === "FAULT_REPAIR",
      resolve: ruleOf(RESOLVE_KIND[type], DEFAULT_POLICIES[type].resolveHours),
      ...(type === "COMPLAINT" ? { resolveStatutory: true } : {}),
    },
  ]),
) as Record<RequestType, SlaRow>;

/** Which resolve-by rule a type follows (the policy editor shows the hours only where they apply). */
export function resolveKindOf(type: RequestType): ResolveKind {
  return RESOLVE_KIND[type];
}

/** Fault response: level 1 (major) 1 h, level 2 (general) 2 h, level 3 (minor) 24 h. */
export const FAULT_RESPOND_WITHIN_HOURS: ByLevel = SLA_TABLE.FAULT_REPAIR.respondHours!;

export type Deadlines = { acceptBy: Date; respondBy: Date | null; resolveBy: Date | null };

/** A request's promised clocks: each deadline, when it was met, and since when they are paused. */
export type ClockTimes = Deadlines & {
  acceptedAt: Date | null;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  clockPausedAt: Date | null;
};

export function computeDeadlines(input: {
  type: RequestType;
  level: RequestLevel;
  special: boolean;
  createdAt: Date;
  /** The date the customer chose, where the type uses one (see ResolveRule). */
  chosenDate?: Date | null;
  /** The request's policy version; the built-in defaults (version 0) when omitted. */
  policy?: SlaPolicyRules;
  /** The policy's business calendar, for the clocks that run on it; CN-STANDARD when omitted. */
  calendar?: BusinessCalendar;
}): Deadlines {
  const policy = input.policy ?? DEFAULT_POLICIES[input.type];
  const calendar = input.calendar ?? CN_STANDARD;
  const start = input.createdAt;
  const after = (hours: number, business: boolean) => (business ? addBusinessHours(calendar, start, hours) : new Date(start.getTime() + hours * HOUR_MS));
  const acceptBy = after(input.special ? policy.acceptHoursSpecial : policy.acceptHours, policy.acceptOnCalendar);
  const respondBy = policy.respondHours ? after(policy.respondHours[input.level], policy.respondOnCalendar) : null;
  const rule = ruleOf(RESOLVE_KIND[input.type], policy.resolveHours);
  const chosen = input.chosenDate ? new Date(input.chosenDate) : null;
  let resolveBy: Date | null = null;
  if (rule?.by === "hours") resolveBy = after(rule.hours[input.level], policy.resolveOnCalendar);
  else if (rule?.by === "chosenDateOrHours") resolveBy = chosen ?? after(rule.hours[input.level], policy.resolveOnCalendar);
  else if (rule?.by === "chosenDate") {
    if (!chosen) throw new RangeError(`${input.type} needs the date the customer chose`);
    resolveBy = chosen;
  }
  return { acceptBy, respondBy, resolveBy };
}

export type ClockState =
  | { state: "running"; remainingMs: number; deadline: Date }
  | { state: "breached"; overdueMs: number; deadline: Date }
  | { state: "met"; metAt: Date; deadline: Date; late: boolean }
  | { state: "paused"; remainingMs: number; pausedAt: Date; deadline: Date }
  | { state: "stopped"; deadline: Date };

/**
 * The state of one promised clock at `now`. A clock stops (without being met) when the request
 * ends in a way that makes it moot (withdrawn, returned, closed). While the request waits for the
 * customer it is paused: the time left is frozen at the pause (negative when it was already
 * overdue), and the deadline moves by the pause when the customer answers.
 */
export function clockState(deadline: Date, metAt: Date | null, now: Date, stopped = false, pausedAt: Date | null = null): ClockState {
  if (metAt) return { state: "met", metAt, deadline, late: metAt.getTime() > deadline.getTime() };
  if (stopped) return { state: "stopped", deadline };
  if (pausedAt) return { state: "paused", remainingMs: deadline.getTime() - pausedAt.getTime(), pausedAt, deadline };
  const left = deadline.getTime() - now.getTime();
  return left >= 0
    ? { state: "running", remainingMs: left, deadline }
    : { state: "breached", overdueMs: -left, deadline };
}

/** Splits a duration into whole days, hours and minutes (rounded down to the minute). */
export function splitDuration(ms: number) {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

export type ClockName = "acceptBy" | "respondBy" | "resolveBy";

/** The deadlines not met yet, nearest first (paused or not). */
export function unmetDeadlines(c: ClockTimes): Array<{ clock: ClockName; at: Date }> {
  const out: Array<{ clock: ClockName; at: Date }> = [];
  if (!c.acceptedAt) out.push({ clock: "acceptBy", at: c.acceptBy });
  if (c.respondBy && !c.respondedAt) out.push({ clock: "respondBy", at: c.respondBy });
  if (c.resolveBy && !c.resolvedAt) out.push({ clock: "resolveBy", at: c.resolveBy });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * What the staff queue sorts by (ServiceRequest.dueAt): the nearest unmet deadline while the
 * clocks run (a statutory one even while paused); null otherwise. The database keeps the column
 * with a trigger (migrations 20261128164215_queue_due_at, 20261128182000_statutory_due_at); an integration test holds the two to the same rule.
 */
export function queueDueAt(c: ClockTimes, status: RequestStatus, type: RequestType): Date | null {
  if (ENDED_STATUSES.includes(status)) return null;
  // A statutory deadline runs on while the others wait for the customer.
  if (c.clockPausedAt) return SLA_TABLE[type].resolveStatutory && c.resolveBy && !c.resolvedAt ? c.resolveBy : null;
  return unmetDeadlines(c)[0]?.at ?? null;
}
