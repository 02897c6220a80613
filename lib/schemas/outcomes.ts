import { z } from "zod";
import { idSchema, versionSchema } from "./common";
import { OUTCOME_STATUSES, type OutcomeStatus } from "../domain/outcomes";

// 服务成效页 (/outcomes, /admin/outcomes): the editor's form, the workflow steps and the list
// filter. One schema per form, shared by the form and its action; messages are keys under
// outcomes.validation.* or validation.*.

export const OUTCOME_LIMITS = { slugMin: 3, slugMax: 80, titleMin: 2, titleMax: 120, summaryMin: 10, summaryMax: 300, bodyMin: 20, bodyMax: 20_000, noteMin: 5, noteMax: 500 } as const;

/** Lower-case letters, digits and single hyphens: /outcomes/<slug>. */
export const OUTCOME_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** IMP + yyyyMM + 3 digits (the improvement project's code). */
export const PROJECT_CODE = /^IMP\d{9}$/;

const L = OUTCOME_LIMITS;
const slug = z.string().trim().toLowerCase().min(L.slugMin, "outcomes.validation.slug").max(L.slugMax, "outcomes.validation.slug").regex(OUTCOME_SLUG, "outcomes.validation.slug");
const title = z.string().trim().min(L.titleMin, "outcomes.validation.title").max(L.titleMax, "outcomes.validation.title");
const summary = z.string().trim().min(L.summaryMin, "outcomes.validation.summary").max(L.summaryMax, "outcomes.validation.summary");
const body = z.string().trim().min(L.bodyMin, "outcomes.validation.body").max(L.bodyMax, "outcomes.validation.body");
const optional = <T extends z.ZodType<string>>(s: T) => z.union([z.literal(""), s]);

export const outcomePageSchema = z
  .object({
    slug,
    title,
    summary,
    body,
    titleEn: optional(title),
    summaryEn: optional(summary),
    // Markdown keeps its line breaks; only the ends are trimmed.
    bodyEn: z.string().trim().max(L.bodyMax, "outcomes.validation.body"),
    projectCode: z.string().trim().toUpperCase().refine((v) => v === "" || PROJECT_CODE.test(v), "outcomes.validation.projectCode"),
  })
  // The English version is all or nothing: a body in English comes with its title and summary.
  .superRefine((v, ctx) => {
    if (!v.bodyEn) return;
    if (v.bodyEn.length < L.bodyMin) ctx.addIssue({ code: "custom", path: ["bodyEn"], message: "outcomes.validation.body" });
    if (!v.titleEn) ctx.addIssue({ code: "custom", path: ["titleEn"], message: "outcomes.validation.englishTitle" });
    if (!v.summaryEn) ctx.addIssue({ code: "custom", path: ["summaryEn"], message: "outcomes.validation.englishSummary" });
  });
export type OutcomePageInput = z.input<typeof outcomePageSchema>;
export type OutcomePageData = z.output<typeof outcomePageSchema>;

/** An edit names the version the editor started from: a newer one is a conflict, never overwritten. */
export const updateOutcomePageSchema = outcomePageSchema.safeExtend({ id: idSchema, version: versionSchema });
export type UpdateOutcomePageInput = z.input<typeof updateOutcomePageSchema>;
export type UpdateOutcomePageData = z.output<typeof updateOutcomePageSchema>;

/** Submit or approve: the page at the version the page showed. */
export const outcomeStepSchema = z.object({ id: idSchema, version: versionSchema });
export type OutcomeStepInput = z.infer<typeof outcomeStepSchema>;

/** Reject (back to the author) or unpublish: the reason is required and kept in the history. */
export const outcomeNoteStepSchema = outcomeStepSchema.extend({ note: z.string().trim().min(L.noteMin, "outcomes.validation.note").max(L.noteMax, "outcomes.validation.note") });
export type OutcomeNoteStepInput = z.infer<typeof outcomeNoteStepSchema>;

/** The preview renders what the form holds now, with the project it names. */
export const previewOutcomeSchema = z.object({
  body: z.string().max(L.bodyMax, "outcomes.validation.body"),
  bodyEn: z.string().max(L.bodyMax, "outcomes.validation.body"),
  projectCode: z.string().trim().toUpperCase().max(20, "outcomes.validation.projectCode"),
});
export type PreviewOutcomeInput = z.infer<typeof previewOutcomeSchema>;

/** The staff list's ?status= (all when absent or unknown). */
export function outcomeStatusFrom(value: string | string[] | undefined): OutcomeStatus | null {
  const v = Array.isArray(value) ? value[0] : value;
  return (OUTCOME_STATUSES as readonly string[]).includes(v ?? "") ? (v as OutcomeStatus) : null;
}
