"use server";

import { bulkAssignSchema } from "@/lib/schemas/queue";
import { action, ForbiddenError } from "@/server/action";
import { bulkAssign } from "@/server/dal/queue";

export const bulkAssignAction = action(bulkAssignSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return bulkAssign(actor, input);
});
