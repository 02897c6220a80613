// 回访 (return visits): why a task exists, what the call can end with, and which closed requests
// are sampled for a visit. KPIs count the outcomes (reach rate, satisfaction, problems found).

export const FOLLOW_UP_OUTCOMES = ["SATISFIED", "PROBLEM_PERSISTS", "NOT_REACHED"] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** A visit is due this long after a request closes (sampled) — the next working day, roughly. */
export const SAMPLED_FOLLOW_UP_HOURS = 48;
/** Not reached and to be tried again: the task comes back this much later. */
export const RETRY_AFTER_HOURS = 24;
/** At most this many calls per task; after the last one "not reached" closes it. */
export const MAX_ATTEMPTS = 3;

/**
 * The share of closed requests sampled for a return visit, in percent (R2.4). The policy default
 * is 20 %; FOLLOW_UP_SAMPLE_PERCENT (0–100) overrides it for a deployment.
 */
export function samplePercent(env: string | undefined = process.env.FOLLOW_UP_SAMPLE_PERCENT): number {
  const n = env === undefined || env === "" ? NaN : Number(env);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : 20;
}

/**
 * Whether a closed request is sampled: a stable hash of its id, so that the same request always
 * gets the same answer (a retried transaction, a re-run seed) and the share converges on the policy.
 */
export function isSampled(requestId: string, percent: number): boolean {
  let h = 2166136261;
  for (let i = 0; i < requestId.length; i++) {
    h ^= requestId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 100 < percent;
}
