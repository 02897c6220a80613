import "server-only";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import type { DeescalateRequestInput, EscalateRequestInput } from "@/lib/schemas/request-work";
import { db, type Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError } from "../action";
import { notifyUser } from "../notify";
import { can } from "../policy";
import { bumpRequest, lockRequest } from "./request-work";

// 升级: a request handed up to a supervisor with the reason — by staff from the request page, or
// by the SLA breach sweep (by: null). The supervisor is the one chosen, else a supervisor of the
// request's team, else any active supervisor. The supervisor clears it once handled (解除升级).

export type EscalateOutcome =
  | { escalated: true; toId: string; toName: string }
  | { escalated: false; reason: "alreadyEscalated" | "notOpen" | "noSupervisor" };

/**
 * Escalates inside the caller's transaction: sets escalatedAt/escalatedToId, increments the
 * version, writes an INTERNAL "escalated" event and the audit row (request.escalate; the actor is
 * null for the system), and notifies the supervisor (staff.escalated). Does nothing (and says why)
 * when the request is already escalated, no longer open, or there is no active supervisor, so a
 * sweep may call it for every breached request without checking first. `to` must be an active
 * supervisor (else noSupervisor). Callers check access and the version they showed.
 */
export async function escalateIn(tx: Tx, args: { requestId: string; by: StaffActor | null; reason: string; to?: string | null; now?: Date }): Promise<EscalateOutcome> {
  const now = args.now ?? new Date();
  const current = await tx.serviceRequest.findUniqueOrThrow({
    where: { id: args.requestId },
    select: { id: true, srn: true, status: true, version: true, teamId: true, escalatedAt: true },
  });
  if (current.escalatedAt) return { escalated: false, reason: "alreadyEscalated" };
  if (!OPEN_STATUSES.includes(current.status)) return { escalated: false, reason: "notOpen" };
  const active = { role: "SUPERVISOR" as const, disabled: false };
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const supervisor = args.to
    ? await tx.user.findFirst({ where: { id: args.to, ...active }, select: { id: true, displayName: true } })
    : ((current.teamId ? await tx.user.findFirst({ where: { ...active, teamId: current.teamId }, orderBy: order, select: { id: true, displayName: true } }) : null) ??
      (await tx.user.findFirst({ where: active, orderBy: order, select: { id: true, displayName: true } })));
  if (!supervisor) return { escalated: false, reason: "noSupervisor" };

  await bumpRequest(tx, current, { escalatedAt: now, escalatedToId: supervisor.id });
  await tx.requestEvent.create({
    data: { requestId: current.id, kind: "escalated", visibility: "INTERNAL", actorId: args.by?.userId ?? null, body: `→ ${supervisor.displayName}\n${args.reason}`, createdAt: now },
  });
  await audit(tx, args.by, {
    action: "request.escalate",
    targetType: "ServiceRequest",
    targetId: current.id,
    summary: { srn: current.srn, to: supervisor.id, reason: args.reason },
  });
  if (supervisor.id !== args.by?.userId) {
    await notifyUser(tx, supervisor.id, "staff.escalated", { srn: current.srn, by: args.by?.displayName ?? "", reason: args.reason });
  }
  return { escalated: true, toId: supervisor.id, toName: supervisor.displayName };
}

const REFUSALS = {
  alreadyEscalated: "work.errors.alreadyEscalated",
  notOpen: "errors.invalidState",
  noSupervisor: "work.errors.noSupervisor",
} as const;

/** Access: staff with request:escalate, on an open request they may read; the reason is required. */
export async function escalateRequest(actor: StaffActor, input: EscalateRequestInput) {
  if (!can(actor, "request:escalate")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, actor, input.srn, input.version);
    const outcome = await escalateIn(tx, { requestId: current.id, by: actor, reason: input.reason, to: input.toId || null });
    if (!outcome.escalated) {
      const key = REFUSALS[outcome.reason];
      throw new ExpectedError(key, outcome.reason === "noSupervisor" && input.toId ? { toId: [key] } : undefined);
    }
    return { srn: current.srn, toName: outcome.toName };
  });
}

/** Access: supervisors (request:deescalate). 解除升级: the escalation was handled; the note is internal. */
export async function deescalateRequest(actor: StaffActor, input: DeescalateRequestInput) {
  if (!can(actor, "request:deescalate")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const current = await lockRequest(tx, actor, input.srn, input.version);
    const row = await tx.serviceRequest.findUniqueOrThrow({ where: { id: current.id }, select: { escalatedAt: true, escalatedToId: true } });
    if (!row.escalatedAt) throw new ExpectedError("work.errors.notEscalated");
    await bumpRequest(tx, current, { escalatedAt: null, escalatedToId: null });
    await tx.requestEvent.create({ data: { requestId: current.id, kind: "deescalated", visibility: "INTERNAL", actorId: actor.userId, body: input.note || null } });
    await audit(tx, actor, {
      action: "request.deescalate",
      targetType: "ServiceRequest",
      targetId: current.id,
      summary: { srn: current.srn, wasEscalatedTo: row.escalatedToId, since: row.escalatedAt.toISOString() },
    });
    return { srn: current.srn };
  });
}
