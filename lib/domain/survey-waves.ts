import { areaCovers } from "./areas";
import { csiIndex } from "./metrics";
import { CUSTOMER_TYPES } from "./roles";
import { cstDateAt, cstParts } from "./time";

// Survey waves (调查批次, issue 7): NPS or CSI, sent once per quarter or half-year to a customer
// segment. The pure rules: the period a cadence suggests, the wave's code, who is in a segment,
// how a segment reads, and what an answer scores. server/dal/survey-waves.ts applies them.

export { CUSTOMER_TYPES };
export const WAVE_KINDS = ["NPS", "CSI"] as const;
export type WaveKind = (typeof WAVE_KINDS)[number];
export const WAVE_CADENCES = ["QUARTERLY", "HALF_YEARLY"] as const;
export type WaveCadence = (typeof WAVE_CADENCES)[number];
export const LIFECYCLE_STAGES = ["NEW", "ACTIVE", "AT_RISK", "CHURNED"] as const;
export type Stage = (typeof LIFECYCLE_STAGES)[number];
export const WAVE_STATUSES = ["DRAFT", "SENT", "CLOSED"] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

/** A 1–5 item after the headline score, as stored in SurveyWave.questions. CSI weights them. */
export type SurveyQuestion = { id: string; kind: "SCALE_5"; text: string; textEn: string; weight: number };

/** The items a CSI wave asks about, and how many items a wave may have. */
export const CSI_ITEMS = { min: 1, max: 5 } as const;
export const NPS_ITEMS = { min: 0, max: 5 } as const;

/** The stored questions, read defensively (anything malformed is left out). */
export function parseQuestions(json: unknown): SurveyQuestion[] {
  if (!Array.isArray(json)) return [];
  const out: SurveyQuestion[] = [];
  for (const q of json) {
    if (!q || typeof q !== "object") continue;
    const { id, kind, text, textEn, weight } = q as Record<string, unknown>;
    if (typeof id !== "string" || kind !== "SCALE_5" || typeof text !== "string") continue;
    out.push({ id, kind, text, textEn: typeof textEn === "string" ? textEn : "", weight: typeof weight === "number" && weight > 0 ? weight : 1 });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The quarter or half-year containing `at` (China time): its label and first and last days (yyyy-MM-dd). */
export function periodOf(cadence: WaveCadence, at: Date): { label: string; startsOn: string; endsOn: string } {
  const { year, month } = cstParts(at);
  const months = cadence === "QUARTERLY" ? 3 : 6;
  const index = Math.floor((month - 1) / months);
  const first = index * months + 1;
  const last = first + months - 1;
  return {
    label: `${year}${cadence === "QUARTERLY" ? "Q" : "H"}${index + 1}`,
    startsOn: `${year}-${pad(first)}-01`,
    endsOn: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** A period with fewer days left than this is too short to survey: the next one is suggested. */
export const MIN_DAYS_LEFT = 14;

/** The period a new wave suggests: the current quarter/half-year, or the next when it ends within two weeks. */
export function suggestPeriod(cadence: WaveCadence, now: Date): { label: string; startsOn: string; endsOn: string } {
  const current = periodOf(cadence, now);
  const end = cstDateAt(current.endsOn, 24)!;
  if (end.getTime() - now.getTime() >= MIN_DAYS_LEFT * 24 * 3_600_000) return current;
  return periodOf(cadence, new Date(end.getTime() + 3_600_000));
}

/** The instants a wave is open between: from the first day's start to the last day's end (China time). */
export function periodInstants(startsOn: string, endsOn: string): { startsAt: Date; endsAt: Date } | null {
  const startsAt = cstDateAt(startsOn, 0);
  const endsAt = cstDateAt(endsOn, 24);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

/** The code a wave gets from its kind and the period its first day falls in: CSI-2026Q4, NPS-2027H1. */
export function waveCodeBase(kind: WaveKind, cadence: WaveCadence, startsAt: Date): string {
  return `${kind}-${periodOf(cadence, startsAt).label}`;
}

export type Segment = { types: readonly string[]; stages: readonly string[]; areas: readonly string[] };

/** Whether a customer falls in a segment: every non-empty list must match (areas by prefix). */
export function inSegment(segment: Segment, customer: { type: string; lifecycleStage: string; area: string }): boolean {
  if (segment.types.length && !segment.types.includes(customer.type)) return false;
  if (segment.stages.length && !segment.stages.includes(customer.lifecycleStage)) return false;
  if (segment.areas.length && !segment.areas.some((a) => areaCovers(a, customer.area))) return false;
  return true;
}

/**
 * A segment in words, one part per dimension joined by " · ": each list in the reader's words, or
 * the "all" text for an empty one. `label` translates one value of a dimension.
 */
export function describeSegment(segment: Segment, label: (dimension: "type" | "stage" | "area" | "all", value: string) => string, separator = "、"): string {
  const part = (dimension: "type" | "stage" | "area", values: readonly string[]) =>
    values.length ? values.map((v) => label(dimension, v)).join(separator) : label("all", dimension);
  return [part("type", segment.types), part("stage", segment.stages), part("area", segment.areas)].join(" · ");
}

/**
 * The score a response stores: NPS the 0–10 headline; CSI the 0–100 index of its weighted 1–5
 * items (lib/domain/metrics.ts csiIndex), which is what computeMetric("csi") averages.
 */
export function responseScore(kind: WaveKind, questions: readonly SurveyQuestion[], headline: number | null, answers: Record<string, number>): number | null {
  if (kind === "NPS") return headline;
  const index = csiIndex(questions.map((q) => ({ score: answers[q.id], weight: q.weight })));
  return index == null ? null : Math.round(index);
}

/** The CSI items a new wave starts with (the operator's usual four), weights summing to 10; as the form holds them. */
export const DEFAULT_CSI_ITEMS = [
  { text: "网络质量", textEn: "Network quality", weight: "4" },
  { text: "资费透明", textEn: "Transparent pricing", weight: "2" },
  { text: "服务态度", textEn: "Staff attitude", weight: "2" },
  { text: "办理效率", textEn: "Speed of service", weight: "2" },
];

/** A new wave's suggested titles, in both languages, from its kind and period label. */
export function defaultTitles(kind: WaveKind, label: string): { title: string; titleEn: string } {
  return kind === "CSI"
    ? { title: `${label} 客户满意度指数调查`, titleEn: `${label} customer satisfaction index survey` }
    : { title: `${label} 客户推荐度调查`, titleEn: `${label} customer recommendation survey` };
}
