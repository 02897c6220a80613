import { roleCan, type Permission } from "./permissions";
import type { ComplaintStage, RequestStatus, RequestType, Role } from "./roles";

// The request state machine: the one function that says which status changes are legal, for
// which role. Actions call it; the UI may call it to show only the buttons that will work.
export const REQUEST_ACTIONS = ["accept", "return", "withdraw", "start", "requestInfo", "provideInfo", "resolve", "confirm", "reopen", "close", "remedy", "staffReopen"] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

type Rule = {
  from: readonly RequestStatus[];
  to: RequestStatus;
  permission: Permission;
  /** Only for requests of this type, and (for complaints) in these stages. */
  only?: { type: RequestType; stages?: readonly (ComplaintStage | null)[] };
};

/** What a type-specific rule looks at besides the status: the request's type and complaint stage. */
export type TransitionSubject = { type: RequestType; complaintStage?: ComplaintStage | null };

export const REQUEST_TRANSITIONS: Record<RequestAction, Rule> = {
  // 受理: information checked and the request taken on, within the accept-by deadline.
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", permission: "request:accept" },
  // 退回: cannot be taken on as submitted; the reason goes to the customer.
  return: { from: ["SUBMITTED"], to: "RETURNED", permission: "request:return" },
  // 撤销: the customer changes their mind before acceptance.
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN", permission: "request:withdraw:own" },
  // 开始处理: work has begun (dispatched, on site, investigating).
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", permission: "request:start" },
  // 待补充信息: staff ask the customer a question; the clocks pause until the customer answers.
  requestInfo: { from: ["ACCEPTED", "IN_PROGRESS"], to: "AWAITING_INFO", permission: "request:requestInfo" },
  // The customer answers; the clocks run again with their deadlines moved by the pause.
  provideInfo: { from: ["AWAITING_INFO"], to: "IN_PROGRESS", permission: "request:provideInfo:own" },
  // 已解决: the result, its handler and time go to the customer (R2.3).
  resolve: { from: ["ACCEPTED", "IN_PROGRESS"], to: "RESOLVED", permission: "request:resolve" },
  // 闭环 by the customer's confirmation …
  confirm: { from: ["RESOLVED"], to: "CLOSED", permission: "request:confirm:own" },
  // … or the customer says it is not resolved: back to work, with their reason and a follow-up.
  reopen: { from: ["RESOLVED"], to: "IN_PROGRESS", permission: "request:reopen:own" },
  // 闭环 by staff with a recorded reason (the customer did not answer, or asked by phone).
  close: { from: ["RESOLVED"], to: "CLOSED", permission: "request:close" },
  // 投诉 处理: the investigation (调查) is done and the remedy is under way; the status stays 处理中.
  remedy: { from: ["IN_PROGRESS"], to: "IN_PROGRESS", permission: "complaint:remedy", only: { type: "COMPLAINT", stages: ["INVESTIGATION"] } },
  // 重新处理 by staff: a return visit finds the problem persists, or the customer calls about it.
  staffReopen: { from: ["RESOLVED", "CLOSED"], to: "IN_PROGRESS", permission: "request:reopen" },
};

export type TransitionResult =
  | { ok: true; to: RequestStatus }
  | { ok: false; reason: "forbidden" | "invalid_state" };

/**
 * Whether `role` may take `action` on a request in status `from`. A type-specific action (remedy)
 * needs the subject: without it, or for another type or stage, it is not available.
 */
export function transition(action: RequestAction, from: RequestStatus, role: Role, subject?: TransitionSubject): TransitionResult {
  const rule = REQUEST_TRANSITIONS[action];
  if (!roleCan(role, rule.permission)) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(from)) return { ok: false, reason: "invalid_state" };
  if (rule.only) {
    if (subject?.type !== rule.only.type) return { ok: false, reason: "invalid_state" };
    if (rule.only.stages && !rule.only.stages.includes(subject.complaintStage ?? null)) return { ok: false, reason: "invalid_state" };
  }
  return { ok: true, to: rule.to };
}

export function availableActions(status: RequestStatus, role: Role, subject?: TransitionSubject): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => transition(a, status, role, subject).ok);
}

/** Statuses in which the request is still open (counts for 一事一报 and queues). */
export const OPEN_STATUSES: readonly RequestStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RESOLVED"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Statuses after which no promised clock runs any more. */
export const ENDED_STATUSES: readonly RequestStatus[] = ["CLOSED", "RETURNED", "WITHDRAWN"];
