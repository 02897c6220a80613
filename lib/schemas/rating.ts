import { z } from "zod";
import { srnSchema } from "./common";

// 服务评价: the customer rates a resolved request once (CSAT 1–5), and answers an NPS survey
// (0–10) from its notification link. The same schemas validate the forms and the actions.

/** Reason chips, positive first; their texts are rating.reason.<key> in messages/*.json. */
export const POSITIVE_REASONS = ["fastResponse", "friendly", "firstTime"] as const;
export const NEGATIVE_REASONS = ["tooLong", "notSolved", "unclear"] as const;
export const RATING_REASONS = [...POSITIVE_REASONS, ...NEGATIVE_REASONS] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

/** A score this low asks for a return visit (回访). */
export const LOW_RATING_MAX = 2;
export function needsReturnVisit(rating: { score: number; resolved: boolean }) {
  return rating.score <= LOW_RATING_MAX || !rating.resolved;
}

// Radio groups post strings; the action receives them as the form sent them.
// An empty choice is "required", never a 0.
const intIn = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : Number(v)),
    z.number({ error: "validation.required" }).int("validation.required").min(min, "validation.required").max(max, "validation.required"),
  );

export const rateRequestSchema = z.object({
  srn: srnSchema,
  score: intIn(1, 5),
  reasons: z.array(z.enum(RATING_REASONS, "validation.invalid")).max(RATING_REASONS.length).transform((r) => [...new Set(r)]),
  comment: z.string().trim().max(500, "validation.tooLong.500"),
  resolved: z.enum(["yes", "no"], "validation.required"),
});
export type RateRequestInput = z.input<typeof rateRequestSchema>;
export type RateRequestData = z.output<typeof rateRequestSchema>;

/** NPS wave codes, e.g. NPS-2026Q4. */
export const surveyCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{3,40}$/, "validation.invalid");

export const npsResponseSchema = z.object({
  code: surveyCodeSchema,
  score: intIn(0, 10),
  reason: z.string().trim().max(500, "validation.tooLong.500"),
});
export type NpsResponseInput = z.input<typeof npsResponseSchema>;
export type NpsResponseData = z.output<typeof npsResponseSchema>;
