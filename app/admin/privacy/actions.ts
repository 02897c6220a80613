"use server";

import { completePrivacyRequestSchema, refusePrivacyRequestSchema } from "@/lib/schemas/privacy";
import { staffAction } from "@/server/action";
import { completePrivacyRequest, refusePrivacyRequest } from "@/server/dal/privacy-requests";

// privacy:handle, checked here and again by the DAL.
export const completePrivacyRequestAction = staffAction("privacy:handle", completePrivacyRequestSchema, async (input, { actor }) => completePrivacyRequest(actor, input));

export const refusePrivacyRequestAction = staffAction("privacy:handle", refusePrivacyRequestSchema, async (input, { actor }) => refusePrivacyRequest(actor, input));
