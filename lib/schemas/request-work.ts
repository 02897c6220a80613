import { z } from "zod";
import { idSchema, srnSchema, text, versionSchema } from "./common";

// Working a request on its staff page besides status changes: revealing the customer's contact
// details, internal notes, assigning and handing over, replies to the customer and escalation.
// Each names the request by SRN and, where it changes the request, the version the page showed.

export const REVEAL_FIELDS = ["phone", "idNumber"] as const;
export type RevealField = (typeof REVEAL_FIELDS)[number];

/** 查看完整信息: the reason is recorded in the audit log with the fields shown. */
export const revealCustomerSchema = z.object({
  srn: srnSchema,
  reason: text(5, 200),
});
export type RevealCustomerInput = z.infer<typeof revealCustomerSchema>;

/** 内部备注: staff only. */
export const addNoteSchema = z.object({ srn: srnSchema, version: versionSchema, note: text(2, 1000) });
export type AddNoteInput = z.infer<typeof addNoteSchema>;

/**
 * 分派 (supervisor) and 移交 / 派单 (the owner): a new owner, a team, or both; a team alone means
 * the team's queue takes it over (no owner). The note is internal.
 */
export const assignRequestSchema = z
  .object({
    srn: srnSchema,
    version: versionSchema,
    ownerId: z.union([z.literal(""), idSchema]),
    teamCode: z.union([z.literal(""), z.string().trim().max(40)]),
    note: z.string().trim().max(500, "validation.tooLong.500"),
  })
  .refine((v) => v.ownerId !== "" || v.teamCode !== "", { path: ["ownerId"], message: "validation.assignTarget" });
export type AssignRequestInput = z.infer<typeof assignRequestSchema>;

/** 回复客户: the text the customer reads, perhaps started from a reply template (its code). */
export const replyToCustomerSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  templateCode: z.string().trim().max(60),
  message: text(5, 1000),
});
export type ReplyToCustomerInput = z.infer<typeof replyToCustomerSchema>;

/** 升级: the reason is required; the supervisor is chosen, or found from the request's team. */
export const escalateRequestSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  reason: text(5, 500),
  toId: z.union([z.literal(""), idSchema]),
});
export type EscalateRequestInput = z.infer<typeof escalateRequestSchema>;

/** 解除升级: the supervisor has handled it; the note is optional. */
export const deescalateRequestSchema = z.object({
  srn: srnSchema,
  version: versionSchema,
  note: z.string().trim().max(500, "validation.tooLong.500"),
});
export type DeescalateRequestInput = z.infer<typeof deescalateRequestSchema>;
