import { z } from "zod";
import { SERVICE_KINDS } from "../domain/roles";
import { idempotencyKeySchema, idSchema, srnSchema } from "./common";

// 套餐: the catalogue's filter (a GET form, read from the URL), and plan changes.

export const PLAN_CODE = /^[A-Z0-9-]{2,20}$/;
export const planCodeSchema = z.string().trim().toUpperCase().regex(PLAN_CODE, "validation.choose");
/** How many plans the compare view shows side by side. */
export const MAX_COMPARE = 3;
export const PRICE_BANDS = ["UP_TO_50", "50_TO_150", "OVER_150"] as const;
export type PriceBand = (typeof PRICE_BANDS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? v.split(",") : []);

/**
 * The catalogue's search parameters. Anything unknown or malformed is dropped rather than
 * refused: a hand-edited URL shows the catalogue, never an error page. `compare` keeps the order
 * given, without duplicates; `tooMany` says that more than MAX_COMPARE were asked for.
 */
export const catalogueQuerySchema = z
  .object({
    kind: z.preprocess(one, z.enum(SERVICE_KINDS).optional().catch(undefined)),
    price: z.preprocess(one, z.enum(PRICE_BANDS).optional().catch(undefined)),
    noContract: z.preprocess(one, z.literal("1").optional().catch(undefined)),
    compare: z.preprocess(list, z.array(z.string()).catch([])),
  })
  .transform((q) => {
    const codes = [...new Set(q.compare.map((c) => c.trim().toUpperCase()).filter((c) => PLAN_CODE.test(c)))];
    return { kind: q.kind, price: q.price, noContract: q.noContract === "1", compare: codes.slice(0, MAX_COMPARE), tooMany: codes.length > MAX_COMPARE };
  });
export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;

/** Monthly fee bounds of a price band, in fen (upper bound inclusive). */
export const PRICE_BAND_FEN: Record<PriceBand, { min: number; max: number | null }> = {
  UP_TO_50: { min: 0, max: 5000 },
  "50_TO_150": { min: 5001, max: 15000 },
  OVER_150: { min: 15001, max: null },
};

/** 确认变更: the line, the plan chosen, and the form's key against double submits. */
export const schedulePlanChangeSchema = z.object({
  lineId: idSchema,
  toPlan: planCodeSchema,
  idempotencyKey: idempotencyKeySchema,
});
export type SchedulePlanChangeInput = z.infer<typeof schedulePlanChangeSchema>;

/** 取消变更: the plan change, named by the SRN of its request. */
export const cancelPlanChangeSchema = z.object({ srn: srnSchema });
export type CancelPlanChangeInput = z.infer<typeof cancelPlanChangeSchema>;
