import { z } from "zod";
import { TERMINATION_REASONS } from "../domain/termination";
import { idSchema, idempotencyKeySchema, srnSchema, text, versionSchema } from "./common";

// 销户: the wizard's reason step, the SMS code, the confirmation, and the staff completion. The
// same schemas validate the forms, the wizard's URL (each step is re-read on the server) and the
// actions.

const optionalText = (max: number) => z.string().trim().max(max, `validation.tooLong.${max}`);

const reasonFields = {
  reason: z.enum(TERMINATION_REASONS, "validation.choose"),
  // Why, in the customer's words; required when the reason is "other".
  note: optionalText(200),
};

/** "Other" needs the customer's own words. Runs even when another field failed, to show every problem. */
function otherNeedsNote(value: { reason?: unknown; note?: unknown }, ctx: z.RefinementCtx<{ reason?: unknown; note?: unknown }>) {
  if (value.reason === "OTHER" && (typeof value.note !== "string" || value.note.trim().length < 2)) {
    ctx.addIssue({ code: "custom", path: ["note"], message: "validation.tooShort.2" });
  }
}
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const terminationReasonSchema = z.object(reasonFields).superRefine(otherNeedsNote, always);
export type TerminationReasonInput = z.infer<typeof terminationReasonSchema>;

/** Step 5, part 1: text me a code for this line. */
export const sendTerminationCodeSchema = z.object({ lineId: idSchema });
export type SendTerminationCodeInput = z.infer<typeof sendTerminationCodeSchema>;

/** Step 5, part 2: the customer confirms with the code; the settlement is recomputed on the server. */
export const confirmTerminationSchema = z
  .object({
    lineId: idSchema,
    ...reasonFields,
    acknowledged: z.literal(true, "validation.acknowledge"),
    code: z.string().trim().regex(/^\d{6}$/, "validation.trackingCode"),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine(otherNeedsNote, always);
export type ConfirmTerminationInput = z.infer<typeof confirmTerminationSchema>;

/** Staff: 完成销户, with what was done, which the customer reads on their request. */
export const completeTerminationSchema = z.object({ srn: srnSchema, version: versionSchema, note: text(5, 500) });
export type CompleteTerminationInput = z.infer<typeof completeTerminationSchema>;

/** Staff: the archive search form (GET); anything malformed is ignored rather than refused. */
const dateOrEmpty = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
export const archiveSearchSchema = z.object({
  number: z.string().trim().max(20).catch(""),
  name: z.string().trim().max(50).catch(""),
  from: dateOrEmpty.catch(""),
  to: dateOrEmpty.catch(""),
});
export type ArchiveSearchInput = z.infer<typeof archiveSearchSchema>;
