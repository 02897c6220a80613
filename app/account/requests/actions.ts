"use server";

import { createFaultRequestSchema, withdrawRequestSchema } from "@/lib/schemas/request";
import { action, ForbiddenError } from "@/server/action";
import { createFaultRequest } from "@/server/dal/request-create";
import { withdrawRequest } from "@/server/dal/request-transitions";

export const createFaultRequestAction = action(createFaultRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return createFaultRequest(actor, input);
});

export const withdrawRequestAction = action(withdrawRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return withdrawRequest(actor, input);
});
