"use server";

import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { action } from "@/server/action";
import { retryNotification } from "@/server/dal/outbox";

// The DAL checks outbox:retry; others get not-found, as for a message that is not FAILED.
export const retryNotificationAction = action(z.object({ id: idSchema }), async ({ id }, { actor }) => {
  return retryNotification(actor, id);
});
