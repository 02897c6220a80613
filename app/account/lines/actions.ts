"use server";

import { confirmTerminationSchema, sendTerminationCodeSchema } from "@/lib/schemas/termination";
import { action, ForbiddenError } from "@/server/action";
import { confirmTermination, sendTerminationCode } from "@/server/dal/termination";

// 销户 wizard, last step: the SMS code, then the confirmation. The DAL re-checks the line, the
// bills and any open termination on every call.
export const sendTerminationCodeAction = action(sendTerminationCodeSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return sendTerminationCode(actor, input);
});

export const confirmTerminationAction = action(confirmTerminationSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return confirmTermination(actor, input);
});
