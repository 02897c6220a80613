import { z } from "zod";
import { idSchema, text, versionSchema } from "./common";

// A supervisor's decision on a reply to a level-1 complaint (/admin/approvals). The reply itself
// is drafted by the complaint's reply form (resolveRequestSchema). Approving carries the request
// version the supervisor saw: a request changed since is a conflict, never replied to blind.

/** Approve, with the reply text as it goes to the customer (the supervisor may edit it). */
export const approveReplySchema = z.object({ draftId: idSchema, version: versionSchema, body: text(5, 1000) });
export type ApproveReplyInput = z.infer<typeof approveReplySchema>;

/** Reject: the note tells the author what to change; the complaint stays where it is. */
export const rejectReplySchema = z.object({ draftId: idSchema, note: text(5, 500) });
export type RejectReplyInput = z.infer<typeof rejectReplySchema>;
