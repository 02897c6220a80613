"use server";

import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { staffAction } from "@/server/action";
import { retryNotification } from "@/server/dal/outbox";

// A message that is not FAILED is not found, as is one that does not exist.
export const retryNotificationAction = staffAction("outbox:retry", z.object({ id: idSchema }), async ({ id }, { actor }) => retryNotification(actor, id));
