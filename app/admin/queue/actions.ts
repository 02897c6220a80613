"use server";

import { bulkAssignSchema } from "@/lib/schemas/queue";
import { staffAction } from "@/server/action";
import { bulkAssign } from "@/server/dal/queue";

export const bulkAssignAction = staffAction("request:assign", bulkAssignSchema, async (input, { actor }) => bulkAssign(actor, input));
