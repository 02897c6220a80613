import "server-only";
import { REPLY_STATUSES, leftoverVariables } from "@/lib/domain/reply-templates";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import type { AddNoteInput, AssignRequestInput, ReplyToCustomerInput, RevealCustomerInput } from "@/lib/schemas/request-work";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { notifyCustomer, notifyUser } from "../notify";
import { can } from "../policy";
import { requestScope } from "./scopes";

// Working a request on its staff page besides its status changes (request-transitions.ts):
// revealing the customer's details, internal notes, assigning and handing over, and replies to
// the customer. Each change is one transaction: optimistic-lock update, timeline event, audit row
// and notification. Escalation is in escalation.ts.

const lockSelect = {
  id: true,
  srn: true,
  type: true,
  status: true,
  version: true,
  customerId: true,
  ownerId: true,
  teamId: true,
  respondBy: true,
  respondedAt: true,
} as const satisfies Prisma.ServiceRequestSelect;
export type LockedRequest = Prisma.ServiceRequestGetPayload<{ select: typeof lockSelect }>;

/** The request as the actor may see it, at the version their page showed; else not found / conflict. */
export async function lockRequest(tx: Tx, actor: StaffActor, srn: string, version: number): Promise<LockedRequest> {
  const current = await tx.serviceRequest.findFirst({ where: { ...requestScope(actor), srn }, select: lockSelect });
  if (!current) throw new NotFoundError();
  if (current.version !== version) throw new ConflictError();
  return current;
}

/** The optimistic-lock update: matches the version read, increments it, or it is a conflict. */
export async function bumpRequest(tx: Tx, current: { id: string; version: number }, data: Prisma.ServiceRequestUncheckedUpdateManyInput = {}) {
  const updated = await tx.serviceRequest.updateMany({ where: { id: current.id, version: current.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError();
}

/**
 * Access: staff with customer:reveal, on a request they may read. Returns the customer's full
 * phone and ID number, and writes the audit row (customer.reveal: the reason, the fields shown,
 * the request) first, in the same transaction: no reveal without its record.
 */
export async function revealCustomer(actor: StaffActor, input: RevealCustomerInput) {
  if (!can(actor, "customer:reveal")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const request = await tx.serviceRequest.findFirst({
      where: { ...requestScope(actor), srn: input.srn },
      select: { id: true, customer: { select: { id: true, phone: true, idNumber: true } } },
    });
    if (!request) throw new NotFoundError();
    const fields = ["phone", ...(request.customer.idNumber ? ["idNumber"] : [])];
    await audit(tx, actor, {
      action: "customer.reveal",
      targetType: "Customer",
      targetId: request.customer.id,
      summary: { srn: input.srn, requestId: request.id, fields, reason: input.reason },
    });
    return { phone: request.customer.phone, idNumber: request.customer.idNumber ?? null };
  });
}

/**
 * Access: staff with request:note, on any request they may read. An INTERNAL timeline event: the
 * customer never sees it and is not told; the status does not change.
 */
export async function addInternalNote(actor: StaffActor, input: AddNoteInput) {
  if (!can(actor, "request:note")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, actor, input.srn, input.version);
    await bumpRequest(tx, current);
    await tx.requestEvent.create({ data: { requestId: current.id, kind: "note", visibility: "INTERNAL", actorId: actor.userId, body: input.note } });
    await audit(tx, actor, { action: "request.note", targetType: "ServiceRequest", targetId: current.id, summary: { srn: current.srn } });
    return { srn: current.srn };
  });
}

/** Roles a request may be handed to: the ones that work requests. A supervisor may also assign to a supervisor. */
const HANDOVER_ROLES = ["AGENT", "TECHNICIAN"] as const;
const ASSIGN_ROLES = ["AGENT", "TECHNICIAN", "SUPERVISOR"] as const;

/**
 * Access: staff with request:assign (supervisors). 分派: any open request to any active staff
 * member who works requests, and/or an active team.
 */
export function assignRequest(actor: StaffActor, input: AssignRequestInput) {
  if (!can(actor, "request:assign")) throw new ForbiddenError();
  return changeOwner(actor, input, "assigned");
}

/**
 * Access: staff with request:handover who own the request (a supervisor may hand over any). 移交 /
 * 派单 (首问负责): the owner hands over explicitly to another agent or technician, or dispatches to a team.
 */
export function handOverRequest(actor: StaffActor, input: AssignRequestInput) {
  if (!can(actor, "request:handover")) throw new ForbiddenError();
  return changeOwner(actor, input, "handedOver");
}

async function changeOwner(actor: StaffActor, input: AssignRequestInput, kind: "assigned" | "handedOver") {
  const roles = kind === "assigned" ? ASSIGN_ROLES : HANDOVER_ROLES;
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, actor, input.srn, input.version);
    if (kind === "handedOver" && actor.role !== "SUPERVISOR" && current.ownerId !== actor.userId) throw new ExpectedError("work.errors.notOwner");
    if (!OPEN_STATUSES.includes(current.status)) throw new ExpectedError("errors.invalidState");
    const owner = input.ownerId
      ? await tx.user.findFirst({
          where: { id: input.ownerId, role: { in: [...roles] }, disabled: false },
          select: { id: true, displayName: true, teamId: true, team: { select: { active: true } } },
        })
      : null;
    if (input.ownerId && !owner) throw new ExpectedError("errors.assignTargetGone", { ownerId: ["errors.assignTargetGone"] });
    const team = input.teamCode ? await tx.team.findFirst({ where: { code: input.teamCode, active: true }, select: { id: true, name: true } }) : null;
    if (input.teamCode && !team) throw new ExpectedError("errors.assignTargetGone", { teamCode: ["errors.assignTargetGone"] });
    if (owner && owner.id === current.ownerId && (!team || team.id === current.teamId)) throw new ExpectedError("work.errors.sameOwner", { ownerId: ["work.errors.sameOwner"] });

    // A new owner alone brings the request to their team; a team alone leaves it to the team's queue.
    const teamId = team?.id ?? (owner?.teamId && owner.team?.active ? owner.teamId : current.teamId);
    const ownerId = owner?.id ?? null;
    await bumpRequest(tx, current, { ownerId, teamId });
    const [fromOwner, toTeam] = await Promise.all([
      current.ownerId ? tx.user.findUnique({ where: { id: current.ownerId }, select: { displayName: true } }) : null,
      teamId ? tx.team.findUnique({ where: { id: teamId }, select: { name: true } }) : null,
    ]);
    const body = [`${fromOwner?.displayName ?? "—"} → ${owner?.displayName ?? "—"}${toTeam ? `（${toTeam.name}）` : ""}`, input.note || null].filter(Boolean).join("\n");
    await tx.requestEvent.create({ data: { requestId: current.id, kind, visibility: "INTERNAL", actorId: actor.userId, body } });
    await audit(tx, actor, {
      action: kind === "assigned" ? "request.assign" : "request.handover",
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: { srn: current.srn, fromOwner: current.ownerId, toOwner: ownerId, fromTeam: current.teamId, toTeam: teamId },
    });
    if (owner && owner.id !== actor.userId) await notifyUser(tx, owner.id, "staff.assigned", { srn: current.srn, by: actor.displayName });
    return { srn: current.srn, ownerId, teamId };
  });
}

/**
 * Access: staff with request:reply, on a request they may read that is being worked. A message
 * the customer sees (a CUSTOMER "message" event) and is notified of; the first one counts as the
 * response where the type promises one (respondBy). Not for complaints: their reply (反馈) is
 * the resolve flow with its own approval.
 */
export async function replyToCustomer(actor: StaffActor, input: ReplyToCustomerInput) {
  if (!can(actor, "request:reply")) throw new ForbiddenError();
  const leftover = leftoverVariables(input.message);
  if (leftover.length) throw new ExpectedError("work.errors.leftoverVariables", { message: ["work.errors.leftoverVariables"] });
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, actor, input.srn, input.version);
    if (current.type === "COMPLAINT") throw new ExpectedError("work.errors.complaintReply");
    if (!(REPLY_STATUSES as readonly string[]).includes(current.status)) throw new ExpectedError("errors.invalidState");
    const template = input.templateCode ? await tx.replyTemplate.findUnique({ where: { code: input.templateCode }, select: { id: true, code: true } }) : null;
    const now = new Date();
    const responded = current.respondBy && !current.respondedAt;
    await bumpRequest(tx, current, responded ? { respondedAt: now } : {});
    await tx.requestEvent.create({ data: { requestId: current.id, kind: "message", visibility: "CUSTOMER", actorId: actor.userId, body: input.message, createdAt: now } });
    await audit(tx, actor, {
      action: "request.message",
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: { srn: current.srn, template: template?.code ?? null, firstResponse: !!responded },
    });
    await notifyCustomer(tx, current.customerId, "request.message", { srn: current.srn, message: input.message });
    return { srn: current.srn, firstResponse: !!responded };
  });
}
