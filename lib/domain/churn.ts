// Churn risk (R4.5, manual 4.5 预防 → 干预 → 修复): a transparent points model. Every factor is
// a count of something staff can look up on the customer's record; each occurrence is worth a
// fixed number of points up to the factor's cap, and the sum decides the band. The reasons kept
// with the score name each factor with its count and points, so an agent can say to the
// customer what the call is about (docs/decisions/0021-churn-model.md).

export const CHURN_FACTORS = ["COMPLAINTS", "LOW_RATINGS", "STALE_REQUESTS", "SLA_BREACHES", "USAGE_DECLINE", "DOWNGRADES", "CONTRACT_ENDING", "TERMINATION_INTENT", "PORTING_CHECKS"] as const;
export type ChurnFactor = (typeof CHURN_FACTORS)[number];

export const CHURN_BANDS = ["LOW", "MEDIUM", "HIGH"] as const;
export type ChurnBand = (typeof CHURN_BANDS)[number];

/** The look-back window of the counted events (complaints, ratings, breaches, downgrades, terminations). */
export const LOOKBACK_DAYS = 90;
/** An open request older than this counts as unresolved. */
export const STALE_REQUEST_DAYS = 7;
/** A contract term (Line.lockInEndsAt) ending within this many days counts. */
export const CONTRACT_WINDOW_DAYS = 60;
/** A rating of this score or lower counts as low (CSAT 1–5). */
export const LOW_RATING_MAX = 2;
/** The last full month's usage this far (per cent) below the average of the three before counts. */
export const USAGE_DROP_PERCENT = 30;

/** Points per occurrence and the cap of each factor. */
export const FACTOR_POINTS: Record<ChurnFactor, { each: number; cap: number }> = {
  COMPLAINTS: { each: 15, cap: 45 },
  LOW_RATINGS: { each: 10, cap: 30 },
  STALE_REQUESTS: { each: 10, cap: 20 },
  SLA_BREACHES: { each: 10, cap: 30 },
  USAGE_DECLINE: { each: 20, cap: 20 },
  DOWNGRADES: { each: 15, cap: 30 },
  CONTRACT_ENDING: { each: 10, cap: 20 },
  TERMINATION_INTENT: { each: 25, cap: 50 },
  // 携号转网资格查询: the customer looked up whether a line may be ported out (one a line a day).
  PORTING_CHECKS: { each: 20, cap: 40 },
};

/** Score at or above which a band starts. */
export const BAND_THRESHOLDS = { MEDIUM: 30, HIGH: 60 } as const;

export type ChurnFacts = Partial<Record<Exclude<ChurnFactor, "USAGE_DECLINE">, number>> & {
  /** The drop of the last full month against the average of the three before, in per cent (0 when none or unknown). */
  usageDropPercent?: number;
};

/** One line of the reasons: the factor, how many occurrences (the drop in per cent for usage), the points. */
export type ChurnReason = { code: ChurnFactor; count: number; points: number };
export type ChurnResult = { score: number; band: ChurnBand; reasons: ChurnReason[] };

export function bandOf(score: number): ChurnBand {
  if (score >= BAND_THRESHOLDS.HIGH) return "HIGH";
  if (score >= BAND_THRESHOLDS.MEDIUM) return "MEDIUM";
  return "LOW";
}

/** The score of one customer's facts; reasons list only the factors that scored, most points first. */
export function scoreChurn(facts: ChurnFacts): ChurnResult {
  const reasons: ChurnReason[] = [];
  for (const code of CHURN_FACTORS) {
    const { each, cap } = FACTOR_POINTS[code];
    if (code === "USAGE_DECLINE") {
      const drop = Math.round(facts.usageDropPercent ?? 0);
      if (drop >= USAGE_DROP_PERCENT) reasons.push({ code, count: drop, points: each });
      continue;
    }
    const count = Math.max(0, Math.floor(facts[code] ?? 0));
    if (count > 0) reasons.push({ code, count, points: Math.min(count * each, cap) });
  }
  reasons.sort((a, b) => b.points - a.points || CHURN_FACTORS.indexOf(a.code) - CHURN_FACTORS.indexOf(b.code));
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score, band: bandOf(score), reasons };
}

/**
 * The usage drop in per cent: the last full month against the average of the three months before
 * it, taken for data and for voice separately, the larger drop counting. 0 when there is no
 * baseline (fewer than three earlier months with usage) or usage did not fall.
 */
export function usageDropPercent(last: { dataMb: number; voiceMinutes: number }, before: Array<{ dataMb: number; voiceMinutes: number }>): number {
  if (before.length < 3) return 0;
  const drop = (key: "dataMb" | "voiceMinutes") => {
    const avg = before.reduce((s, m) => s + m[key], 0) / before.length;
    if (avg <= 0) return 0;
    return Math.max(0, ((avg - last[key]) / avg) * 100);
  };
  return Math.round(Math.max(drop("dataMb"), drop("voiceMinutes")));
}

/** "2026-10" → the months a score on `now` compares: the last full month and the three before (China time months). */
export function usageMonths(now: Date): { last: string; before: string[] } {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  const key = (back: number) => {
    const d = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() - back, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  };
  return { last: key(1), before: [key(2), key(3), key(4)] };
}

/** Reasons read back from the stored JSON, dropping anything that is not one (an older model's codes). */
export function parseReasons(value: unknown): ChurnReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r: unknown) => {
    if (!r || typeof r !== "object") return [];
    const { code, count, points } = r as Record<string, unknown>;
    if (typeof code !== "string" || !(CHURN_FACTORS as readonly string[]).includes(code)) return [];
    if (typeof count !== "number" || typeof points !== "number") return [];
    return [{ code: code as ChurnFactor, count, points }];
  });
}

/**
 * The lifecycle stage the score asks for, or null to leave it: a HIGH band moves an ACTIVE
 * customer to AT_RISK, anything lower moves AT_RISK back to ACTIVE. NEW (set at registration) and
 * CHURNED (set when a customer leaves or is anonymised) belong to other rules and stay.
 */
export function lifecycleAfterScore(stage: "NEW" | "ACTIVE" | "AT_RISK" | "CHURNED", band: ChurnBand): "ACTIVE" | "AT_RISK" | null {
  if (stage === "ACTIVE" && band === "HIGH") return "AT_RISK";
  if (stage === "AT_RISK" && band !== "HIGH") return "ACTIVE";
  return null;
}

// Win-back (挽留) tasks.

export const WINBACK_OFFERS = ["VOUCHER", "DATA_PACK", "PLAN_DISCOUNT", "CONTRACT_RENEWAL", "OTHER"] as const;
export type WinBackOffer = (typeof WINBACK_OFFERS)[number];

export const WINBACK_OUTCOMES = ["RETAINED", "DECLINED", "NOT_REACHED", "CALL_BACK"] as const;
export type WinBackOutcome = (typeof WINBACK_OUTCOMES)[number];

/** After this many calls without reaching the customer the task closes as NOT_REACHED. */
export const WINBACK_MAX_ATTEMPTS = 3;
/** A NOT_REACHED call that leaves the task open makes it due again this much later. */
export const WINBACK_RETRY_HOURS = 24;

/** The stored offer: the offer's code, and after a colon the agent's details ("VOUCHER:50 元话费券"). */
export function offerText(offer: WinBackOffer, detail: string): string {
  const d = detail.trim();
  return d ? `${offer}:${d}` : offer;
}

export function offerParts(stored: string): { offer: WinBackOffer; detail: string } {
  const at = stored.indexOf(":");
  const code = at < 0 ? stored : stored.slice(0, at);
  const detail = at < 0 ? "" : stored.slice(at + 1);
  return (WINBACK_OFFERS as readonly string[]).includes(code) ? { offer: code as WinBackOffer, detail } : { offer: "OTHER", detail: stored };
}

/**
 * What a recorded call does to an open task: RETAINED and DECLINED close it; NOT_REACHED keeps it
 * open, due again a day later, until the last allowed attempt closes it; CALL_BACK keeps it open
 * until the agreed time. Every call counts as an attempt.
 */
export function afterCall(
  task: { attempts: number; dueAt: Date },
  call: { outcome: WinBackOutcome; callBackAt?: Date | null },
  now: Date,
): { status: "OPEN" | "DONE"; attempts: number; dueAt: Date } {
  const attempts = task.attempts + 1;
  switch (call.outcome) {
    case "RETAINED":
    case "DECLINED":
      return { status: "DONE", attempts, dueAt: task.dueAt };
    case "NOT_REACHED":
      if (attempts >= WINBACK_MAX_ATTEMPTS) return { status: "DONE", attempts, dueAt: task.dueAt };
      return { status: "OPEN", attempts, dueAt: new Date(now.getTime() + WINBACK_RETRY_HOURS * 3_600_000) };
    case "CALL_BACK":
      return { status: "OPEN", attempts, dueAt: call.callBackAt ?? task.dueAt };
  }
}
