import { roleCan } from "./permissions";
import { isOpen, type RequestAction } from "./request-status";
import type { ComplaintStage, RequestStatus, RequestType, Role } from "./roles";
import { COMPLAINT_REPLY_DAYS } from "./sla";
import { HOUR_MS } from "./time";

// 投诉 (R3.5): 受理 → 调查 → 处理 → 反馈, answered within the statutory 15 days (lib/domain/sla.ts,
// COMPLAINT_REPLY_DAYS). A complaint is a ServiceRequest of type COMPLAINT: its status follows the
// state machine (lib/domain/request-status.ts), and `complaintStage` says where it is within
// 处理中. The reply is the resolution; the customer accepts it (confirm) or rejects it (reopen).
// Without a reply in time, or after a rejected reply, the customer may appeal to the MIIT telecom
// user appeal centre (12300) with the appeal pack.

export const COMPLAINT_CATEGORIES = ["NETWORK_QUALITY", "BILLING", "SERVICE_ATTITUDE", "HANDLING_TIME", "OTHER"] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** 工业和信息化部电信用户申诉受理中心: where a customer appeals (《电信用户申诉处理办法》). */
export const MIIT_APPEAL = { phone: "12300", url: "https://yhssglxt.miit.gov.cn" } as const;

/**
 * The stage a complaint is in after an action. 调查 starts with 开始处理, 处理 is its own action,
 * 反馈 is the reply (resolve). A rejected reply goes back to 处理: the investigation's findings
 * stand, and what the customer rejected is the remedy and its answer, which the handler works out
 * again (with the customer's reason on the timeline).
 */
export function complaintStageAfter(action: RequestAction, stage: ComplaintStage | null): ComplaintStage | null {
  switch (action) {
    case "start":
      return "INVESTIGATION";
    case "remedy":
      return "REMEDY";
    case "resolve":
      return "FEEDBACK";
    case "reopen":
      return "REMEDY";
    default:
      return stage;
  }
}

/** The customer's workflow bar: 受理 → 调查 → 处理 → 反馈. */
export const COMPLAINT_STEPS = ["ACCEPTANCE", "INVESTIGATION", "REMEDY", "FEEDBACK"] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
export type ComplaintStepState = { step: ComplaintStep; state: "done" | "current" | "upcoming" };

/**
 * Where the complaint stands on 受理 → 调查 → 处理 → 反馈. Submitted: 受理 is under way. Accepted:
 * 受理 done, nothing under way yet. In progress (or waiting for the customer): the stage it is in.
 * Replied: 反馈 is current until the customer accepts the reply; closed: every step done. A
 * returned or withdrawn complaint never entered the workflow: null (the general step bar shows it).
 */
export function complaintSteps(status: RequestStatus, stage: ComplaintStage | null): ComplaintStepState[] | null {
  if (status === "RETURNED" || status === "WITHDRAWN") return null;
  let done: number;
  let current: number | null;
  if (status === "SUBMITTED") [done, current] = [0, 0];
  else if (status === "ACCEPTED") [done, current] = [1, null];
  else if (status === "CLOSED") [done, current] = [4, null];
  else if (status === "RESOLVED") [done, current] = [3, 3];
  else {
    // In progress or waiting for the customer: 调查 unless the stage says 处理 (a complaint that
    // was worked without a stage is under investigation).
    const at = stage === "REMEDY" ? 2 : 1;
    [done, current] = [at, at];
  }
  return COMPLAINT_STEPS.map((step, i) => ({ step, state: i === current ? "current" : i < done ? "done" : "upcoming" }));
}

/** What the reply deadline and appeal rules read from a complaint's history. */
export type ComplaintHistory = {
  status: RequestStatus;
  /** The statutory reply deadline: receipt + 15 days (the complaint's stored resolve-by). */
  replyBy: Date;
  /** Customer-visible events, any order. Replies are `resolve` events; rejections `reopen`. */
  events: ReadonlyArray<{ kind: string; createdAt: Date }>;
};

/** The statutory reply deadline: the stored resolve-by, which every complaint gets at receipt (+15 days). */
export function replyByOf(request: { resolveBy: Date | null; createdAt: Date }): Date {
  return request.resolveBy ?? new Date(request.createdAt.getTime() + COMPLAINT_REPLY_DAYS * 24 * HOUR_MS);
}

const byTime = <T extends { createdAt: Date }>(events: readonly T[]) => [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

/** The time of the first reply (反馈), or null before it. */
export function firstReplyAt(history: Pick<ComplaintHistory, "events">): Date | null {
  return byTime(history.events).find((e) => e.kind === "resolve")?.createdAt ?? null;
}

export type ReplyDeadlineState =
  | { state: "pending"; replyBy: Date; remainingMs: number }
  | { state: "overdue"; replyBy: Date; overdueMs: number }
  | { state: "replied"; replyBy: Date; repliedAt: Date; late: boolean }
  /** Withdrawn, or returned without being taken on: no reply is owed. */
  | { state: "ended"; replyBy: Date };

/**
 * The statutory reply clock at `now`: running until the first reply, which meets it on time or
 * late. It is never paused (waiting for the customer does not stop it) and a rejected reply does
 * not reopen it: the customer may appeal instead.
 */
export function replyDeadlineState(history: ComplaintHistory, now: Date): ReplyDeadlineState {
  const { replyBy } = history;
  const repliedAt = firstReplyAt(history);
  if (repliedAt) return { state: "replied", replyBy, repliedAt, late: repliedAt.getTime() > replyBy.getTime() };
  if (history.status === "WITHDRAWN" || history.status === "RETURNED") return { state: "ended", replyBy };
  const left = replyBy.getTime() - now.getTime();
  return left >= 0 ? { state: "pending", replyBy, remainingMs: left } : { state: "overdue", replyBy, overdueMs: -left };
}

export type AppealReason = "noReplyInTime" | "replyRejected";
export type AppealEligibility = { open: boolean; reasons: AppealReason[] };

/**
 * Whether the customer may now take the complaint to the MIIT appeal centre (12300), and why:
 * no reply within the 15 days (none yet and the deadline has passed, or the first reply came
 * late), or the customer rejected a reply. It closes when the customer accepts a reply (the
 * matter is settled) and never opens for a withdrawn or returned complaint. The appeal pack itself
 * is available for every complaint; this decides when the page puts the appeal first.
 */
export function appealEligibility(history: ComplaintHistory, now: Date): AppealEligibility {
  if (history.status === "WITHDRAWN" || history.status === "RETURNED") return { open: false, reasons: [] };
  const deadline = replyDeadlineState(history, now);
  const reasons: AppealReason[] = [];
  if (deadline.state === "overdue" || (deadline.state === "replied" && deadline.late)) reasons.push("noReplyInTime");
  if (history.events.some((e) => e.kind === "reopen")) reasons.push("replyRejected");
  // Settled: the last word on the replies was the customer's acceptance.
  const last = byTime(history.events.filter((e) => e.kind === "resolve" || e.kind === "reopen" || e.kind === "confirm")).at(-1);
  const accepted = history.status === "CLOSED" && last?.kind === "confirm";
  return { open: !accepted && reasons.length > 0, reasons: accepted ? [] : reasons };
}

/** 对处理结果不满意？投诉: a request the customer can complain about from its page. */
export function canComplainAbout(request: { type: RequestType; status: RequestStatus }): boolean {
  return request.type !== "COMPLAINT" && (request.status === "RESOLVED" || request.status === "CLOSED" || request.status === "RETURNED");
}

export type OpenComplaintRef = { srn: string; status: RequestStatus; relatedSrn: string | null };

/** 一事一报: an open complaint about the same request (complaints without a linked request never clash). */
export function findOpenComplaintAbout<T extends OpenComplaintRef>(complaints: readonly T[], relatedSrn: string | null | undefined): T | undefined {
  if (!relatedSrn) return undefined;
  return complaints.find((c) => isOpen(c.status) && c.relatedSrn === relatedSrn);
}

/**
 * Whether a reply (反馈) to a complaint of this level by this role waits for a supervisor: a reply
 * to a level-1 (major) complaint does, unless its author may approve replies (complaint:approve),
 * whose own reply goes straight out, recorded as self-approved. Levels 2 and 3 never wait.
 */
export function needsApproval(level: number, role: Role): boolean {
  return level === 1 && !roleCan(role, "complaint:approve");
}
