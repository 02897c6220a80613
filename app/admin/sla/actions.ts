"use server";

import { savePolicySchema } from "@/lib/schemas/sla";
import { staffAction } from "@/server/action";
import { savePolicy } from "@/server/dal/sla-admin";

/** Saves an SLA policy as the next version of its type; open requests keep theirs. */
export const savePolicyAction = staffAction("sla:manage", savePolicySchema, async (input, { actor }) => savePolicy(actor, input));
