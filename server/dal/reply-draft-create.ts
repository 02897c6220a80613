import "server-only";
import { transition } from "@/lib/domain/request-status";
import type { ResolveRequestInput } from "@/lib/schemas/request";
import type { Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyUser } from "../notify";
import { requestScope } from "./scopes";

// A reply to a level-1 (major) complaint by anyone but a supervisor is held as a draft
// (ReplyDraft PENDING) until a supervisor approves or rejects it (reply-drafts.ts). Nothing
// reaches the customer and the statutory reply clock keeps running: the reply is made when it is
// approved. request-transitions.ts resolveRequest sends such replies here.

/** Whether the request has a reply waiting for a supervisor (at most one at a time). */
export async function hasPendingDraft(tx: Tx, requestId: string): Promise<boolean> {
  return (await tx.replyDraft.count({ where: { requestId, status: "PENDING" } })) > 0;
}

/**
 * The supervisors told of a draft: those of the complaint's team, or, when the team has none (or
 * the complaint none), every active supervisor.
 */
async function approversFor(tx: Tx, teamId: string | null) {
  const select = { id: true } as const;
  const team = teamId ? await tx.user.findMany({ where: { role: "SUPERVISOR", disabled: false, teamId }, select }) : [];
  return team.length ? team : tx.user.findMany({ where: { role: "SUPERVISOR", disabled: false }, select });
}

/**
 * Access: staff with request:resolve, on a complaint they could reply to now (the state machine
 * decides, as for a reply). One pending draft per complaint: a second one is refused with its own
 * message. The request's version moves on, so a page showing the reply form is stale; an INTERNAL
 * timeline event, an audit row and a notice to the supervisors, in the caller's transaction.
 */
export async function draftComplaintReplyIn(tx: Tx, actor: StaffActor, input: ResolveRequestInput) {
  const current = await tx.serviceRequest.findFirst({
    where: { ...requestScope(actor), srn: input.srn, type: "COMPLAINT" },
    select: { id: true, type: true, status: true, version: true, complaintStage: true, teamId: true },
  });
  if (!current) throw new NotFoundError();
  const result = transition("resolve", current.status, actor.role, current);
  if (!result.ok && result.reason === "forbidden") throw new ForbiddenError();
  // Before the version: the usual second submit comes from the page the first draft made stale.
  if (await hasPendingDraft(tx, current.id)) throw new ExpectedError("approvals.errors.pendingExists");
  if (current.version !== input.version) throw new ConflictError();
  if (!result.ok) throw new ExpectedError("errors.invalidState");

  const updated = await tx.serviceRequest.updateMany({ where: { id: current.id, version: input.version }, data: { version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError();
  const now = new Date();
  const draft = await tx.replyDraft.create({ data: { requestId: current.id, body: input.result, authorId: actor.userId, createdAt: now }, select: { id: true } });
  await tx.requestEvent.create({
    data: { requestId: current.id, kind: "replyDrafted", visibility: "INTERNAL", actorId: actor.userId, body: input.result, createdAt: now },
  });
  await audit(tx, actor, { action: "complaint.replyDraft", targetType: "ServiceRequest", targetId: current.id, summary: { srn: input.srn, draftId: draft.id } });
  for (const supervisor of await approversFor(tx, current.teamId)) {
    await notifyUser(tx, supervisor.id, "staff.replyPending", { srn: input.srn, by: actor.displayName });
  }
  return { srn: input.srn, status: current.status, drafted: true as const };
}
