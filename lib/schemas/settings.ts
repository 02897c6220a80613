import { z } from "zod";
import "./common";
import { LOCALES } from "../i18n";

// /account/settings: how the signed-in user is notified besides in the app, and in which language.
export const notificationSettingsSchema = z.object({
  // A switch the form shows disabled (no phone, no e-mail on the account) may be left out: off.
  notifySms: z.boolean().default(false),
  notifyEmail: z.boolean().default(false),
  locale: z.enum(LOCALES, "validation.locale"),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
