import { z } from "zod";
import { isKnownArea } from "../domain/areas";
import { COMPLAINT_CATEGORIES } from "../domain/complaints";
import { IMPROVEMENT_CODE_PATTERN, IMPROVEMENT_DECISIONS, MOVE_TARGETS } from "../domain/improvements";
import { METRICS, METRIC_KEYS, type MetricUnit } from "../domain/metrics";
import { REQUEST_TYPES } from "../domain/roles";
import { cstDateAt } from "../domain/time";
import { idSchema, srnSchema, text, versionSchema } from "./common";

// Improvement projects (/admin/improvements). One schema per form, shared by the form and its
// action. Dates are `date` values (yyyy-MM-dd) read as China time; messages are keys under
// improvements.validation.* or validation.*.

export const IMPROVEMENT_LIMITS = { titleMax: 200, problemMax: 1000, noteMax: 1000, reasonMax: 500, scopeMax: 60 } as const;

export const improvementCodeSchema = z.string().trim().toUpperCase().regex(IMPROVEMENT_CODE_PATTERN, "improvements.validation.code");

const date = z.string().refine((v) => cstDateAt(v) !== null, "validation.date");
const optional = (schema: z.ZodType<string>) => z.union([z.literal(""), schema]);

/** The range a target may take in each unit (counts are whole numbers ≥ 0). */
const TARGET_RANGE: Record<MetricUnit, [number, number]> = { count: [0, 1_000_000], percent: [0, 100], nps: [-100, 100], index: [0, 100] };

/** Checks a target typed in a metric's unit: a number within the unit's range, or empty. */
export function targetError(unit: MetricUnit, value: string): string | null {
  if (value.trim() === "") return null;
  const n = Number(value);
  const [min, max] = TARGET_RANGE[unit];
  if (!Number.isFinite(n) || n < min || n > max || (unit === "count" && !Number.isInteger(n))) return `improvements.validation.target.${unit}`;
  return null;
}

/** The scope fields, each optional; which of them count is the metric's business (scopeFor). */
export const scopeFields = {
  requestType: optional(z.enum(REQUEST_TYPES, "validation.choose")),
  category: optional(z.enum(COMPLAINT_CATEGORIES, "validation.choose")),
  area: optional(z.string().trim().refine(isKnownArea, "improvements.validation.area")),
  planCode: z.string().trim().max(IMPROVEMENT_LIMITS.scopeMax, "validation.invalid"),
  teamId: z.string().trim().max(40, "validation.invalid"),
};

const periodOrder = (from: string, to: string) => {
  const a = cstDateAt(from);
  const b = cstDateAt(to);
  return !a || !b || a.getTime() <= b.getTime();
};

/** Plan: the problem, the metric and its scope, the target, the baseline period (its figure is computed). */
export const createImprovementSchema = z
  .object({
    title: text(5, IMPROVEMENT_LIMITS.titleMax),
    problem: text(10, IMPROVEMENT_LIMITS.problemMax),
    metricKey: z.enum(METRIC_KEYS, "validation.choose"),
    ...scopeFields,
    targetValue: z.string().trim().max(20, "validation.invalid"),
    baselineFrom: date,
    baselineTo: date,
    /** Link the requests in scope during the baseline period (complaints only). */
    linkBaseline: z.boolean(),
    /** Opened from a reports hot spot: its category, area and plan are kept as the hot spot. */
    fromHotspot: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const error = targetError(METRICS[v.metricKey].unit, v.targetValue);
    if (error) ctx.addIssue({ code: "custom", path: ["targetValue"], message: error });
    if (!periodOrder(v.baselineFrom, v.baselineTo)) ctx.addIssue({ code: "custom", path: ["baselineTo"], message: "improvements.validation.periodOrder" });
  });
export type CreateImprovementInput = z.input<typeof createImprovementSchema>;
export type CreateImprovementData = z.output<typeof createImprovementSchema>;

const base = { code: improvementCodeSchema, version: versionSchema };

/** A status move; a cancellation needs its reason. */
export const moveImprovementSchema = z
  .object({ ...base, to: z.enum(MOVE_TARGETS, "validation.choose"), reason: z.string().trim().max(IMPROVEMENT_LIMITS.reasonMax, `validation.tooLong.${IMPROVEMENT_LIMITS.reasonMax}`) })
  .superRefine((v, ctx) => {
    if (v.to === "CANCELLED" && v.reason.length < 5) ctx.addIssue({ code: "custom", path: ["reason"], message: "improvements.validation.reason" });
  });
export type MoveImprovementInput = z.input<typeof moveImprovementSchema>;
export type MoveImprovementData = z.output<typeof moveImprovementSchema>;

export const addImprovementActionSchema = z.object({ ...base, title: text(2, IMPROVEMENT_LIMITS.titleMax), ownerId: idSchema, dueDate: date });
export type AddImprovementActionInput = z.input<typeof addImprovementActionSchema>;

export const completeImprovementActionSchema = z.object({ ...base, actionId: idSchema });
export type CompleteImprovementActionInput = z.input<typeof completeImprovementActionSchema>;

/** Check: the after-period (both days included). */
export const checkImprovementSchema = z.object({ ...base, from: date, to: date }).refine((v) => periodOrder(v.from, v.to), { path: ["to"], message: "improvements.validation.periodOrder" });
export type CheckImprovementInput = z.input<typeof checkImprovementSchema>;

export const decideImprovementSchema = z.object({ ...base, decision: z.enum(IMPROVEMENT_DECISIONS, "validation.choose"), note: text(5, IMPROVEMENT_LIMITS.noteMax) });
export type DecideImprovementInput = z.input<typeof decideImprovementSchema>;

export const reviewImprovementSchema = z.object({ ...base, note: text(5, IMPROVEMENT_LIMITS.noteMax) });
export type ReviewImprovementInput = z.input<typeof reviewImprovementSchema>;

export const changeImprovementOwnerSchema = z.object({ ...base, ownerId: idSchema });
export type ChangeImprovementOwnerInput = z.input<typeof changeImprovementOwnerSchema>;

export const linkImprovementRequestSchema = z.object({ ...base, srn: srnSchema });
export type LinkImprovementRequestInput = z.input<typeof linkImprovementRequestSchema>;
