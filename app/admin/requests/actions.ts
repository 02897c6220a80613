"use server";

import { acceptRequestSchema, closeRequestSchema, requestInfoSchema, resolveRequestSchema, returnRequestSchema, startRequestSchema } from "@/lib/schemas/request";
import { remedyComplaintSchema } from "@/lib/schemas/complaint";
import { action, ForbiddenError } from "@/server/action";
import { completeTerminationSchema } from "@/lib/schemas/termination";
import { acceptRequest, closeRequest, remedyComplaint, requestInformation, resolveRequest, returnRequest, startRequest } from "@/server/dal/request-transitions";
import { completeTermination } from "@/server/dal/termination-complete";

// The state machine (lib/domain/request-status.ts) checks the role; this only keeps customers out.
export const acceptRequestAction = action(acceptRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return acceptRequest(actor, input);
});

export const returnRequestAction = action(returnRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return returnRequest(actor, input);
});

export const startRequestAction = action(startRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return startRequest(actor, input);
});

export const requestInfoAction = action(requestInfoSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return requestInformation(actor, input);
});

export const resolveRequestAction = action(resolveRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return resolveRequest(actor, input);
});

export const closeRequestAction = action(closeRequestSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return closeRequest(actor, input);
});

/** 投诉 处理: a complaint under investigation moves on to its remedy. */
export const remedyComplaintAction = action(remedyComplaintSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return remedyComplaint(actor, input);
});

/** 完成销户 (termination:complete, checked in the DAL). */
export const completeTerminationAction = action(completeTerminationSchema, async (input, { actor }) => {
  if (actor.kind !== "staff") throw new ForbiddenError();
  return completeTermination(actor, input);
});
