import { z } from "zod";
import { cstDateAt, cstDaysFrom, parseCstLocal } from "../domain/time";
import { idSchema, idempotencyKeySchema, phoneSchema, MAINLAND_MOBILE, text } from "./common";

// New requests, one schema per type (一事一报: one matter each), shared by each type's form and by
// the one create action, which takes their discriminated union on `type`. Complaints have their
// own form elsewhere; plan changes and terminations are not built yet.
export const CREATABLE_TYPES = ["SERVICE_OPENING", "FAULT_REPAIR", "BUSINESS_CHANGE", "CONSULTATION"] as const;
export type CreatableType = (typeof CREATABLE_TYPES)[number];

/** URL segments of the forms under /account/requests/new/. */
export const TYPE_SLUGS: Record<CreatableType, string> = {
  SERVICE_OPENING: "service-opening",
  FAULT_REPAIR: "fault-repair",
  BUSINESS_CHANGE: "business-change",
  CONSULTATION: "consultation",
};

export const FAULT_SYMPTOMS = ["NO_SIGNAL", "CALL_FAILURE", "SLOW_DATA", "NO_INTERNET", "SMS_FAILURE", "DEVICE_OFFLINE", "OTHER"] as const;
export type FaultSymptom = (typeof FAULT_SYMPTOMS)[number];
/** Appointment windows, China time: 09–12, 12–15, 15–18, 18–21. */
export const APPOINTMENT_WINDOWS = ["W09_12", "W12_15", "W15_18", "W18_21"] as const;
export type AppointmentWindow = (typeof APPOINTMENT_WINDOWS)[number];
export const WINDOW_HOURS: Record<AppointmentWindow, [number, number]> = { W09_12: [9, 12], W12_15: [12, 15], W15_18: [15, 18], W18_21: [18, 21] };
export const REACHABLE_TIMES = ["ANYTIME", ...APPOINTMENT_WINDOWS] as const;
export const OPENING_KINDS = ["MOBILE", "BROADBAND", "IOT", "CLOUD"] as const;
export const CHANGE_KINDS = ["MOVE_ADDRESS", "SUSPEND", "RESUME", "ADD_ON", "REMOVE_ADD_ON", "CHANGE_CONTACT"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** 国际漫游, 来电显示, 彩铃, 流量加油包, 固定 IP — and the kinds of line each applies to. */
export const ADD_ONS = ["INTL_ROAMING", "CALLER_ID", "RINGBACK_TONE", "DATA_BOOSTER", "STATIC_IP"] as const;
export type AddOn = (typeof ADD_ONS)[number];
export const ADD_ON_LINE_KINDS: Record<AddOn, readonly string[]> = {
  INTL_ROAMING: ["MOBILE"],
  CALLER_ID: ["MOBILE"],
  RINGBACK_TONE: ["MOBILE"],
  DATA_BOOSTER: ["MOBILE", "IOT"],
  STATIC_IP: ["BROADBAND", "CLOUD"],
};
export const CONSULTATION_TOPICS = ["BILLING", "PLANS", "NETWORK", "SERVICES", "ACCOUNT", "OTHER"] as const;

/** How far back a fault's start may lie; older faults are a complaint, not a repair. */
export const FAULT_SINCE_MAX_DAYS = 90;
/** Appointments and effective dates: from today up to this many days ahead (China time). */
export const BOOK_AHEAD_DAYS = 30;

const common = {
  // 一事一报: true once the customer has seen the open request it duplicates and goes on anyway.
  allowDuplicate: z.boolean(),
  idempotencyKey: idempotencyKeySchema,
};
const optionalText = (max: number) => z.string().trim().max(max, `validation.tooLong.${max}`);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "validation.choose");

/** A date input's value from today to BOOK_AHEAD_DAYS ahead, China time; "" when optional. */
function bookableDate(required: boolean) {
  return z.string().superRefine((v, ctx) => {
    if (!v) {
      if (required) ctx.addIssue({ code: "custom", message: "validation.required" });
      return;
    }
    const days = cstDaysFrom(new Date(), v);
    if (days === null) ctx.addIssue({ code: "custom", message: "validation.date" });
    else if (days < 0 || days > BOOK_AHEAD_DAYS) ctx.addIssue({ code: "custom", message: "validation.dateWithin30" });
  });
}

/**
 * Cross-field rules run even when a field failed on its own, so that a form shows every problem
 * at once (zod skips refinements after other issues by default). They read the raw values.
 */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** The end of an appointment window, or null for an invalid date. */
export function windowEnd(date: string, window: AppointmentWindow): Date | null {
  return cstDateAt(date, WINDOW_HOURS[window][1]);
}

// 业务开通: a new line or service at an address, with an appointment for the installer or a call.
export const serviceOpeningSchema = z
  .object({
    type: z.literal("SERVICE_OPENING"),
    serviceKind: choice(OPENING_KINDS),
    address: optionalText(200),
    preferredDate: bookableDate(true),
    window: choice(APPOINTMENT_WINDOWS),
    contactPhone: phoneSchema,
    notes: optionalText(500),
    ...common,
  })
  .superRefine((v, ctx) => {
    const address = str(v.address);
    if ((v.serviceKind === "BROADBAND" || address) && address.length < 5) {
      ctx.addIssue({ code: "custom", path: ["address"], message: v.serviceKind === "BROADBAND" ? "validation.addressBroadband" : "validation.tooShort.5" });
    }
    // Only today's windows can have passed; other dates have their own message.
    const date = str(v.preferredDate);
    const end = cstDaysFrom(new Date(), date) === 0 && v.window in WINDOW_HOURS ? windowEnd(date, v.window) : null;
    if (end && end.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["window"], message: "validation.windowPassed" });
  }, always);
export type ServiceOpeningInput = z.infer<typeof serviceOpeningSchema>;

// 故障报修: on one of the customer's own lines.
export const faultRepairSchema = z.object({
  type: z.literal("FAULT_REPAIR"),
  lineId: idSchema,
  symptom: z.enum(FAULT_SYMPTOMS, "validation.symptom"),
  since: z
    .string()
    .min(1, "validation.required")
    .refine((v) => parseCstLocal(v) !== null, "validation.dateTime")
    .refine((v) => {
      const at = parseCstLocal(v);
      return !at || at.getTime() <= Date.now() + 5 * 60_000;
    }, "validation.notInFuture")
    .refine((v) => {
      const at = parseCstLocal(v);
      return !at || Date.now() - at.getTime() <= FAULT_SINCE_MAX_DAYS * 86_400_000;
    }, "validation.tooLongAgo"),
  description: text(10, 1000),
  contactPhone: phoneSchema,
  reachable: choice(REACHABLE_TIMES),
  ...common,
});
export type FaultRepairInput = z.infer<typeof faultRepairSchema>;

// 业务变更: one change on one line; each kind asks for what it needs.
export const businessChangeSchema = z
  .object({
    type: z.literal("BUSINESS_CHANGE"),
    lineId: idSchema,
    changeKind: choice(CHANGE_KINDS),
    newAddress: optionalText(200),
    effectiveDate: bookableDate(false),
    addOn: z.union([z.literal(""), z.enum(ADD_ONS)], "validation.choose"),
    newContactName: optionalText(50),
    newContactPhone: z.string().trim(),
    description: optionalText(500),
    ...common,
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message = "validation.required") => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.changeKind === "MOVE_ADDRESS" && str(v.newAddress).length < 5) need("newAddress", "validation.address");
    if ((v.changeKind === "SUSPEND" || v.changeKind === "RESUME") && !str(v.effectiveDate)) need("effectiveDate");
    if ((v.changeKind === "ADD_ON" || v.changeKind === "REMOVE_ADD_ON") && !v.addOn) need("addOn", "validation.choose");
    if (v.changeKind === "CHANGE_CONTACT") {
      if (str(v.newContactName).length < 2) need("newContactName", "validation.tooShort.2");
      if (!MAINLAND_MOBILE.test(str(v.newContactPhone))) need("newContactPhone", "validation.phone");
    }
  }, always);
export type BusinessChangeInput = z.infer<typeof businessChangeSchema>;

// 咨询: a question, optionally about one of the customer's lines.
export const consultationSchema = z.object({
  type: z.literal("CONSULTATION"),
  lineId: z.string().max(40),
  topic: choice(CONSULTATION_TOPICS),
  question: text(10, 1000),
  ...common,
});
export type ConsultationInput = z.infer<typeof consultationSchema>;

export const createRequestSchema = z.discriminatedUnion("type", [serviceOpeningSchema, faultRepairSchema, businessChangeSchema, consultationSchema]);
export type CreateRequestInput = z.infer<typeof createRequestSchema>;
