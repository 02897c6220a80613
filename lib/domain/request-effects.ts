import type { RequestAction } from "./request-status";
import type { RequestType } from "./roles";
import { SLA_TABLE, type ClockTimes } from "./sla";
import { addBusinessMs, businessMsBetween, type BusinessCalendar } from "./business-calendar";
import type { ClockKind } from "./sla-policy";

// What a status change does to a request's promised clocks and end times. The DAL applies it in
// the same update as the status; the demo seed uses it to build histories that the app could
// have written. Owners and texts are the caller's business.
export type ClockFields = ClockTimes & { closedAt: Date | null };

/** The calendar each clock runs on (lib/domain/sla-policy.ts clockCalendars); null runs 24×7. */
export type ClockCalendars = Record<ClockKind, BusinessCalendar | null>;
const WALL_CLOCKS: ClockCalendars = { accept: null, respond: null, resolve: null };

/**
 * A deadline moved by a pause from `pausedAt` to `now`: by the wall-clock length of the pause on a
 * 24×7 clock, by the working time it covered on a calendar clock (a pause over a weekend moves an
 * accept-by on China's working days by nothing).
 */
function shift(at: Date, pausedAt: Date, now: Date, calendar: BusinessCalendar | null): Date {
  if (now.getTime() <= pausedAt.getTime()) return at;
  if (!calendar) return new Date(at.getTime() + now.getTime() - pausedAt.getTime());
  return addBusinessMs(calendar, at, businessMsBetween(calendar, pausedAt, now));
}

export function transitionEffects(action: RequestAction, type: RequestType, current: ClockFields, now: Date, calendars: ClockCalendars = WALL_CLOCKS): Partial<ClockFields> {
  // A message to the customer (a question, a reason, a result) is a response.
  const respond = current.respondBy && !current.respondedAt ? { respondedAt: now } : {};
  const statutory = SLA_TABLE[type].resolveStatutory === true;
  switch (action) {
    case "accept":
      return { acceptedAt: now, ...(SLA_TABLE[type].acceptIsResponse ? respond : {}) };
    case "return":
      return { closedAt: now, ...respond };
    case "withdraw":
    case "confirm":
    case "close":
      return { closedAt: now };
    case "start":
      return {};
    case "requestInfo":
      return { clockPausedAt: now, ...respond };
    case "provideInfo": {
      // Every deadline still to be met moves by the time spent waiting for the customer, except a
      // statutory one (a complaint's 15 days run from receipt, whatever happens).
      const pausedAt = current.clockPausedAt;
      if (!pausedAt) return { clockPausedAt: null };
      return {
        clockPausedAt: null,
        ...(!current.acceptedAt ? { acceptBy: shift(current.acceptBy, pausedAt, now, calendars.accept) } : {}),
        ...(current.respondBy && !current.respondedAt ? { respondBy: shift(current.respondBy, pausedAt, now, calendars.respond) } : {}),
        ...(current.resolveBy && !current.resolvedAt && !statutory ? { resolveBy: shift(current.resolveBy, pausedAt, now, calendars.resolve) } : {}),
      };
    }
    case "resolve":
      // A statutory deadline is met by the first reply: a later reply does not move that time.
      return { resolvedAt: statutory && current.resolvedAt ? current.resolvedAt : now, ...respond };
    case "reopen":
      // Not resolved after all: the resolve-by promise is open again — unless it is a statutory
      // reply deadline, which the rejected reply met (the customer may appeal instead).
      return statutory ? {} : { resolvedAt: null };
    case "remedy":
      // 投诉 处理: a stage within 处理中; no clock changes.
      return {};
    case "staffReopen":
      // Back to work; a statutory reply deadline stays met by the reply already given.
      return statutory ? { closedAt: null } : { resolvedAt: null, closedAt: null };
  }
}
