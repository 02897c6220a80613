"use server";

import { confirmRequestSchema, provideInfoSchema, reopenRequestSchema, withdrawRequestSchema } from "@/lib/schemas/request";
import { createRequestSchema } from "@/lib/schemas/request-create";
import { rateRequestSchema } from "@/lib/schemas/rating";
import { action, ForbiddenError } from "@/server/action";
import { rateRequest } from "@/server/dal/ratings";
import { createRequest } from "@/server/dal/request-create";
import { confirmResolution, provideInformation, reopenRequest, withdrawRequest } from "@/server/dal/request-transitions";

// The customer's own requests. The state machine (lib/domain/request-status.ts) checks the role
// of every status change; this only keeps staff out of customer-only DAL functions.
export const createRequestAction = action(createRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return createRequest(actor, input);
});

export const withdrawRequestAction = action(withdrawRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return withdrawRequest(actor, input);
});

export const provideInfoAction = action(provideInfoSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return provideInformation(actor, input);
});

export const confirmResolutionAction = action(confirmRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return confirmResolution(actor, input);
});

export const reopenRequestAction = action(reopenRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return reopenRequest(actor, input);
});

export const rateRequestAction = action(rateRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  await rateRequest(actor, input);
  return { srn: input.srn };
});
