"use server";

import {
  addImprovementActionSchema,
  changeImprovementOwnerSchema,
  checkImprovementSchema,
  completeImprovementActionSchema,
  createImprovementSchema,
  decideImprovementSchema,
  linkImprovementRequestSchema,
  moveImprovementSchema,
  reviewImprovementSchema,
} from "@/lib/schemas/improvements";
import { staffAction } from "@/server/action";
import {
  addImprovementAction,
  addImprovementReview,
  changeImprovementOwner,
  completeImprovementAction,
  createImprovement,
  decideImprovement,
  linkImprovementRequest,
  moveImprovement,
  recomputeCheck,
} from "@/server/dal/improvements";

// /admin/improvements: improvement:manage, checked here and again by the DAL on every write.
export const createImprovementAction = staffAction("improvement:manage", createImprovementSchema, async (input, { actor }) => createImprovement(actor, input));

export const moveImprovementAction = staffAction("improvement:manage", moveImprovementSchema, async (input, { actor }) => moveImprovement(actor, input));

export const recomputeCheckAction = staffAction("improvement:manage", checkImprovementSchema, async (input, { actor }) => recomputeCheck(actor, input));

export const decideImprovementAction = staffAction("improvement:manage", decideImprovementSchema, async (input, { actor }) => decideImprovement(actor, input));

export const addImprovementActionAction = staffAction("improvement:manage", addImprovementActionSchema, async (input, { actor }) => addImprovementAction(actor, input));

export const completeImprovementActionAction = staffAction("improvement:manage", completeImprovementActionSchema, async (input, { actor }) => completeImprovementAction(actor, input));

export const addImprovementReviewAction = staffAction("improvement:manage", reviewImprovementSchema, async (input, { actor }) => addImprovementReview(actor, input));

export const changeImprovementOwnerAction = staffAction("improvement:manage", changeImprovementOwnerSchema, async (input, { actor }) => changeImprovementOwner(actor, input));

export const linkImprovementRequestAction = staffAction("improvement:manage", linkImprovementRequestSchema, async (input, { actor }) => linkImprovementRequest(actor, input));
