import { z } from "zod";
import { ERASABLE_CATEGORIES, MARKETING_KINDS, PRIVACY_REQUEST_KINDS } from "../domain/privacy";
import { PASSWORD_MAX } from "./auth";
import { idSchema, optionalEmailSchema, phoneSchema, text, versionSchema } from "./common";

// The privacy centre (/account/privacy) and its staff side (/admin/privacy). The same schemas
// validate the forms and the actions.

/** Correcting the profile (PIPL art. 46): the fields the customer may change themself. */
export const profileSchema = z.object({
  displayName: text(1, 50),
  // The sign-in e-mail (unique across accounts), and the customer's contact e-mail.
  email: optionalEmailSchema,
  contactEmail: optionalEmailSchema,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const oneTimeCodeSchema = z.string().trim().regex(/^\d{6}$/, "validation.trackingCode");

/** Step 1 of a phone change: a code is texted to the new number. */
export const phoneCodeSchema = z.object({ newPhone: phoneSchema });
export type PhoneCodeInput = z.infer<typeof phoneCodeSchema>;

/** Step 2: the code from the new number and the current password. */
export const phoneChangeSchema = z.object({
  newPhone: phoneSchema,
  code: oneTimeCodeSchema,
  password: z.string().min(1, "validation.required").max(PASSWORD_MAX, "validation.passwordTooLong"),
});
export type PhoneChangeInput = z.infer<typeof phoneChangeSchema>;

/** Giving or withdrawing an optional (marketing) consent: one click either way (PIPL art. 15). */
export const marketingConsentSchema = z.object({
  kind: z.enum(MARKETING_KINDS, "validation.invalid"),
  granted: z.boolean(),
});
export type MarketingConsentInput = z.infer<typeof marketingConsentSchema>;

/** Accepting a newer version of the privacy notice, by the version the page showed. */
export const acceptNoticeSchema = z.object({ version: z.string().trim().min(1, "validation.required").max(20, "validation.invalid") });
export type AcceptNoticeInput = z.infer<typeof acceptNoticeSchema>;

/** A privacy request (PIPL arts. 47, 50): what the customer wants, in their words. */
export const privacyRequestSchema = z.object({
  kind: z.enum(PRIVACY_REQUEST_KINDS, "validation.choose"),
  details: text(10, 1000),
});
export type PrivacyRequestInput = z.infer<typeof privacyRequestSchema>;

/** Staff complete a request with an outcome; for a deletion, the categories they erase. */
export const completePrivacyRequestSchema = z.object({
  id: idSchema,
  version: versionSchema,
  outcome: text(5, 1000),
  erase: z
    .array(z.enum(ERASABLE_CATEGORIES, "validation.invalid"))
    .max(ERASABLE_CATEGORIES.length)
    .default([])
    .transform((r) => [...new Set(r)]),
});
export type CompletePrivacyRequestInput = z.input<typeof completePrivacyRequestSchema>;
export type CompletePrivacyRequestData = z.output<typeof completePrivacyRequestSchema>;

/** Staff refuse a request only with a reason the customer reads (PIPL art. 50). */
export const refusePrivacyRequestSchema = z.object({
  id: idSchema,
  version: versionSchema,
  reason: text(10, 1000),
});
export type RefusePrivacyRequestInput = z.infer<typeof refusePrivacyRequestSchema>;
