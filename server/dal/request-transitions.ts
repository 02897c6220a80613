import "server-only";
import { isSystemDriven } from "@/lib/domain/plans";
import { complaintStageAfter, needsApproval } from "@/lib/domain/complaints";
import { transitionEffects } from "@/lib/domain/request-effects";
import { transition, type RequestAction } from "@/lib/domain/request-status";
import type {
  AcceptRequestInput,
  CloseRequestInput,
  ConfirmRequestInput,
  ProvideInfoInput,
  ReopenRequestInput,
  RequestInfoInput,
  ResolveRequestInput,
  ReturnRequestInput,
  StaffReopenInput,
  StartRequestInput,
  WithdrawRequestInput,
} from "@/lib/schemas/request";
import type { RemedyComplaintInput } from "@/lib/schemas/complaint";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, CustomerActor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyCustomer, type NotificationTemplate } from "../notify";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";
import { sampleClosedRequest } from "./follow-ups";
import { draftComplaintReplyIn, hasPendingDraft } from "./reply-draft-create";
import { clockCalendars, policyOfRequest } from "./sla-policies";

/** A follow-up for staff (回访) is due this long after the customer says it is not resolved. */
export const NOT_RESOLVED_FOLLOW_UP_HOURS = 24;

const currentSelect = {
  id: true,
  type: true,
  status: true,
  version: true,
  customerId: true,
  ownerId: true,
  complaintStage: true,
  level: true,
  slaPolicyId: true,
  ...clockSelect,
  closedAt: true,
} as const satisfies Prisma.ServiceRequestSelect;
type Current = Prisma.ServiceRequestGetPayload<{ select: typeof currentSelect }>;

type Change = {
  action: RequestAction;
  srn: string;
  version: number;
  body: string | null;
  template: NotificationTemplate;
  /** Fields besides status, version and clocks (lib/domain/request-effects.ts). */
  data?: (current: Current) => Prisma.ServiceRequestUncheckedUpdateManyInput;
  /** More writes in the same transaction. */
  after?: (tx: Tx, current: Current, now: Date) => Promise<void>;
  /**
   * A reply to a level-1 complaint that a supervisor approved (server/dal/reply-drafts.ts): the
   * draft, and its author, who is named as the handler of the reply.
   */
  approved?: { draftId: string; authorId: string };
};

/** 投诉: the same steps, told in the complaint's words (with its statutory reply deadline). */
const COMPLAINT_TEMPLATES: Partial<Record<RequestAction, NotificationTemplate>> = {
  accept: "request.complaintAccepted",
  start: "request.complaintInvestigating",
  remedy: "request.complaintRemedy",
  requestInfo: "request.complaintInfoRequested",
  provideInfo: "request.complaintInfoProvided",
  resolve: "request.complaintReplied",
  confirm: "request.complaintReplyAccepted",
  reopen: "request.complaintReplyRejected",
};

/**
 * One status change: scope check, state-machine check, optimistic-lock update with the clock
 * effects, timeline event, audit row and customer notification, all in one transaction.
 */
function applyChange(actor: Actor, change: Change) {
  return db.$transaction((tx) => applyChangeIn(tx, actor, change));
}

/** applyChange inside a caller's transaction (a return visit's outcome reopens its request). */
async function applyChangeIn(tx: Tx, actor: Actor, change: Change) {
  {
    const current = await tx.serviceRequest.findFirst({ where: { ...requestScope(actor), srn: change.srn }, select: currentSelect });
    if (!current) throw new NotFoundError();
    // A pending plan change waits for its effective date; the customer cancels it from 我的套餐.
    if (isSystemDriven(current.type, current.status)) throw new ExpectedError("plans.errors.systemDriven");
    const result = transition(change.action, current.status, actor.role, current);
    if (!result.ok && result.reason === "forbidden") throw new ForbiddenError();
    // A stale page first: "someone else changed it" explains an unexpected status too.
    if (current.version !== change.version) throw new ConflictError();
    if (!result.ok) throw new ExpectedError("errors.invalidState");
    // A termination is resolved only by completing it (termination-complete.ts), which ends the
    // line; once completed, the line is gone and archived, so it cannot be worked again.
    if (current.type === "TERMINATION" && change.action === "resolve") throw new ExpectedError("errors.terminationResolveByCompletion");
    if (current.type === "TERMINATION" && change.action === "staffReopen") throw new ExpectedError("errors.terminationFinal");
    // A reply to a level-1 complaint goes out only approved (lib/domain/complaints.ts needsApproval):
    // drafts come through resolveRequest, approvals with `approved`; a supervisor replying
    // directly decides any pending draft first, so no draft is left behind an answered complaint.
    const majorReply = current.type === "COMPLAINT" && change.action === "resolve" && current.level === 1;
    if (majorReply && !change.approved) {
      if (needsApproval(current.level, actor.role)) throw new ForbiddenError();
      if (await hasPendingDraft(tx, current.id)) throw new ExpectedError("approvals.errors.decidePendingFirst");
    }

    const now = new Date();
    // A complaint moves through 调查 → 处理 → 反馈 within its status (lib/domain/complaints.ts).
    const complaint = current.type === "COMPLAINT";
    const stage = complaint ? complaintStageAfter(change.action, current.complaintStage) : null;
    // A resumed clock moves by the working time of the pause on the calendar it runs on, under the
    // request's own policy version.
    const calendars = change.action === "provideInfo" ? clockCalendars(await policyOfRequest(tx, current)) : undefined;
    const updated = await tx.serviceRequest.updateMany({
      where: { id: current.id, version: change.version },
      data: {
        ...transitionEffects(change.action, current.type, current, now, calendars),
        ...change.data?.(current),
        ...(complaint ? { complaintStage: stage } : {}),
        status: result.to,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new ConflictError();

    await tx.requestEvent.create({
      data: {
        requestId: current.id,
        kind: change.action,
        visibility: "CUSTOMER",
        actorId: change.approved?.authorId ?? actor.userId,
        fromStatus: current.status,
        toStatus: result.to,
        body: change.body,
        createdAt: now,
      },
    });
    await change.after?.(tx, current, now);
    await audit(tx, actor, {
      action: `request.${change.action}`,
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: {
        srn: change.srn,
        from: current.status,
        to: result.to,
        ...(complaint ? { stageFrom: current.complaintStage, stageTo: stage } : {}),
        ...(majorReply ? (change.approved ? { approvedDraftId: change.approved.draftId, handlerId: change.approved.authorId } : { selfApproved: true }) : {}),
      },
    });
    if (complaint) {
      await notifyCustomer(tx, current.customerId, COMPLAINT_TEMPLATES[change.action] ?? change.template, {
        srn: change.srn,
        message: change.body ?? "",
        ...(current.resolveBy ? { replyBy: current.resolveBy.toISOString() } : {}),
      });
    } else {
      await notifyCustomer(tx, current.customerId, change.template, { srn: change.srn, message: change.body ?? "" });
    }
    return { srn: change.srn, status: result.to };
  }
}

/**
 * Access: staff with request:accept. 受理; the accepting agent becomes the owner (首问负责制), and
 * for a fault a message to the customer counts as the first response.
 */
export function acceptRequest(actor: StaffActor, input: AcceptRequestInput) {
  return applyChange(actor, {
    action: "accept",
    srn: input.srn,
    version: input.version,
    body: input.message || null,
    template: "request.accepted",
    data: () => ({ ownerId: actor.userId }),
  });
}

/** Access: staff with request:return. 退回 with the reason, which the customer sees. */
export function returnRequest(actor: StaffActor, input: ReturnRequestInput) {
  return applyChange(actor, {
    action: "return",
    srn: input.srn,
    version: input.version,
    body: input.reason,
    template: "request.returned",
    data: () => ({ ownerId: actor.userId }),
  });
}

/** Access: the customer who owns the request, before acceptance. 撤销. */
export function withdrawRequest(actor: CustomerActor, input: WithdrawRequestInput) {
  return applyChange(actor, { action: "withdraw", srn: input.srn, version: input.version, body: null, template: "request.withdrawn" });
}

/** Access: staff with request:start. 开始处理; an unowned request becomes the starter's. */
export function startRequest(actor: StaffActor, input: StartRequestInput) {
  return applyChange(actor, {
    action: "start",
    srn: input.srn,
    version: input.version,
    body: input.message || null,
    template: "request.started",
    data: (current) => (current.ownerId ? {} : { ownerId: actor.userId }),
  });
}

/** Access: staff with request:requestInfo. Asks the customer; the clocks pause until they answer. */
export function requestInformation(actor: StaffActor, input: RequestInfoInput) {
  return applyChange(actor, { action: "requestInfo", srn: input.srn, version: input.version, body: input.question, template: "request.infoRequested" });
}

/** Access: the customer who owns the request. Their answer; the clocks run again, moved by the pause. */
export function provideInformation(actor: CustomerActor, input: ProvideInfoInput) {
  return applyChange(actor, { action: "provideInfo", srn: input.srn, version: input.version, body: input.information, template: "request.infoProvided" });
}

const resolveChange = (input: ResolveRequestInput): Change => ({ action: "resolve", srn: input.srn, version: input.version, body: input.result, template: "request.resolved" });

/**
 * Access: staff with request:resolve. The result, with its handler and time, goes to the customer
 * (R2.3). A reply to a level-1 complaint by anyone but a supervisor does not go out: it is saved
 * as a draft for a supervisor to approve (server/dal/reply-draft-create.ts), `drafted: true`.
 */
export function resolveRequest(actor: StaffActor, input: ResolveRequestInput): Promise<{ srn: string; status: string; drafted?: true }> {
  return db.$transaction(async (tx) => {
    const subject = await tx.serviceRequest.findFirst({ where: { ...requestScope(actor), srn: input.srn }, select: { type: true, level: true } });
    if (subject?.type === "COMPLAINT" && needsApproval(subject.level, actor.role)) return draftComplaintReplyIn(tx, actor, input);
    return applyChangeIn(tx, actor, resolveChange(input));
  });
}

/**
 * The approved reply to a level-1 complaint, inside the approval's transaction (reply-drafts.ts):
 * the same resolve as above, checked against the version the supervisor saw, its author named as
 * the handler. The statutory reply clock is met now, by this reply.
 */
export function resolveApprovedReplyIn(tx: Tx, actor: StaffActor, input: ResolveRequestInput, approved: { draftId: string; authorId: string }) {
  return applyChangeIn(tx, actor, { ...resolveChange(input), approved });
}

/** Access: the customer who owns the request. Confirms the resolution: 闭环. */
export function confirmResolution(actor: CustomerActor, input: ConfirmRequestInput) {
  return applyChange(actor, {
    action: "confirm",
    srn: input.srn,
    version: input.version,
    body: null,
    template: "request.confirmed",
    after: (tx, current, now) => sampleClosedRequest(tx, current, now),
  });
}

/**
 * Access: the customer who owns the request. Not resolved: back to work with their reason, and a
 * return-visit task (FollowUp NOT_RESOLVED) for staff, due in 24 hours.
 */
export function reopenRequest(actor: CustomerActor, input: ReopenRequestInput) {
  return applyChange(actor, {
    action: "reopen",
    srn: input.srn,
    version: input.version,
    body: input.reason,
    template: "request.reopened",
    after: async (tx, current, now) => {
      await tx.followUp.create({
        data: { requestId: current.id, reason: "NOT_RESOLVED", dueAt: new Date(now.getTime() + NOT_RESOLVED_FOLLOW_UP_HOURS * 3_600_000), assigneeId: current.ownerId },
      });
    },
  });
}

/**
 * Access: staff with complaint:remedy. 投诉 处理: a complaint under investigation (调查) moves to
 * its remedy stage; the status stays 处理中. Any other request, or another stage, is an invalid state.
 */
export function remedyComplaint(actor: StaffActor, input: RemedyComplaintInput) {
  return applyChange(actor, {
    action: "remedy",
    srn: input.srn,
    version: input.version,
    body: input.message || null,
    template: "request.complaintRemedy",
    data: (current) => (current.ownerId ? {} : { ownerId: actor.userId }),
  });
}

/**
 * Access: staff with request:close. Closes a resolved request without confirmation, with the
 * reason recorded. Confirm and close both sample the request for a return visit (回访).
 */
export function closeRequest(actor: StaffActor, input: CloseRequestInput) {
  return applyChange(actor, {
    action: "close",
    srn: input.srn,
    version: input.version,
    body: input.reason,
    template: "request.closed",
    after: (tx, current, now) => sampleClosedRequest(tx, current, now),
  });
}

/**
 * Access: staff with request:reopen. 重新处理: a resolved or closed request goes back to work with
 * the reason, which the customer sees; inside the caller's transaction when given one.
 */
export function reopenByStaff(actor: StaffActor, input: StaffReopenInput, tx?: Tx) {
  const change: Change = { action: "staffReopen", srn: input.srn, version: input.version, body: input.reason, template: "request.reopenedByStaff" };
  return tx ? applyChangeIn(tx, actor, change) : applyChange(actor, change);
}
