import "server-only";
import { replyByOf } from "@/lib/domain/complaints";
import type { ApproveReplyInput, RejectReplyInput } from "@/lib/schemas/approvals";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyUser } from "../notify";
import { can } from "../policy";
import { resolveApprovedReplyIn } from "./request-transitions";
import { requestScope } from "./scopes";

// Replies to level-1 complaints waiting for a supervisor (/admin/approvals, and the complaint's
// own page). Approving sends the reply — the complaint's resolve, in the same transaction as the
// decision; rejecting returns it to its author with a note. Drafts are made in reply-draft-create.ts.

function requireApprover(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "complaint:approve")) throw new ForbiddenError();
  return actor;
}

const pendingSelect = {
  id: true,
  body: true,
  createdAt: true,
  author: { select: { displayName: true } },
  request: {
    select: {
      srn: true,
      version: true,
      status: true,
      title: true,
      resolveBy: true,
      createdAt: true,
      customer: { select: { name: true } },
    },
  },
} as const;

/**
 * Access: complaint:approve; anyone else gets an empty list. Every pending draft, oldest first,
 * with the complaint's statutory reply-by deadline and the version an approval is checked against.
 */
export async function listPendingDrafts(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "complaint:approve")) return [];
  const rows = await db.replyDraft.findMany({
    where: { status: "PENDING", request: requestScope(actor) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: pendingSelect,
  });
  return rows.map(({ request, ...d }) => ({ ...d, request: { ...request, replyBy: replyByOf(request) } }));
}
export type PendingDraft = Awaited<ReturnType<typeof listPendingDrafts>>[number];

/** Access: complaint:approve; anyone else gets 0. How many drafts wait. */
export async function countPendingDrafts(actor: Actor): Promise<number> {
  if (actor.kind !== "staff" || !can(actor, "complaint:approve")) return 0;
  return db.replyDraft.count({ where: { status: "PENDING", request: requestScope(actor) } });
}

/**
 * Access: request-reading staff (requestScope); anyone else gets null. The complaint's pending
 * draft, if any, for its page, and the rejected one when it is the latest (the note tells the author why).
 */
export async function getReplyDraftState(actor: Actor, srn: string) {
  if (actor.kind !== "staff") return null;
  const drafts = await db.replyDraft.findMany({
    where: { request: { ...requestScope(actor), srn } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 2,
    select: { id: true, body: true, status: true, createdAt: true, decidedAt: true, decisionNote: true, author: { select: { displayName: true } }, decider: { select: { displayName: true } } },
  });
  // A rejection matters until the next draft: only when it is the latest decision.
  const latest = drafts[0];
  return { pending: drafts.find((d) => d.status === "PENDING") ?? null, lastRejected: latest?.status === "REJECTED" ? latest : null };
}

/** The pending draft and its complaint, or the reason there is none to decide. */
async function pendingDraft(tx: Tx, actor: StaffActor, draftId: string) {
  const draft = await tx.replyDraft.findFirst({
    where: { id: draftId, request: requestScope(actor) },
    select: { id: true, status: true, body: true, authorId: true, request: { select: { id: true, srn: true } } },
  });
  if (!draft) throw new NotFoundError();
  if (draft.status !== "PENDING") throw new ExpectedError("approvals.errors.alreadyDecided");
  return draft;
}

/** Marks the draft decided, only while it is still pending (two supervisors at once: one wins). */
async function decide(tx: Tx, actor: StaffActor, draftId: string, data: { status: "APPROVED" | "REJECTED"; body?: string; decisionNote?: string }, now: Date) {
  const { count } = await tx.replyDraft.updateMany({ where: { id: draftId, status: "PENDING" }, data: { ...data, deciderId: actor.userId, decidedAt: now } });
  if (count !== 1) throw new ExpectedError("approvals.errors.alreadyDecided");
}

/**
 * Access: complaint:approve. In one transaction: the draft becomes APPROVED with the text as
 * approved (the supervisor may have edited it), and the complaint is replied to with that text —
 * request-transitions.ts resolve, checked against the version the supervisor saw (a changed
 * complaint is a conflict and nothing is written), its author named as the handler, the statutory
 * clock met now. An INTERNAL event and an audit row for the decision; the author is told.
 */
export async function approveReplyDraft(actor: Actor, input: ApproveReplyInput) {
  const approver = requireApprover(actor);
  return db.$transaction(async (tx) => {
    const draft = await pendingDraft(tx, approver, input.draftId);
    const now = new Date();
    const edited = draft.body !== input.body;
    await decide(tx, approver, draft.id, { status: "APPROVED", body: input.body }, now);
    const result = await resolveApprovedReplyIn(tx, approver, { srn: draft.request.srn, version: input.version, result: input.body }, { draftId: draft.id, authorId: draft.authorId });
    await tx.requestEvent.create({ data: { requestId: draft.request.id, kind: "replyApproved", visibility: "INTERNAL", actorId: approver.userId, body: null, createdAt: now } });
    await audit(tx, approver, { action: "complaint.replyApprove", targetType: "ReplyDraft", targetId: draft.id, summary: { srn: draft.request.srn, authorId: draft.authorId, edited } });
    if (draft.authorId !== approver.userId) await notifyUser(tx, draft.authorId, "staff.replyApproved", { srn: draft.request.srn, by: approver.displayName });
    return result;
  });
}

/**
 * Access: complaint:approve. The draft becomes REJECTED with the note; the complaint stays where
 * it was (its version too: nothing about it changed) and its reply form opens again. An INTERNAL
 * event with the note, an audit row; the author is told why.
 */
export async function rejectReplyDraft(actor: Actor, input: RejectReplyInput) {
  const approver = requireApprover(actor);
  return db.$transaction(async (tx) => {
    const draft = await pendingDraft(tx, approver, input.draftId);
    const now = new Date();
    await decide(tx, approver, draft.id, { status: "REJECTED", decisionNote: input.note }, now);
    await tx.requestEvent.create({ data: { requestId: draft.request.id, kind: "replyRejected", visibility: "INTERNAL", actorId: approver.userId, body: input.note, createdAt: now } });
    await audit(tx, approver, { action: "complaint.replyReject", targetType: "ReplyDraft", targetId: draft.id, summary: { srn: draft.request.srn, authorId: draft.authorId } });
    if (draft.authorId !== approver.userId) await notifyUser(tx, draft.authorId, "staff.replyRejected", { srn: draft.request.srn, by: approver.displayName, note: input.note });
    return { srn: draft.request.srn };
  });
}
