"use server";

import { acceptRequestSchema, returnRequestSchema } from "@/lib/schemas/request";
import { action, ForbiddenError } from "@/server/action";
import { acceptRequest, returnRequest } from "@/server/dal/request-transitions";

// The state machine (lib/domain/request-status.ts) checks the role; this only keeps customers out.
export const acceptRequestAction = action(acceptRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return acceptRequest(actor, input);
});

export const returnRequestAction = action(returnRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return returnRequest(actor, input);
});
