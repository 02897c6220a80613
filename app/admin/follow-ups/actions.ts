"use server";

import { recordFollowUpSchema } from "@/lib/schemas/follow-up";
import { action, ForbiddenError } from "@/server/action";
import { recordFollowUp } from "@/server/dal/follow-ups";

export const recordFollowUpAction = action(recordFollowUpSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return recordFollowUp(actor, input);
});
