import type { RequestType } from "./roles";
import { HOUR_MS } from "./time";

// Promised time limits (R1.4, R2.1, R3.2). Deadlines are computed once, stored on the request,
// and every "breached" is derived from them. Business calendars and admin-edited policies
// extend this table later; a request keeps the deadlines it was created with.
export const ACCEPT_WITHIN_HOURS = 24;
export const ACCEPT_WITHIN_HOURS_SPECIAL = 48;
/** Fault response: level 1 (major) 1 h, level 2 (general) 2 h, level 3 (minor) 24 h. */
export const FAULT_RESPOND_WITHIN_HOURS: Record<1 | 2 | 3, number> = { 1: 1, 2: 2, 3: 24 };

export type RequestLevel = 1 | 2 | 3;

export type Deadlines = { acceptBy: Date; respondBy: Date | null; resolveBy: Date | null };

export function computeDeadlines(input: {
  type: RequestType;
  level: RequestLevel;
  special: boolean;
  createdAt: Date;
}): Deadlines {
  const start = input.createdAt.getTime();
  const acceptHours = input.special ? ACCEPT_WITHIN_HOURS_SPECIAL : ACCEPT_WITHIN_HOURS;
  const respondBy =
    input.type === "FAULT_REPAIR" ? new Date(start + FAULT_RESPOND_WITHIN_HOURS[input.level] * HOUR_MS) : null;
  return { acceptBy: new Date(start + acceptHours * HOUR_MS), respondBy, resolveBy: null };
}

export type ClockState =
  | { state: "running"; remainingMs: number; deadline: Date }
  | { state: "breached"; overdueMs: number; deadline: Date }
  | { state: "met"; metAt: Date; deadline: Date; late: boolean }
  | { state: "stopped"; deadline: Date };

/**
 * The state of one promised clock at `now`. A clock stops (without being met) when the request
 * ends in a way that makes it moot (withdrawn or returned before acceptance).
 */
export function clockState(deadline: Date, metAt: Date | null, now: Date, stopped = false): ClockState {
  if (metAt) return { state: "met", metAt, deadline, late: metAt.getTime() > deadline.getTime() };
  if (stopped) return { state: "stopped", deadline };
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
