import { z } from "zod";
import { idSchema, text, versionSchema } from "./common";
import { MAX_WAIVER_DAYS, REMEDY_KINDS, REMEDY_STATUSES, yuanToFen, type RemedyStatus } from "../domain/remedies";

// /admin/remedies: the queue's filters (in the address), a supervisor's decision, and an admin's
// edit of a rule. Every decision and edit carries the version the page showed (optimistic locking).

const optionalNote = z.string().trim().max(500, "validation.tooLong.500");

/** Approve: the note is optional. */
export const approveRemedySchema = z.object({ remedyId: idSchema, version: versionSchema, note: optionalNote });
export type ApproveRemedyInput = z.infer<typeof approveRemedySchema>;

/** Reject: the note (why no remedy is due) is required. */
export const rejectRemedySchema = z.object({ remedyId: idSchema, version: versionSchema, note: text(5, 500) });
export type RejectRemedyInput = z.infer<typeof rejectRemedySchema>;

/** A rule as its form edits it: the amount in yuan and the days as typed. */
export const updateRemedyRuleSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    kind: z.enum(REMEDY_KINDS, "validation.choose"),
    amountYuan: z.string().trim().refine((v) => yuanToFen(v) !== null, "remedies.validation.amount"),
    waiverDays: z.string().trim().regex(/^\d{1,2}$/, "remedies.validation.waiverDays"),
    title: text(2, 50),
    titleEn: text(2, 200),
    active: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const fen = yuanToFen(v.amountYuan);
    // An amount that is not one already has its own message; here only the kind's own limits.
    if (v.kind === "CREDIT" && fen !== null && fen <= 0) ctx.addIssue({ code: "custom", path: ["amountYuan"], message: "remedies.validation.creditAmount" });
    const days = Number(v.waiverDays);
    if (v.kind === "FEE_WAIVER" && /^\d{1,2}$/.test(v.waiverDays) && (days < 1 || days > MAX_WAIVER_DAYS)) ctx.addIssue({ code: "custom", path: ["waiverDays"], message: "remedies.validation.waiverDays" });
  });
export type UpdateRemedyRuleInput = z.infer<typeof updateRemedyRuleSchema>;

export type RemedyFilters = { status: RemedyStatus; after: string | null };

/** The queue's filters from the address: a status (PROPOSED when absent or unknown) and a page cursor. */
export function remedyFiltersFrom(params: Record<string, string | string[] | undefined>): RemedyFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const status = one(params.status);
  const after = one(params.after);
  return {
    status: (REMEDY_STATUSES as readonly string[]).includes(status ?? "") ? (status as RemedyStatus) : "PROPOSED",
    after: after && after.length <= 200 ? after : null,
  };
}

/** The address of a queue page. */
export function remedyQuery(filters: RemedyFilters): string {
  const q = new URLSearchParams();
  if (filters.status !== "PROPOSED") q.set("status", filters.status);
  if (filters.after) q.set("after", filters.after);
  const s = q.toString();
  return s ? `?${s}` : "";
}
