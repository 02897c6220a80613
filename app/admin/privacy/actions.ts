"use server";

import { completePrivacyRequestSchema, refusePrivacyRequestSchema } from "@/lib/schemas/privacy";
import { action } from "@/server/action";
import { completePrivacyRequest, refusePrivacyRequest } from "@/server/dal/privacy-requests";

// The DAL checks privacy:handle; customers and other staff get errors.forbidden.
export const completePrivacyRequestAction = action(completePrivacyRequestSchema, async (input, { actor }) => {
  return completePrivacyRequest(actor, input);
});

export const refusePrivacyRequestAction = action(refusePrivacyRequestSchema, async (input, { actor }) => {
  return refusePrivacyRequest(actor, input);
});
