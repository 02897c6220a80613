import { z } from "zod";
import { COMPLAINT_CATEGORIES } from "../domain/complaints";
import { SRN_PATTERN } from "../domain/srn";
import { idempotencyKeySchema, srnSchema, text, versionSchema } from "./common";

// 投诉 (R3.5): one schema for the form at /account/complaints/new and its action. The linked
// request is optional; that it is one of the customer's own requests is checked in the DAL
// (server/dal/complaints.ts), as is 一事一报 (an open complaint about the same request).
export const createComplaintSchema = z.object({
  category: z.enum(COMPLAINT_CATEGORIES, "validation.choose"),
  /** The SRN of the request complained about, or "" for none. */
  relatedSrn: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || SRN_PATTERN.test(v), "validation.srn"),
  description: text(10, 1000),
  /** 诉求: what the customer wants done. */
  desiredOutcome: text(5, 500),
  // 一事一报: true once the customer has seen the open complaint about the same request and goes on anyway.
  allowDuplicate: z.boolean(),
  idempotencyKey: idempotencyKeySchema,
});
export type CreateComplaintInput = z.infer<typeof createComplaintSchema>;

/** 处理: staff move a complaint from 调查 to 处理, with an optional message to the customer. */
export const remedyComplaintSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  message: z.string().trim().max(500, "validation.tooLong.500"),
});
export type RemedyComplaintInput = z.infer<typeof remedyComplaintSchema>;

/** The complaint's own fields in ServiceRequest.details, as the DAL stores them. */
export const complaintDetailsSchema = z.object({
  category: z.enum(COMPLAINT_CATEGORIES),
  desiredOutcome: z.string(),
});
export type ComplaintDetails = z.infer<typeof complaintDetailsSchema>;
