import { businessMsBetween, type BusinessCalendar } from "./business-calendar";
import type { RequestStatus, RequestType } from "./roles";

// Measured compliance with the published commitments (服务承诺, issue 6): which cases count for
// each measure, whether each was met, how long it took, and the figures over a window. Pure, so
// the figures on /commitments can be checked against hand-computed fixtures. The rules are
// docs/decisions/0013-measured-compliance.md; in short:
// - a case is one promised clock of one request (accept-by, respond-by, resolve-by) or one outage;
// - it is met when it was met by its stored deadline (which already carries the business calendar
//   and every pause), breached when it was met late or is still open past its deadline;
// - it belongs to the window in which its outcome became known: the moment it was met when in
//   time, its deadline when breached, and now when it is excluded as still running;
// - time taken runs the way the clock runs: working time on the calendar for calendar clocks,
//   wall time otherwise, minus the time spent waiting for the customer (not for the statutory
//   complaint reply, which runs whatever happens).

export const COMMITMENT_MEASURES = ["ACCEPT", "ACCEPT_SPECIAL", "RESPOND_MAJOR", "RESPOND_GENERAL", "RESTORE_NETWORK", "RESTORE_BUSINESS", "COMPLAINT_REPLY"] as const;
export type CommitmentMeasure = (typeof COMMITMENT_MEASURES)[number];

/** The windows the figures are computed for, in days. */
export const COMPLIANCE_WINDOWS = [30, 90] as const;
export type ComplianceWindow = (typeof COMPLIANCE_WINDOWS)[number];

/** Why a case is not counted. */
export const EXCLUSION_REASONS = ["notYetDue", "paused", "withdrawn", "returned", "closed", "linkedToIncident", "complaint"] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export type Interval = { from: Date; to: Date | null };

/** One promised clock of one case. */
export type ClockCase = {
  /** When the clock started (the request was made, the outage began). */
  startAt: Date;
  deadline: Date;
  metAt: Date | null;
  /** Ended without being met (withdrawn, returned, closed), and when. */
  stopped: { reason: "withdrawn" | "returned" | "closed"; at: Date } | null;
  /** Waiting for the customer since (the deadline moves when they answer); null when running. */
  pausedAt: Date | null;
  /** Every pause, to leave out of the time taken; an open one has no end. */
  pauses: Interval[];
  /** The calendar the clock runs on; null for 24×7. */
  calendar: BusinessCalendar | null;
  /** Counted elsewhere: a fault report linked to an announced outage, a complaint's acceptance. */
  excludedAs?: "linkedToIncident" | "complaint";
};

export type Outcome =
  | { kind: "met" | "breached"; at: Date; takenMs: number }
  | { kind: "excluded"; reason: ExclusionReason; at: Date };

function clockMs(c: ClockCase, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  return c.calendar ? businessMsBetween(c.calendar, from, to) : to.getTime() - from.getTime();
}

/** Time the clock ran from its start to `end`: working or wall time, pauses left out. */
export function timeTaken(c: ClockCase, end: Date): number {
  let ms = clockMs(c, c.startAt, end);
  for (const p of c.pauses) {
    const from = new Date(Math.max(p.from.getTime(), c.startAt.getTime()));
    const to = new Date(Math.min((p.to ?? end).getTime(), end.getTime()));
    ms -= clockMs(c, from, to);
  }
  return Math.max(0, ms);
}

/** What became of a case, and when that became known (see the header). */
export function outcomeOf(c: ClockCase, now: Date): Outcome {
  const result = decide(c, now);
  if (c.excludedAs) return { kind: "excluded", reason: c.excludedAs, at: result.at };
  return result;
}

function decide(c: ClockCase, now: Date): Outcome {
  const deadline = c.deadline.getTime();
  if (c.metAt) {
    const inTime = c.metAt.getTime() <= deadline;
    return { kind: inTime ? "met" : "breached", at: inTime ? c.metAt : c.deadline, takenMs: timeTaken(c, c.metAt) };
  }
  if (c.stopped) {
    // Overdue before it was withdrawn: the promise was already broken.
    if (c.stopped.at.getTime() > deadline) return { kind: "breached", at: c.deadline, takenMs: timeTaken(c, c.stopped.at) };
    return { kind: "excluded", reason: c.stopped.reason, at: c.stopped.at };
  }
  // Paused before its deadline: the deadline moves when the customer answers, so nothing is decided.
  if (c.pausedAt && c.pausedAt.getTime() <= deadline) return { kind: "excluded", reason: "paused", at: now };
  if (deadline > now.getTime()) return { kind: "excluded", reason: "notYetDue", at: now };
  // Still open past its deadline: breached, and it has taken at least this long so far.
  return { kind: "breached", at: c.deadline, takenMs: timeTaken(c, now) };
}

export type ComplianceFigures = {
  cases: number;
  met: number;
  medianMinutes: number | null;
  worstMinutes: number | null;
  excluded: Partial<Record<ExclusionReason, number>>;
  excludedTotal: number;
};

/** The median of whole minutes; the mean of the two middle ones for an even count, rounded. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * The figures of a measure over the `days` up to `now`: the cases whose outcome became known in
 * [now − days, now] (both ends included), how many were met, the median and worst time taken
 * (whole minutes, rounded), and the excluded cases by reason.
 */
export function computeFigures(cases: ClockCase[], days: number, now: Date): ComplianceFigures {
  const from = now.getTime() - days * DAY_MS;
  const minutes: number[] = [];
  const excluded: Partial<Record<ExclusionReason, number>> = {};
  let met = 0;
  let excludedTotal = 0;
  for (const c of cases) {
    const o = outcomeOf(c, now);
    const at = o.at.getTime();
    if (at < from || at > now.getTime()) continue;
    if (o.kind === "excluded") {
      excluded[o.reason] = (excluded[o.reason] ?? 0) + 1;
      excludedTotal += 1;
      continue;
    }
    if (o.kind === "met") met += 1;
    minutes.push(Math.round(o.takenMs / MINUTE_MS));
  }
  // Not Math.max(...minutes): a large window (hundreds of thousands of cases) overflows the stack.
  return { cases: minutes.length, met, medianMinutes: median(minutes), worstMinutes: minutes.length ? minutes.reduce((a, b) => Math.max(a, b)) : null, excluded, excludedTotal };
}

/**
 * Met share in per cent, rounded DOWN to one decimal (99.96 % shows 99.9, never 100); null when
 * nothing was counted — "no cases", never 100 % of nothing.
 */
export function metPercent(met: number, cases: number): number | null {
  if (cases <= 0) return null;
  return Math.floor((met * 1000) / cases) / 10;
}

/** How the figure reads: every counted case met, some missed, or nothing to count. */
export function complianceTone(met: number, cases: number): "kept" | "missed" | "none" {
  if (cases <= 0) return "none";
  return met === cases ? "kept" : "missed";
}

// ---- Which cases each measure counts -------------------------------------------------------

export type ClockCalendars = { accept: BusinessCalendar | null; respond: BusinessCalendar | null; resolve: BusinessCalendar | null };

/** A request as the compliance job reads it. */
export type RequestCaseRow = {
  type: RequestType;
  status: RequestStatus;
  level: number;
  special: boolean;
  incidentId: string | null;
  createdAt: Date;
  acceptBy: Date;
  acceptedAt: Date | null;
  respondBy: Date | null;
  respondedAt: Date | null;
  resolveBy: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  clockPausedAt: Date | null;
  pauses: Interval[];
  calendars: ClockCalendars;
};

const STOPPED: Partial<Record<RequestStatus, "withdrawn" | "returned" | "closed">> = { WITHDRAWN: "withdrawn", RETURNED: "returned", CLOSED: "closed" };

function requestClock(r: RequestCaseRow, deadline: Date, metAt: Date | null, calendar: BusinessCalendar | null, statutory = false): ClockCase {
  const reason = STOPPED[r.status];
  return {
    startAt: r.createdAt,
    deadline,
    metAt,
    stopped: !metAt && reason ? { reason, at: r.closedAt ?? r.createdAt } : null,
    // The statutory reply deadline runs whatever happens: no pause moves it or shortens its time.
    pausedAt: statutory ? null : r.clockPausedAt,
    pauses: statutory ? [] : r.pauses,
    calendar,
  };
}

/** The measures a request counts in, each with its clock. */
export function requestCases(r: RequestCaseRow): Array<{ measure: CommitmentMeasure; clock: ClockCase }> {
  const out: Array<{ measure: CommitmentMeasure; clock: ClockCase }> = [];
  const accept = requestClock(r, r.acceptBy, r.acceptedAt, r.calendars.accept);
  // A complaint's acceptance (48 h, the complaint team) is not the 24-hour promise; its reply is measured.
  out.push({ measure: r.special ? "ACCEPT_SPECIAL" : "ACCEPT", clock: r.type === "COMPLAINT" ? { ...accept, excludedAs: "complaint" } : accept });
  const fault = r.type === "FAULT_REPAIR" && (r.level === 1 || r.level === 2);
  const linked = r.incidentId ? ({ excludedAs: "linkedToIncident" } as const) : {};
  if (fault && r.respondBy) {
    out.push({ measure: r.level === 1 ? "RESPOND_MAJOR" : "RESPOND_GENERAL", clock: { ...requestClock(r, r.respondBy, r.respondedAt, r.calendars.respond), ...linked } });
  }
  if (fault && r.resolveBy) {
    out.push({ measure: r.level === 1 ? "RESTORE_NETWORK" : "RESTORE_BUSINESS", clock: { ...requestClock(r, r.resolveBy, r.resolvedAt, r.calendars.resolve), ...linked } });
  }
  if (r.type === "COMPLAINT" && r.resolveBy) {
    out.push({ measure: "COMPLAINT_REPLY", clock: requestClock(r, r.resolveBy, r.resolvedAt, null, true) });
  }
  return out;
}

export type IncidentCaseRow = { kind: "NETWORK" | "BUSINESS"; startedAt: Date; restoredAt: Date | null };

/** An outage as a case of its restore measure: due the commitment's target after it began, 24×7. */
export function incidentCase(i: IncidentCaseRow, targetMinutes: number): { measure: CommitmentMeasure; clock: ClockCase } {
  return {
    measure: i.kind === "NETWORK" ? "RESTORE_NETWORK" : "RESTORE_BUSINESS",
    clock: { startAt: i.startedAt, deadline: new Date(i.startedAt.getTime() + targetMinutes * MINUTE_MS), metAt: i.restoredAt, stopped: null, pausedAt: null, pauses: [], calendar: null },
  };
}

/** Pauses from a request's timeline: each requestInfo opens one, the next provideInfo closes it. */
export function pausesFromEvents(events: Array<{ kind: string; createdAt: Date }>): Interval[] {
  const out: Interval[] = [];
  for (const e of [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const open = out.at(-1);
    if (e.kind === "requestInfo" && (!open || open.to)) out.push({ from: e.createdAt, to: null });
    else if (e.kind === "provideInfo" && open && !open.to) open.to = e.createdAt;
  }
  return out;
}
