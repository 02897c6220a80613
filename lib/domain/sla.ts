import type { RequestStatus, RequestType } from "./roles";
import { ENDED_STATUSES } from "./request-status";
import { HOUR_MS } from "./time";

// Promised time limits (R1.4, R2.1, R3.2), one row per request type. Deadlines are computed once,
// stored on the request, and every "breached" is derived from them. A request keeps the deadlines
// it was created with; a pause (waiting for the customer) moves the unmet ones by its length.
// The choices are recorded in docs/decisions/0005-promised-clocks.md.
export const ACCEPT_WITHIN_HOURS = 24;
export const ACCEPT_WITHIN_HOURS_SPECIAL = 48;

/** 《电信用户申诉处理办法》: the operator replies to a complaint within 15 days of receiving it. */
export const COMPLAINT_REPLY_DAYS = 15;

export type RequestLevel = 1 | 2 | 3;
type ByLevel = Record<RequestLevel, number>;

/**
 * How the resolve-by deadline is set: a number of hours by level, or the date the customer
 * chose (the end of an appointment window, the end of the effective day of a suspension), or
 * the hours when the customer chose no date.
 */
export type ResolveRule =
  | { by: "hours"; hours: ByLevel }
  | { by: "chosenDate" }
  | { by: "chosenDateOrHours"; hours: ByLevel }
  | null;

export type SlaRow = {
  /** First response (首次响应), in hours by level; null when the type promises none. */
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

const same = (h: number): ByLevel => ({ 1: h, 2: h, 3: h });

export const SLA_TABLE: Record<RequestType, SlaRow> = {
  // 业务开通: done by the end of the appointment window the customer chose.
  SERVICE_OPENING: { respondHours: null, acceptIsResponse: false, resolve: { by: "chosenDate" } },
  // 故障报修: R3.2 — major faults answered within 1 h, general within 2 h; repaired within 4/24/72 h.
  FAULT_REPAIR: { respondHours: { 1: 1, 2: 2, 3: 24 }, acceptIsResponse: true, resolve: { by: "hours", hours: { 1: 4, 2: 24, 3: 72 } } },
  // 业务变更: 48 h; a suspension or resumption by the end of its effective date.
  BUSINESS_CHANGE: { respondHours: null, acceptIsResponse: false, resolve: { by: "chosenDateOrHours", hours: same(48) } },
  // 咨询: answered within 24 h; the answer (or a question back) is the response.
  CONSULTATION: { respondHours: same(24), acceptIsResponse: false, resolve: null },
  // 套餐调整: accepted by the system at once; done by its effective date (the next billing cycle).
  PLAN_CHANGE: { respondHours: null, acceptIsResponse: false, resolve: { by: "chosenDate" } },
  // 投诉: the reply (反馈) within 15 days of receipt, by law (《电信用户申诉处理办法》); never paused.
  COMPLAINT: { respondHours: null, acceptIsResponse: false, resolve: { by: "hours", hours: same(COMPLAINT_REPLY_DAYS * 24) }, resolveStatutory: true },
  // 销户: completed (line ended, settlement fixed, notice sent) within 48 h of the confirmed request.
  TERMINATION: { respondHours: null, acceptIsResponse: false, resolve: { by: "hours", hours: same(48) } },
};

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
}): Deadlines {
  const row = SLA_TABLE[input.type];
  const start = input.createdAt.getTime();
  const after = (hours: number) => new Date(start + hours * HOUR_MS);
  const acceptBy = after(input.special ? ACCEPT_WITHIN_HOURS_SPECIAL : ACCEPT_WITHIN_HOURS);
  const respondBy = row.respondHours ? after(row.respondHours[input.level]) : null;
  const rule = row.resolve;
  const chosen = input.chosenDate ? new Date(input.chosenDate) : null;
  let resolveBy: Date | null = null;
  if (rule?.by === "hours") resolveBy = after(rule.hours[input.level]);
  else if (rule?.by === "chosenDateOrHours") resolveBy = chosen ?? after(rule.hours[input.level]);
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
