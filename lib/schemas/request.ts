import { z } from "zod";
import { parseCstLocal } from "../domain/time";
import { idSchema, idempotencyKeySchema, phoneSchema, srnSchema, text, versionSchema } from "./common";

// 故障报修: one matter per request (一事一报), on one of the customer's own lines.
export const FAULT_SYMPTOMS = [
  "NO_SIGNAL",
  "CALL_FAILURE",
  "SLOW_DATA",
  "NO_INTERNET",
  "SMS_FAILURE",
  "DEVICE_OFFLINE",
  "OTHER",
] as const;
export type FaultSymptom = (typeof FAULT_SYMPTOMS)[number];

/** How far back a fault's start may lie; older faults are a complaint, not a repair. */
export const FAULT_SINCE_MAX_DAYS = 90;

export const createFaultRequestSchema = z.object({
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
  // 一事一报: true once the customer has seen the open request on this line and goes on anyway.
  allowDuplicate: z.boolean(),
  idempotencyKey: idempotencyKeySchema,
});
export type CreateFaultRequestInput = z.infer<typeof createFaultRequestSchema>;

export const acceptRequestSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  message: z.string().trim().max(500, "validation.tooLong.500"),
});
export type AcceptRequestInput = z.infer<typeof acceptRequestSchema>;

export const returnRequestSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  reason: text(5, 500),
});
export type ReturnRequestInput = z.infer<typeof returnRequestSchema>;

export const withdrawRequestSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
});
export type WithdrawRequestInput = z.infer<typeof withdrawRequestSchema>;
