import { roleCan, type Permission } from "./permissions";
import type { RequestStatus, Role } from "./roles";

// The request state machine: the one function that says which status changes are legal, for
// which role. Actions call it; the UI may call it to show only the buttons that will work.
export type RequestAction = "accept" | "return" | "withdraw";

type Rule = { from: readonly RequestStatus[]; to: RequestStatus; permission: Permission };

export const REQUEST_TRANSITIONS: Record<RequestAction, Rule> = {
  // 受理: information checked and the request taken on, within the accept-by deadline.
  accept: { from: ["SUBMITTED"], to: "ACCEPTED", permission: "request:accept" },
  // 退回: cannot be taken on as submitted; the reason goes to the customer.
  return: { from: ["SUBMITTED"], to: "RETURNED", permission: "request:return" },
  // 撤销: the customer changes their mind before acceptance.
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN", permission: "request:withdraw:own" },
};

export type TransitionResult =
  | { ok: true; to: RequestStatus }
  | { ok: false; reason: "forbidden" | "invalid_state" };

export function transition(action: RequestAction, from: RequestStatus, role: Role): TransitionResult {
  const rule = REQUEST_TRANSITIONS[action];
  if (!roleCan(role, rule.permission)) return { ok: false, reason: "forbidden" };
  if (!rule.from.includes(from)) return { ok: false, reason: "invalid_state" };
  return { ok: true, to: rule.to };
}

export function availableActions(status: RequestStatus, role: Role): RequestAction[] {
  return (Object.keys(REQUEST_TRANSITIONS) as RequestAction[]).filter((a) => transition(a, status, role).ok);
}

/** Statuses in which the request is still open (counts for 一事一报 and queues). */
export const OPEN_STATUSES: readonly RequestStatus[] = ["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RESOLVED"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
