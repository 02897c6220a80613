import { businessMsBetween, type BusinessCalendar } from "./business-calendar";
import { HOUR_MS } from "./time";
import { onCalendar, type ClockKind, type RequestLevel, type SlaPolicyRules } from "./sla-policy";
import { SLA_TABLE, type ClockName } from "./sla";
import type { RequestStatus, RequestType } from "./roles";
import { ENDED_STATUSES } from "./request-status";

// When the SLA sweep (server/jobs/sla-sweep.ts) warns and escalates, derived from the stored
// deadlines only: a WARNING once warnAtPercent of a clock's allotted time has elapsed (business
// time for a clock on the calendar), a BREACH once its deadline has passed unmet. Each is sent
// once per clock and deadline (SlaAlert's unique key); a moved deadline may warn again.

export const CLOCK_KIND: Record<ClockName, ClockKind> = { acceptBy: "accept", respondBy: "respond", resolveBy: "resolve" };

export type AlertKind = "WARNING" | "BREACH";

export type SweptRequest = {
  type: RequestType;
  status: RequestStatus;
  level: number;
  special: boolean;
  createdAt: Date;
  acceptBy: Date;
  acceptedAt: Date | null;
  respondBy: Date | null;
  respondedAt: Date | null;
  resolveBy: Date | null;
  resolvedAt: Date | null;
  clockPausedAt: Date | null;
};

const levelOf = (level: number): RequestLevel => (level === 1 || level === 3 ? level : 2);

/**
 * The time a clock was given, in ms of its own kind of time: the policy's hours for the clock and
 * level, or — where the customer's date set the deadline — the wall time from creation to it.
 */
export function allottedMs(policy: SlaPolicyRules, clock: ClockName, r: Pick<SweptRequest, "level" | "special" | "createdAt">, deadline: Date): number {
  const level = levelOf(r.level);
  if (clock === "acceptBy") return (r.special ? policy.acceptHoursSpecial : policy.acceptHours) * HOUR_MS;
  if (clock === "respondBy" && policy.respondHours) return policy.respondHours[level] * HOUR_MS;
  if (clock === "resolveBy" && policy.resolveHours) return policy.resolveHours[level] * HOUR_MS;
  return Math.max(0, deadline.getTime() - r.createdAt.getTime());
}

/** The clocks that run now: unmet, on a request that has not ended, and not paused (a statutory one runs on). */
export function runningClocks(r: SweptRequest): Array<{ clock: ClockName; deadline: Date }> {
  if (ENDED_STATUSES.includes(r.status)) return [];
  const statutory = SLA_TABLE[r.type].resolveStatutory === true;
  const out: Array<{ clock: ClockName; deadline: Date }> = [];
  if (!r.clockPausedAt && !r.acceptedAt) out.push({ clock: "acceptBy", deadline: r.acceptBy });
  if (!r.clockPausedAt && r.respondBy && !r.respondedAt) out.push({ clock: "respondBy", deadline: r.respondBy });
  if ((!r.clockPausedAt || statutory) && r.resolveBy && !r.resolvedAt) out.push({ clock: "resolveBy", deadline: r.resolveBy });
  return out;
}

/**
 * The alert a running clock is due at `now`: BREACH past the deadline, WARNING once
 * warnAtPercent of its allotted time has elapsed, else none.
 */
export function alertDue(policy: SlaPolicyRules, calendar: BusinessCalendar, r: SweptRequest, clock: ClockName, deadline: Date, now: Date): AlertKind | null {
  if (now.getTime() > deadline.getTime()) return "BREACH";
  const total = allottedMs(policy, clock, r, deadline);
  if (total <= 0) return null;
  const business = onCalendar(policy, CLOCK_KIND[clock]) && (clock !== "resolveBy" || policy.resolveHours !== null);
  const remaining = business ? businessMsBetween(calendar, now, deadline) : deadline.getTime() - now.getTime();
  const elapsedPercent = ((total - remaining) / total) * 100;
  return elapsedPercent >= policy.warnAtPercent ? "WARNING" : null;
}
