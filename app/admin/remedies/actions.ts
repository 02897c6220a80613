"use server";

import { approveRemedySchema, rejectRemedySchema, updateRemedyRuleSchema } from "@/lib/schemas/remedies";
import { staffAction } from "@/server/action";
import { approveRemedy, rejectRemedy } from "@/server/dal/remedies";
import { updateRemedyRule } from "@/server/dal/remedy-rules";

// /admin/remedies: remedy:decide approves or rejects a proposal; remedy:rules edits the rules.
// Checked here first, and again by the DAL on every write.
export const approveRemedyAction = staffAction("remedy:decide", approveRemedySchema, async (input, { actor }) => approveRemedy(actor, input));

export const rejectRemedyAction = staffAction("remedy:decide", rejectRemedySchema, async (input, { actor }) => rejectRemedy(actor, input));

export const updateRemedyRuleAction = staffAction("remedy:rules", updateRemedyRuleSchema, async (input, { actor }) => updateRemedyRule(actor, input));
