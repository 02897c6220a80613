import { z } from "zod";
import { srnSchema, text, versionSchema } from "./common";

// Status changes of a request: each names the request by SRN and the version the page showed
// (optimistic locking); texts that the customer reads are required where the change needs one.

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

/** 开始处理, with an optional message to the customer. */
export const startRequestSchema = acceptRequestSchema;
export type StartRequestInput = z.infer<typeof startRequestSchema>;

/** 请客户补充信息: the question the customer sees. */
export const requestInfoSchema = z.object({ srn: srnSchema, version: versionSchema, question: text(5, 500) });
export type RequestInfoInput = z.infer<typeof requestInfoSchema>;

/** The customer's answer. */
export const provideInfoSchema = z.object({ srn: srnSchema, version: versionSchema, information: text(5, 1000) });
export type ProvideInfoInput = z.infer<typeof provideInfoSchema>;

/** 处理结果: what was done, for the customer (R2.3). */
export const resolveRequestSchema = z.object({ srn: srnSchema, version: versionSchema, result: text(5, 1000) });
export type ResolveRequestInput = z.infer<typeof resolveRequestSchema>;

/** The customer confirms the resolution. */
export const confirmRequestSchema = withdrawRequestSchema;
export type ConfirmRequestInput = z.infer<typeof confirmRequestSchema>;

/** The customer says it is not resolved, and why. */
export const reopenRequestSchema = z.object({ srn: srnSchema, version: versionSchema, reason: text(5, 500) });
export type ReopenRequestInput = z.infer<typeof reopenRequestSchema>;

/** Staff close a resolved request without the customer's confirmation: the reason is recorded. */
export const closeRequestSchema = z.object({ srn: srnSchema, version: versionSchema, reason: text(5, 500) });
export type CloseRequestInput = z.infer<typeof closeRequestSchema>;

/** Staff reopen a resolved or closed request (重新处理): the reason goes to the customer. */
export const staffReopenSchema = z.object({ srn: srnSchema, version: versionSchema, reason: text(5, 500) });
export type StaffReopenInput = z.infer<typeof staffReopenSchema>;
