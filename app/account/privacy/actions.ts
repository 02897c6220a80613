"use server";

import { AuthError } from "next-auth";
import { acceptNoticeSchema, marketingConsentSchema, phoneChangeSchema, phoneCodeSchema, privacyRequestSchema, profileSchema } from "@/lib/schemas/privacy";
import { action } from "@/server/action";
import { signIn } from "@/server/auth";
import { acceptCurrentNotice, setMarketingConsent } from "@/server/dal/consents";
import { createPrivacyRequest } from "@/server/dal/privacy-requests";
import { confirmPhoneChange, requestPhoneCode, updateMyProfile } from "@/server/dal/profile";

export const updateProfileAction = action(profileSchema, async (input, { actor }) => {
  const { changed } = await updateMyProfile(actor, input);
  return { changed: changed.length };
});

export const requestPhoneCodeAction = action(phoneCodeSchema, async (input, { actor }) => {
  return requestPhoneCode(actor, input);
});

/**
 * Changing the sign-in phone ends every session (the session version is bumped); this device
 * then signs in again with the new number and the password just given, so the customer stays
 * signed in here while a session anyone else held is over.
 */
export const changePhoneAction = action(phoneChangeSchema, async (input, { actor }) => {
  const { phone } = await confirmPhoneChange(actor, input);
  try {
    await signIn("credentials", { identifier: phone, password: input.password, redirect: false });
    return { phone, signedIn: true };
  } catch (error) {
    // The change stands; the page sends the customer to sign in with the new number.
    if (error instanceof AuthError) return { phone, signedIn: false };
    throw error;
  }
});

export const setMarketingConsentAction = action(marketingConsentSchema, async (input, { actor }) => {
  return setMarketingConsent(actor, input);
});

export const acceptNoticeAction = action(acceptNoticeSchema, async (input, { actor }) => {
  return acceptCurrentNotice(actor, input);
});

export const createPrivacyRequestAction = action(privacyRequestSchema, async (input, { actor }) => {
  const request = await createPrivacyRequest(actor, input);
  return { id: request.id };
});
