"use server";

import { createComplaintOnBehalfSchema, createRequestOnBehalfSchema } from "@/lib/schemas/customer-360";
import { staffAction } from "@/server/action";
import { createComplaintOnBehalf } from "@/server/dal/complaints";
import { createRequestOnBehalf } from "@/server/dal/request-create";

// R2.1: requests taken by phone or at the counter, entered by staff on the customer's behalf with
// the customer forms' own schemas. The DAL checks the permission again and that the customer exists.
export const createRequestOnBehalfAction = staffAction("request:create:onBehalf", createRequestOnBehalfSchema, async (input, { actor }) => createRequestOnBehalf(actor, input));

export const createComplaintOnBehalfAction = staffAction("request:create:onBehalf", createComplaintOnBehalfSchema, async (input, { actor }) => createComplaintOnBehalf(actor, input));
