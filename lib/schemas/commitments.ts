import { z } from "zod";
import { COMMITMENT_MEASURES } from "@/lib/domain/compliance";
import { text } from "./common";

// Publishing a commitment (服务承诺) at /admin/commitments: every save is a new version of its
// measure. Messages are keys under "commitments.validation" (or "validation").

/** The longest promise an admin may publish: a year, in minutes. */
export const MAX_TARGET_MINUTES = 525_600;

// The form sends text, the action parses the number again (the schema must accept its own output).
const targetMinutes = z.union([z.string(), z.number()]).transform((v, ctx): number => {
  const raw = String(v).trim();
  if (!/^\d+$/.test(raw)) {
    ctx.addIssue({ code: "custom", message: raw === "" ? "validation.required" : "commitments.validation.minutes" });
    return z.NEVER;
  }
  const n = Number(raw);
  if (n < 1 || n > MAX_TARGET_MINUTES) {
    ctx.addIssue({ code: "custom", message: "commitments.validation.minutesRange" });
    return z.NEVER;
  }
  return n;
});

export const publishCommitmentSchema = z.object({
  measure: z.enum(COMMITMENT_MEASURES),
  /** The newest version the page showed: publishing on top of another is a conflict. */
  baseVersion: z.number().int().min(1),
  title: text(2, 50),
  titleEn: text(2, 50),
  statement: text(10, 500),
  statementEn: text(10, 500),
  exclusions: text(10, 500),
  exclusionsEn: text(10, 500),
  targetMinutes,
  active: z.boolean(),
});
export type PublishCommitmentInput = z.output<typeof publishCommitmentSchema>;
export type PublishCommitmentFormValues = z.input<typeof publishCommitmentSchema>;
