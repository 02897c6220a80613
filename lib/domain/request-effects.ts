import type { RequestAction } from "./request-status";
import type { RequestType } from "./roles";
import { SLA_TABLE, type ClockTimes } from "./sla";

// What a status change does to a request's promised clocks and end times. The DAL applies it in
// the same update as the status; the demo seed uses it to build histories that the app could
// have written. Owners and texts are the caller's business.
export type ClockFields = ClockTimes & { closedAt: Date | null };

const shift = (at: Date, ms: number) => new Date(at.getTime() + ms);

export function transitionEffects(action: RequestAction, type: RequestType, current: ClockFields, now: Date): Partial<ClockFields> {
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
      const paused = current.clockPausedAt ? Math.max(0, now.getTime() - current.clockPausedAt.getTime()) : 0;
      return {
        clockPausedAt: null,
        ...(!current.acceptedAt ? { acceptBy: shift(current.acceptBy, paused) } : {}),
        ...(current.respondBy && !current.respondedAt ? { respondBy: shift(current.respondBy, paused) } : {}),
        ...(current.resolveBy && !current.resolvedAt && !statutory ? { resolveBy: shift(current.resolveBy, paused) } : {}),
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
