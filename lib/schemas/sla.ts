import { z } from "zod";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { clockToMinutes, isDateKey, isValidTimeZone } from "@/lib/domain/business-calendar";
import { COMPLAINT_REPLY_DAYS, DEFAULT_POLICIES } from "@/lib/domain/sla-policy";
import { idSchema, srnSchema, text, versionSchema } from "./common";

// The SLA engine's inputs: a request's level (and special flag), a policy version, a business
// calendar and its days. Messages are keys under "sla.validation" (or "validation").

/** 1 重大 major, 2 一般 general, 3 轻微 minor; the radio group sends text. */
const levelSchema = z.union([z.literal("1"), z.literal("2"), z.literal("3"), z.literal(1), z.literal(2), z.literal(3)], { error: "sla.validation.level" }).transform((v) => Number(v) as 1 | 2 | 3);

export const setLevelSchema = z.object({ srn: srnSchema, version: versionSchema, level: levelSchema, special: z.boolean() });
export type SetLevelInput = z.output<typeof setLevelSchema>;

// The form sends text, the action gets the parsed numbers back and parses them again: each field
// takes either (the schema must accept its own output).
function wholeNumber(options: { optional: boolean; format: string; range: string; min: number; max: number }) {
  return z.union([z.string(), z.number(), z.null()]).transform((v, ctx): number | null => {
    const text = v === null ? "" : String(v).trim();
    if (text === "") {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: options.format });
      return z.NEVER;
    }
    const n = Number(text);
    if (n < options.min || n > options.max) {
      ctx.addIssue({ code: "custom", message: options.range });
      return z.NEVER;
    }
    return n;
  });
}
/** Whole hours, 1 to a year. */
const hoursRule = { format: "sla.validation.hoursInteger", range: "sla.validation.hoursRange", min: 1, max: 8760 };
const hours = wholeNumber({ ...hoursRule, optional: false }).transform((n) => n!);
const optionalHours = wholeNumber({ ...hoursRule, optional: true });

export const savePolicySchema = z
  .object({
    type: z.enum(REQUEST_TYPES),
    /** The newest version the page showed (0 for the built-in defaults): a save on top of another is a conflict. */
    baseVersion: z.number().int().min(0),
    acceptHours: hours,
    acceptHoursSpecial: hours,
    acceptOnCalendar: z.boolean(),
    respondHours1: optionalHours,
    respondHours2: optionalHours,
    respondHours3: optionalHours,
    respondOnCalendar: z.boolean(),
    resolveHours1: optionalHours,
    resolveHours2: optionalHours,
    resolveHours3: optionalHours,
    resolveOnCalendar: z.boolean(),
    warnAtPercent: wholeNumber({ optional: false, format: "sla.validation.percent", range: "sla.validation.percent", min: 1, max: 99 }).transform((n) => n!),
    calendarId: z.string().max(40),
    note: text(5, 200),
  })
  .superRefine((v, ctx) => {
    const defaults = DEFAULT_POLICIES[v.type];
    // A type keeps the clocks it promises; each one needs its hours at every level.
    for (const [clock, has] of [["respond", defaults.respondHours !== null], ["resolve", defaults.resolveHours !== null]] as const) {
      if (!has) continue;
      for (const level of [1, 2, 3] as const) {
        const key = `${clock}Hours${level}` as const;
        if (v[key] === null) ctx.addIssue({ code: "custom", path: [key], message: "validation.required" });
      }
    }
    if (v.acceptHoursSpecial < v.acceptHours) ctx.addIssue({ code: "custom", path: ["acceptHoursSpecial"], message: "sla.validation.specialNotShorter" });
    if (v.type === "COMPLAINT") {
      for (const level of [1, 2, 3] as const) {
        const h = v[`resolveHours${level}`];
        if (h !== null && h > COMPLAINT_REPLY_DAYS * 24) ctx.addIssue({ code: "custom", path: [`resolveHours${level}`], message: "sla.validation.statutoryMax" });
      }
    }
  });
export type SavePolicyInput = z.output<typeof savePolicySchema>;
export type SavePolicyFormValues = z.input<typeof savePolicySchema>;

const clockText = z.string().trim().refine((t) => clockToMinutes(t) !== null, "sla.validation.time");

export const updateCalendarSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    name: text(1, 50),
    nameEn: text(1, 50),
    timeZone: z.string().trim().refine(isValidTimeZone, "sla.validation.timeZone"),
    dayStart: clockText,
    dayEnd: clockText,
    workdays: z.array(z.enum(["1", "2", "3", "4", "5", "6", "7"])).min(1, "sla.validation.workdays"),
  })
  .refine((v) => (clockToMinutes(v.dayEnd) ?? 0) > (clockToMinutes(v.dayStart) ?? 0), { path: ["dayEnd"], message: "sla.validation.endAfterStart" });
export type UpdateCalendarInput = z.output<typeof updateCalendarSchema>;

export const createCalendarSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,30}$/, "sla.validation.code"),
  name: text(1, 50),
  nameEn: text(1, 50),
});
export type CreateCalendarInput = z.output<typeof createCalendarSchema>;

export const addCalendarDaySchema = z.object({
  calendarId: idSchema,
  version: versionSchema,
  date: z.string().trim().refine(isDateKey, "sla.validation.date"),
  kind: z.enum(["HOLIDAY", "WORKDAY"], { error: "sla.validation.dayKind" }),
  name: text(1, 50),
  nameEn: z.string().trim().max(50, "validation.tooLong.50"),
});
export type AddCalendarDayInput = z.output<typeof addCalendarDaySchema>;

export const removeCalendarDaySchema = z.object({ calendarId: idSchema, version: versionSchema, dayId: idSchema });
export type RemoveCalendarDayInput = z.output<typeof removeCalendarDaySchema>;
