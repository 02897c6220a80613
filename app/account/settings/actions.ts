"use server";

import { notificationSettingsSchema } from "@/lib/schemas/settings";
import { action } from "@/server/action";
import { updateMySettings } from "@/server/dal/settings";

export const updateSettingsAction = action(notificationSettingsSchema, async (input, { actor }) => {
  return updateMySettings(actor, input);
});
