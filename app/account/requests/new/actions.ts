"use server";

import { waitForRestoreSchema } from "@/lib/schemas/status";
import { action, ForbiddenError } from "@/server/action";
import { waitForRestore } from "@/server/dal/status-lines";

// The fault form's "wait for the restore, tell me" choice when an outage affects the chosen line.
export const waitForRestoreAction = action(waitForRestoreSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  return waitForRestore(actor, input.lineId);
});
