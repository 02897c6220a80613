import { z } from "zod";
import { AREAS, isKnownArea } from "../domain/areas";
import { CSI_ITEMS, CUSTOMER_TYPES, LIFECYCLE_STAGES, NPS_ITEMS, WAVE_CADENCES, WAVE_KINDS, type SurveyQuestion, type WaveKind } from "../domain/survey-waves";
import { cstDateAt } from "../domain/time";
import { text, versionSchema } from "./common";
import { surveyCodeSchema } from "./rating";

// Survey waves (/admin/surveys) and their answers (/account/surveys/[code]). One schema per form,
// shared by the form and its action; messages are keys under surveyWaves.validation.* or
// validation.*.

export const WAVE_LIMITS = { titleMax: 100, itemMax: 60, weightMax: 10, reasonMax: 500 } as const;

const date = z
  .string()
  .min(1, "validation.required")
  .refine((v) => cstDateAt(v) !== null, "validation.date");

/** A whole number from a text input; empty is "required". */
const intIn = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
    z.number({ error: "validation.required" }).int(message).min(min, message).max(max, message),
  );

export const waveQuestionSchema = z.object({
  text: text(2, WAVE_LIMITS.itemMax),
  textEn: text(2, WAVE_LIMITS.itemMax),
  weight: intIn(1, WAVE_LIMITS.weightMax, "surveyWaves.validation.weight"),
});

/** Who a wave goes to; an empty list means every value of it. */
export const segmentSchema = z.object({
  segmentTypes: z.array(z.enum(CUSTOMER_TYPES, "validation.choose")).max(CUSTOMER_TYPES.length),
  segmentStages: z.array(z.enum(LIFECYCLE_STAGES, "validation.choose")).max(LIFECYCLE_STAGES.length),
  segmentAreas: z.array(z.string().refine(isKnownArea, "surveyWaves.validation.area")).max(AREAS.length),
});
export type SegmentInput = z.input<typeof segmentSchema>;
export type SegmentData = z.output<typeof segmentSchema>;

/**
 * A wave as the form defines it. `code` and `version` are empty/0 for a new wave and the wave's
 * own when editing a draft (the version it was read at: optimistic locking).
 */
export const waveSchema = segmentSchema
  .extend({
    code: z.union([z.literal(""), surveyCodeSchema]),
    version: z.number().int().min(0),
    kind: z.enum(WAVE_KINDS, "validation.choose"),
    cadence: z.enum(WAVE_CADENCES, "validation.choose"),
    title: text(2, WAVE_LIMITS.titleMax),
    titleEn: text(2, WAVE_LIMITS.titleMax),
    startsOn: date,
    endsOn: date,
    questions: z.array(waveQuestionSchema).max(Math.max(CSI_ITEMS.max, NPS_ITEMS.max), "surveyWaves.validation.tooManyItems"),
  })
  .superRefine((v, ctx) => {
    const start = cstDateAt(v.startsOn);
    const end = cstDateAt(v.endsOn);
    if (start && end && end.getTime() < start.getTime()) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "surveyWaves.validation.endBeforeStart" });
    if (v.kind === "CSI" && v.questions.length < CSI_ITEMS.min) ctx.addIssue({ code: "custom", path: ["questions"], message: "surveyWaves.validation.csiItems" });
    const seen = new Set<string>();
    v.questions.forEach((q, i) => {
      const key = q.text.trim();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["questions", i, "text"], message: "surveyWaves.validation.duplicateItem" });
      seen.add(key);
    });
  });
export type WaveInput = z.input<typeof waveSchema>;
export type WaveData = z.output<typeof waveSchema>;

/** The stored questions of a wave's form data: ids by position, weights only where they count (CSI). */
export function questionsOf(data: Pick<WaveData, "kind" | "questions">): SurveyQuestion[] {
  return data.questions.map((q, i) => ({ id: `q${i + 1}`, kind: "SCALE_5", text: q.text, textEn: q.textEn, weight: data.kind === "CSI" ? q.weight : 1 }));
}

/** Send or close a wave, from the version the page showed. */
export const waveStepSchema = z.object({ code: surveyCodeSchema, version: versionSchema });
export type WaveStepInput = z.input<typeof waveStepSchema>;

/** A customer's answer as posted: the headline (NPS only), the 1–5 items by question id, a free text. */
export const surveyAnswerSchema = z.object({
  code: surveyCodeSchema,
  score: z.union([z.literal(""), intIn(0, 10, "validation.required")]),
  answers: z.record(z.string().regex(/^q\d{1,2}$/, "validation.invalid"), z.union([z.literal(""), intIn(1, 5, "validation.required")])).default({}),
  reason: z.string().trim().max(WAVE_LIMITS.reasonMax, `validation.tooLong.${WAVE_LIMITS.reasonMax}`),
});
export type SurveyAnswerInput = z.input<typeof surveyAnswerSchema>;
export type SurveyAnswerData = z.output<typeof surveyAnswerSchema>;

/**
 * The answer schema of one wave: an NPS wave needs its 0–10 headline, every wave each of its 1–5
 * items. The form validates with it, and the DAL re-checks the posted answer with the same one.
 */
export function surveyAnswerSchemaFor(wave: { kind: WaveKind; questions: readonly SurveyQuestion[] }) {
  return surveyAnswerSchema.superRefine((v, ctx) => {
    if (wave.kind === "NPS" && v.score === "") ctx.addIssue({ code: "custom", path: ["score"], message: "validation.required" });
    for (const q of wave.questions) {
      const a = v.answers[q.id];
      if (a === undefined || a === "") ctx.addIssue({ code: "custom", path: ["answers", q.id], message: "validation.required" });
    }
    for (const id of Object.keys(v.answers)) {
      if (!wave.questions.some((q) => q.id === id)) ctx.addIssue({ code: "custom", path: ["answers", id], message: "validation.invalid" });
    }
  });
}
