"use server";

import { approveReplySchema, rejectReplySchema } from "@/lib/schemas/approvals";
import { staffAction } from "@/server/action";
import { approveReplyDraft, rejectReplyDraft } from "@/server/dal/reply-drafts";

// Replies to level-1 complaints: complaint:approve, checked here and again by the DAL.
export const approveReplyAction = staffAction("complaint:approve", approveReplySchema, async (input, { actor }) => approveReplyDraft(actor, input));

export const rejectReplyAction = staffAction("complaint:approve", rejectReplySchema, async (input, { actor }) => rejectReplyDraft(actor, input));
