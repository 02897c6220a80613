import { addBusinessMs, businessMsBetween, type BusinessCalendar } from "./business-calendar";
import { computeDeadlines, resolveKindOf, type ClockTimes, type Deadlines } from "./sla";
import { onCalendar, type ClockKind, type RequestLevel, type SlaPolicyRules } from "./sla-policy";
import type { RequestType } from "./roles";

// Setting a request's level (1 重大, 2 一般, 3 轻微) or its special flag recomputes the deadlines
// still to be met from the request's own policy version, from its creation. A deadline already
// moved by a pause keeps that move: the new deadline is the recomputed one plus the time the old
// one had been moved by (business time on a calendar clock). Met clocks stay met and where they
// were; a resolve-by set by the customer's date (an appointment, an effective date) is not a
// matter of level and stays.

export type LevelChangeInput = {
  type: RequestType;
  createdAt: Date;
  clocks: ClockTimes;
  from: { level: RequestLevel; special: boolean };
  to: { level: RequestLevel; special: boolean };
  policy: SlaPolicyRules;
  calendar: BusinessCalendar;
};

const KIND: Record<keyof Deadlines, ClockKind> = { acceptBy: "accept", respondBy: "respond", resolveBy: "resolve" };

function carryMove(stored: Date, oldComputed: Date, newComputed: Date, calendar: BusinessCalendar | null): Date {
  if (!calendar) return new Date(newComputed.getTime() + (stored.getTime() - oldComputed.getTime()));
  const moved = businessMsBetween(calendar, oldComputed, stored);
  return moved > 0 ? addBusinessMs(calendar, newComputed, moved) : newComputed;
}

/** The unmet deadlines after the change, only those that move. */
export function deadlinesForLevel(input: LevelChangeInput): Partial<Deadlines> {
  const base = { type: input.type, createdAt: input.createdAt, policy: input.policy, calendar: input.calendar };
  // The customer's date is not needed for the clocks recomputed here; a far date stands in for it.
  const chosenDate = new Date(input.createdAt.getTime() + 365 * 86_400_000);
  const before = computeDeadlines({ ...base, ...input.from, chosenDate });
  const after = computeDeadlines({ ...base, ...input.to, chosenDate });
  const c = input.clocks;
  const met: Record<keyof Deadlines, boolean> = { acceptBy: !!c.acceptedAt, respondBy: !!c.respondedAt, resolveBy: !!c.resolvedAt };
  const out: Partial<Deadlines> = {};
  for (const key of ["acceptBy", "respondBy", "resolveBy"] as const) {
    const stored = c[key];
    const oldAt = before[key];
    const newAt = after[key];
    if (met[key] || !stored || !oldAt || !newAt) continue;
    if (key === "resolveBy" && resolveKindOf(input.type) !== "hours") continue;
    const calendar = onCalendar(input.policy, KIND[key]) ? input.calendar : null;
    const next = carryMove(stored, oldAt, newAt, calendar);
    if (next.getTime() !== stored.getTime()) out[key] = next;
  }
  return out;
}
