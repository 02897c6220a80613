"use server";

import { createComplaintSchema } from "@/lib/schemas/complaint";
import { action, ForbiddenError } from "@/server/action";
import { createComplaint } from "@/server/dal/complaints";

// 投诉: the customer's complaint. Accepting or rejecting the reply are the request page's confirm
// and reopen actions (app/account/requests/actions.ts); staff work it from /admin.
export const createComplaintAction = action(createComplaintSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return createComplaint(actor, input);
});
