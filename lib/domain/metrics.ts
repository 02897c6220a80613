// The quality metrics (issue 7): one catalogue that the reports, improvement projects (baseline
// and check) and outcome pages (live blocks) all read, and the pure formulas behind them. The
// definitions are written out for people in docs/metrics.md; server/dal/metrics.ts gathers the
// rows and calls these functions, so every figure is computed the same way wherever it appears.

export const METRIC_KEYS = ["complaints", "csat", "slaMet", "fcr", "reopenRate", "nps", "csi"] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export function isMetricKey(value: unknown): value is MetricKey {
  return typeof value === "string" && (METRIC_KEYS as readonly string[]).includes(value);
}

/**
 * count: a number of records; percent: 0–100; nps: −100…100; index: 0–100.
 * `better` says which direction is an improvement; `scope` lists the scope fields that apply
 * (surveys are about the customer, not about one request, so only the area narrows them).
 */
export type MetricUnit = "count" | "percent" | "nps" | "index";
export type ScopeField = "requestType" | "category" | "area" | "planCode" | "teamId";
export type MetricDef = { key: MetricKey; unit: MetricUnit; better: "lower" | "higher"; scope: readonly ScopeField[] };

const REQUEST_SCOPE = ["requestType", "category", "area", "planCode", "teamId"] as const;

export const METRICS: Record<MetricKey, MetricDef> = {
  // 投诉量: complaints filed in the period (requestType is fixed to COMPLAINT).
  complaints: { key: "complaints", unit: "count", better: "lower", scope: ["category", "area", "planCode", "teamId"] },
  // CSAT: share of request ratings (1–5) in the period that are 4 or 5.
  csat: { key: "csat", unit: "percent", better: "higher", scope: REQUEST_SCOPE },
  // SLA met: share of requests resolved in the period by their resolve-by deadline.
  slaMet: { key: "slaMet", unit: "percent", better: "higher", scope: REQUEST_SCOPE },
  // First-contact resolution: share of requests resolved in the period that were never handed
  // over or reassigned and never reopened.
  fcr: { key: "fcr", unit: "percent", better: "higher", scope: REQUEST_SCOPE },
  // Reopen rate: share of requests resolved in the period that were reopened (by the customer
  // or by staff).
  reopenRate: { key: "reopenRate", unit: "percent", better: "lower", scope: REQUEST_SCOPE },
  // NPS from survey-wave answers (0–10) in the period: % promoters (9–10) − % detractors (0–6).
  nps: { key: "nps", unit: "nps", better: "higher", scope: ["area"] },
  // CSI: the mean of the CSI answers' indexes (each 0–100, see csiIndex) in the period.
  csi: { key: "csi", unit: "index", better: "higher", scope: ["area"] },
};

/** Which records a metric counts. Absent fields do not narrow. `area` is a prefix (北京市 covers 北京市朝阳区). */
export type MetricScope = {
  requestType?: string;
  category?: string;
  area?: string;
  planCode?: string;
  teamId?: string;
};

/** A computed figure: `value` is null when there is nothing to compute it from; `count` is the sample size. */
export type MetricValue = { value: number | null; count: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A share as a percentage with one decimal; null over nothing. */
export function percent(part: number, whole: number): MetricValue {
  return { value: whole ? round1((part / whole) * 100) : null, count: whole };
}

/** CSAT: the share of 1–5 scores that are 4 or 5, in percent. */
export function csat(scores: readonly number[]): MetricValue {
  return percent(scores.filter((s) => s >= 4).length, scores.length);
}

/** NPS: % promoters (9–10) − % detractors (0–6) over 0–10 scores, rounded to a whole number. */
export function nps(scores: readonly number[]): MetricValue {
  if (!scores.length) return { value: null, count: 0 };
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { value: Math.round(((promoters - detractors) / scores.length) * 100), count: scores.length };
}

/**
 * One CSI answer's index, 0–100: the weighted mean of its 1–5 attribute scores, each mapped
 * linearly to 0–100 ((score − 1) / 4 × 100). Items without an answer are left out of both sums.
 */
export function csiIndex(items: ReadonlyArray<{ score: number | null | undefined; weight: number }>): number | null {
  let sum = 0;
  let weights = 0;
  for (const { score, weight } of items) {
    if (score == null || weight <= 0) continue;
    sum += ((score - 1) / 4) * 100 * weight;
    weights += weight;
  }
  return weights ? round1(sum / weights) : null;
}

/** CSI over a period: the mean of the answers' indexes. */
export function csi(indexes: readonly number[]): MetricValue {
  if (!indexes.length) return { value: null, count: 0 };
  return { value: round1(indexes.reduce((a, b) => a + b, 0) / indexes.length), count: indexes.length };
}

/**
 * The change from before to after, and whether it is an improvement for this metric
 * (null when either side has no value; "same" when equal).
 */
export function compareMetric(key: MetricKey, before: number | null, after: number | null) {
  if (before == null || after == null) return { delta: null, verdict: null } as const;
  const delta = round1(after - before);
  if (delta === 0) return { delta, verdict: "same" } as const;
  const better = METRICS[key].better === "higher" ? delta > 0 : delta < 0;
  return { delta, verdict: better ? "better" : "worse" } as const;
}

/** Whether a value meets a target for this metric (≥ for higher-is-better, ≤ otherwise). */
export function meetsTarget(key: MetricKey, value: number | null, target: number | null): boolean | null {
  if (value == null || target == null) return null;
  return METRICS[key].better === "higher" ? value >= target : value <= target;
}

/** Month buckets [from, to) in China time, for trend charts: "2026-09", … */
export function monthBuckets(from: Date, to: Date): Array<{ label: string; from: Date; to: Date }> {
  const CN = 8 * 3600_000;
  const start = new Date(from.getTime() + CN);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  const out: Array<{ label: string; from: Date; to: Date }> = [];
  for (;;) {
    const a = new Date(Date.UTC(y, m, 1) - CN);
    const b = new Date(Date.UTC(y, m + 1, 1) - CN);
    if (a.getTime() >= to.getTime()) break;
    out.push({
      label: `${y}-${String(m + 1).padStart(2, "0")}`,
      from: new Date(Math.max(a.getTime(), from.getTime())),
      to: new Date(Math.min(b.getTime(), to.getTime())),
    });
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return out;
}
