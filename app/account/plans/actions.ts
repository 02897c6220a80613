"use server";

import { cancelPlanChangeSchema, schedulePlanChangeSchema } from "@/lib/schemas/plans";
import { action } from "@/server/action";
import { cancelPlanChange, schedulePlanChange } from "@/server/dal/plan-changes";

// 套餐调整 on the customer's own lines. The DAL checks the actor (customers only, their own lines),
// the lock-in rule and the single pending change per line.
export const schedulePlanChangeAction = action(schedulePlanChangeSchema, async (input, { actor }) => schedulePlanChange(actor, input));

export const cancelPlanChangeAction = action(cancelPlanChangeSchema, async (input, { actor }) => cancelPlanChange(actor, input));
