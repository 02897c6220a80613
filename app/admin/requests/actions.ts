"use server";

import { acceptRequestSchema, closeRequestSchema, requestInfoSchema, resolveRequestSchema, returnRequestSchema, startRequestSchema } from "@/lib/schemas/request";
import { remedyComplaintSchema } from "@/lib/schemas/complaint";
import { staffAction } from "@/server/action";
import { completeTerminationSchema } from "@/lib/schemas/termination";
import { acceptRequest, closeRequest, remedyComplaint, requestInformation, resolveRequest, returnRequest, startRequest } from "@/server/dal/request-transitions";
import { completeTermination } from "@/server/dal/termination-complete";
import { setLevelSchema } from "@/lib/schemas/sla";
import { setRequestLevel } from "@/server/dal/request-level";

// Each action's permission is checked first; the state machine (lib/domain/request-status.ts)
// then checks the status change for the role.
export const acceptRequestAction = staffAction("request:accept", acceptRequestSchema, async (input, { actor }) => acceptRequest(actor, input));

export const returnRequestAction = staffAction("request:return", returnRequestSchema, async (input, { actor }) => returnRequest(actor, input));

export const startRequestAction = staffAction("request:start", startRequestSchema, async (input, { actor }) => startRequest(actor, input));

export const requestInfoAction = staffAction("request:requestInfo", requestInfoSchema, async (input, { actor }) => requestInformation(actor, input));

export const resolveRequestAction = staffAction("request:resolve", resolveRequestSchema, async (input, { actor }) => resolveRequest(actor, input));

export const closeRequestAction = staffAction("request:close", closeRequestSchema, async (input, { actor }) => closeRequest(actor, input));

/** 投诉 处理: a complaint under investigation moves on to its remedy. */
export const remedyComplaintAction = staffAction("complaint:remedy", remedyComplaintSchema, async (input, { actor }) => remedyComplaint(actor, input));

/** 完成销户 (termination:complete, checked in the DAL). */
export const completeTerminationAction = staffAction("termination:complete", completeTerminationSchema, async (input, { actor }) => completeTermination(actor, input));

/** 分级: the level (and, before acceptance, the special flag); the unmet deadlines are recomputed. */
export const setLevelAction = staffAction("request:setLevel", setLevelSchema, async (input, { actor }) => setRequestLevel(actor, input));
