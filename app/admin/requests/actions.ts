"use server";

import { acceptRequestSchema, closeRequestSchema, requestInfoSchema, resolveRequestSchema, returnRequestSchema, staffReopenSchema, startRequestSchema } from "@/lib/schemas/request";
import { addNoteSchema, assignRequestSchema, deescalateRequestSchema, escalateRequestSchema, replyToCustomerSchema, revealCustomerSchema } from "@/lib/schemas/request-work";
import { remedyComplaintSchema } from "@/lib/schemas/complaint";
import { staffAction } from "@/server/action";
import { completeTerminationSchema } from "@/lib/schemas/termination";
import { acceptRequest, closeRequest, remedyComplaint, reopenByStaff, requestInformation, resolveRequest, returnRequest, startRequest } from "@/server/dal/request-transitions";
import { addInternalNote, assignRequest, handOverRequest, replyToCustomer, revealCustomer } from "@/server/dal/request-work";
import { deescalateRequest, escalateRequest } from "@/server/dal/escalation";
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

/** 重新处理: a resolved or closed request goes back to work; the reason goes to the customer. */
export const staffReopenAction = staffAction("request:reopen", staffReopenSchema, async (input, { actor }) => reopenByStaff(actor, input));

/** 查看完整信息: the customer's full phone and ID number, for this viewer only; audited with the reason. */
export const revealCustomerAction = staffAction("customer:reveal", revealCustomerSchema, async (input, { actor }) => revealCustomer(actor, input));

/** 内部备注: staff only; no status change, nothing to the customer. */
export const addNoteAction = staffAction("request:note", addNoteSchema, async (input, { actor }) => addInternalNote(actor, input));

/** 分派 by a supervisor: any active staff member and/or team. */
export const assignRequestAction = staffAction("request:assign", assignRequestSchema, async (input, { actor }) => assignRequest(actor, input));

/** 移交 / 派单 by the owner (首问负责): to another agent or technician, or to a team. */
export const handOverRequestAction = staffAction("request:handover", assignRequestSchema, async (input, { actor }) => handOverRequest(actor, input));

/** 回复客户: a message the customer sees, perhaps from a reply template. */
export const replyToCustomerAction = staffAction("request:reply", replyToCustomerSchema, async (input, { actor }) => replyToCustomer(actor, input));

/** 升级 to a supervisor, with the reason. */
export const escalateRequestAction = staffAction("request:escalate", escalateRequestSchema, async (input, { actor }) => escalateRequest(actor, input));

/** 解除升级 by the supervisor once handled. */
export const deescalateRequestAction = staffAction("request:deescalate", deescalateRequestSchema, async (input, { actor }) => deescalateRequest(actor, input));

/** 分级: the level (and, before acceptance, the special flag); the unmet deadlines are recomputed. */
export const setLevelAction = staffAction("request:setLevel", setLevelSchema, async (input, { actor }) => setRequestLevel(actor, input));
