"use server";

import { recordFollowUpSchema } from "@/lib/schemas/follow-up";
import { staffAction } from "@/server/action";
import { recordFollowUp } from "@/server/dal/follow-ups";

export const recordFollowUpAction = staffAction("followup:handle", recordFollowUpSchema, async (input, { actor }) => recordFollowUp(actor, input));
