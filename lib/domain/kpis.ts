import type { FollowUpOutcome } from "./follow-ups";

// Staff KPIs (R2.4, R3.3): per staff member over a window — how much they accepted and resolved,
// how much of it within the promised time, what the customers rated it, and what the return
// visits (回访) found. Pure: the DAL hands in one row per piece of work.

export const KPI_WINDOW_DAYS = 30;

/** One acceptance (受理) by the staff member. */
export type AcceptRow = { acceptedAt: Date; acceptBy: Date };
/** One resolution (解决) by the staff member, with what came after it. */
export type ResolveRow = {
  resolvedAt: Date;
  resolveBy: Date | null;
  rating: number | null;
  /** Outcomes of the request's closed return visits. */
  followUps: Array<FollowUpOutcome | null>;
};

export type StaffKpis = {
  accepted: number;
  /** Share (0–1) accepted by the accept-by deadline; null with nothing accepted. */
  acceptedOnTime: number | null;
  resolved: number;
  /** Share resolved by the resolve-by deadline (a request without one counts as on time). */
  resolvedOnTime: number | null;
  ratings: number;
  /** Mean score 1–5, one decimal; null without ratings. */
  averageRating: number | null;
  followUps: { satisfied: number; problemPersists: number; notReached: number };
  /** Of the visits that reached the customer, the share satisfied; null with none reached. */
  followUpSatisfaction: number | null;
};

const share = (part: number, whole: number) => (whole ? part / whole : null);

export function summarizeKpis(accepts: AcceptRow[], resolves: ResolveRow[]): StaffKpis {
  const acceptedOnTime = accepts.filter((a) => a.acceptedAt.getTime() <= a.acceptBy.getTime()).length;
  const resolvedOnTime = resolves.filter((r) => !r.resolveBy || r.resolvedAt.getTime() <= r.resolveBy.getTime()).length;
  const scores = resolves.map((r) => r.rating).filter((s): s is number => s !== null);
  const outcomes = resolves.flatMap((r) => r.followUps);
  const satisfied = outcomes.filter((o) => o === "SATISFIED").length;
  const problemPersists = outcomes.filter((o) => o === "PROBLEM_PERSISTS").length;
  const notReached = outcomes.filter((o) => o === "NOT_REACHED").length;
  return {
    accepted: accepts.length,
    acceptedOnTime: share(acceptedOnTime, accepts.length),
    resolved: resolves.length,
    resolvedOnTime: share(resolvedOnTime, resolves.length),
    ratings: scores.length,
    averageRating: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
    followUps: { satisfied, problemPersists, notReached },
    followUpSatisfaction: share(satisfied, satisfied + problemPersists),
  };
}
