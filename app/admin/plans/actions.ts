"use server";

import { planSchema, setPlanActiveSchema, updatePlanSchema } from "@/lib/schemas/administration";
import { staffAction } from "@/server/action";
import { createPlan, setPlanActive, updatePlan } from "@/server/dal/admin-plans";

// /admin/plans: plan:manage, checked here and again by the DAL.
export const createPlanAction = staffAction("plan:manage", planSchema, async (input, { actor }) => createPlan(actor, input));

export const updatePlanAction = staffAction("plan:manage", updatePlanSchema, async (input, { actor }) => updatePlan(actor, input));

export const setPlanActiveAction = staffAction("plan:manage", setPlanActiveSchema, async (input, { actor }) => setPlanActive(actor, input));
