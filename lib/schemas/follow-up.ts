import { z } from "zod";
import { FOLLOW_UP_OUTCOMES } from "../domain/follow-ups";
import { idSchema, versionSchema } from "./common";

// One return-visit call (回访) as staff record it. "Problem persists" reopens the request, so it
// needs the customer's words; the other outcomes take an optional note.
export const recordFollowUpSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    outcome: z.enum(FOLLOW_UP_OUTCOMES, "validation.choose"),
    note: z.string().trim().max(500, "validation.tooLong.500"),
    retry: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "PROBLEM_PERSISTS" && v.note.trim().length < 5) ctx.addIssue({ code: "custom", path: ["note"], message: "validation.followUpProblem" });
  });
export type RecordFollowUpInput = z.infer<typeof recordFollowUpSchema>;
