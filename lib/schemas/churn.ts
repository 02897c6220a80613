import { z } from "zod";
import { CHURN_BANDS, WINBACK_OFFERS, WINBACK_OUTCOMES, type ChurnBand } from "../domain/churn";
import { CUSTOMER_TYPES, type CustomerType } from "../domain/roles";
import { cstDateKey, cstDaysFrom, parseCstLocal } from "../domain/time";
import { idSchema, text, versionSchema } from "./common";

// /admin/retention: the list's filters (in the address), rescoring, and the win-back task forms.
// Messages are keys under retention.validation.* or validation.*.

/** The furthest a win-back task may be due, in days from today. */
export const WINBACK_MAX_DUE_DAYS = 60;
const CLOCK_SLACK_MS = 5 * 60_000;

export const rescoreCustomerSchema = z.object({ customerId: idSchema });
export type RescoreCustomerInput = z.infer<typeof rescoreCustomerSchema>;

/** Rescoring everyone is a whole job run: the button says so explicitly. */
export const rescoreAllSchema = z.object({ confirm: z.literal(true, "validation.required") });

const detail = z.string().trim().max(200, "validation.tooLong.200");

export const createWinBackSchema = z
  .object({
    customerId: idSchema,
    offer: z.enum(WINBACK_OFFERS, "validation.choose"),
    detail,
    assigneeId: idSchema,
    // A `date` input: the day the call is due (China time), today up to WINBACK_MAX_DUE_DAYS ahead.
    dueDate: z.string().refine((v) => {
      const days = cstDaysFrom(new Date(), v);
      return days !== null && days >= 0 && days <= WINBACK_MAX_DUE_DAYS;
    }, "retention.validation.dueDate"),
  })
  .refine((v) => v.offer !== "OTHER" || v.detail.length >= 2, { path: ["detail"], message: "retention.validation.otherDetail" });
export type CreateWinBackInput = z.infer<typeof createWinBackSchema>;

export const recordWinBackCallSchema = z
  .object({
    taskId: idSchema,
    version: versionSchema,
    outcome: z.enum(WINBACK_OUTCOMES, "validation.choose"),
    note: z.string().trim().max(500, "validation.tooLong.500"),
    // A `datetime-local` value, required for CALL_BACK only.
    callBackAt: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== "CALL_BACK") return;
    const at = parseCstLocal(v.callBackAt);
    if (!at) ctx.addIssue({ code: "custom", path: ["callBackAt"], message: "retention.validation.callBackAt" });
    else if (at.getTime() < Date.now() - CLOCK_SLACK_MS) ctx.addIssue({ code: "custom", path: ["callBackAt"], message: "retention.validation.callBackPast" });
  });
export type RecordWinBackCallInput = z.infer<typeof recordWinBackCallSchema>;

export const cancelWinBackSchema = z.object({ taskId: idSchema, version: versionSchema, note: text(2, 500) });
export type CancelWinBackInput = z.infer<typeof cancelWinBackSchema>;

/** Today as a `date` input value (China time), the default due day. */
export const todayKey = () => cstDateKey(new Date());

export type RetentionFilters = { band: ChurnBand | null; area: string; type: CustomerType | null; after: string | null };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The list's filters from the address; anything unknown is dropped. */
export function retentionFiltersFrom(params: Record<string, string | string[] | undefined>): RetentionFilters {
  const band = one(params.band);
  const type = one(params.type);
  const area = (one(params.area) ?? "").trim().slice(0, 40);
  const after = one(params.after);
  return {
    band: (CHURN_BANDS as readonly string[]).includes(band ?? "") ? (band as ChurnBand) : null,
    area,
    type: (CUSTOMER_TYPES as readonly string[]).includes(type ?? "") ? (type as CustomerType) : null,
    after: after && after.length <= 200 ? after : null,
  };
}

export function retentionQuery(filters: RetentionFilters): string {
  const q = new URLSearchParams();
  if (filters.band) q.set("band", filters.band);
  if (filters.area) q.set("area", filters.area);
  if (filters.type) q.set("type", filters.type);
  if (filters.after) q.set("after", filters.after);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export type TaskScope = "mine" | "all";
export const taskScopeFrom = (params: Record<string, string | string[] | undefined>): TaskScope => (one(params.scope) === "all" ? "all" : "mine");
