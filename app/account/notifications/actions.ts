"use server";

import { z } from "zod";
import { action } from "@/server/action";
import { markNotificationsRead } from "@/server/dal/notifications";

export const markAllNotificationsReadAction = action(z.object({}), async (_input, { actor }) => {
  return { count: await markNotificationsRead(actor, "all") };
});
