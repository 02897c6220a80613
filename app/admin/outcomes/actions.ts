"use server";

import { outcomeNoteStepSchema, outcomePageSchema, outcomeStepSchema, previewOutcomeSchema, updateOutcomePageSchema } from "@/lib/schemas/outcomes";
import { staffAction } from "@/server/action";
import {
  approveOutcomePage,
  createOutcomePage,
  previewOutcome,
  rejectOutcomePage,
  submitOutcomePage,
  unpublishOutcomePage,
  updateOutcomePage,
} from "@/server/dal/outcomes";

// /admin/outcomes: outcome:edit writes, previews and submits; outcome:publish approves, rejects
// and unpublishes. Checked here first and again by the DAL, which also refuses self-approval.
export const createOutcomePageAction = staffAction("outcome:edit", outcomePageSchema, async (input, { actor }) => createOutcomePage(actor, input));

export const updateOutcomePageAction = staffAction("outcome:edit", updateOutcomePageSchema, async (input, { actor }) => updateOutcomePage(actor, input));

export const previewOutcomeAction = staffAction("outcome:edit", previewOutcomeSchema, async (input, { actor }) => previewOutcome(actor, input));

export const submitOutcomePageAction = staffAction("outcome:edit", outcomeStepSchema, async (input, { actor }) => submitOutcomePage(actor, input));

export const approveOutcomePageAction = staffAction("outcome:publish", outcomeStepSchema, async (input, { actor }) => approveOutcomePage(actor, input));

export const rejectOutcomePageAction = staffAction("outcome:publish", outcomeNoteStepSchema, async (input, { actor }) => rejectOutcomePage(actor, input));

export const unpublishOutcomePageAction = staffAction("outcome:publish", outcomeNoteStepSchema, async (input, { actor }) => unpublishOutcomePage(actor, input));
