import "server-only";
import { findOpenComplaintAbout, replyByOf, type OpenComplaintRef } from "@/lib/domain/complaints";
import { maskPhone } from "@/lib/domain/mask";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import { complaintDetailsSchema, type CreateComplaintInput } from "@/lib/schemas/complaint";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, CustomerActor, StaffActor } from "../actor";
import { ExpectedError, ForbiddenError } from "../action";
import { can } from "../policy";
import type { CreateComplaintOnBehalfInput } from "@/lib/schemas/customer-360";
import { findByKey, insertRequest, onBehalfOrigin, type RequestOrigin } from "./request-create";

// 投诉 (R3.5): creating a complaint and the customer's appeal pack. A complaint is a ServiceRequest
// of type COMPLAINT; its status changes (受理, 调查, 处理, 反馈, the customer accepting or rejecting
// the reply) go through server/dal/request-transitions.ts like any request's.

/** The team that handles complaints (R3.5: a dedicated team). */
export const COMPLAINTS_TEAM = "COMPLAINTS";
/** How many of the customer's requests the form offers to link, newest first. */
export const COMPLAINT_TARGETS_LIMIT = 50;

const NONE = { id: { in: [] as string[] } };

/**
 * Access: the customer's own requests that are not complaints, newest first (staff: none). What
 * the complaint form offers as the request complained about.
 */
export async function listComplaintTargets(actor: Actor) {
  const where: Prisma.ServiceRequestWhereInput = actor.kind === "customer" && can(actor, "request:read:own") ? { customerId: actor.customerId, type: { not: "COMPLAINT" } } : NONE;
  return complaintTargets(where);
}

/** Access: staff with request:create:onBehalf; nothing for anyone else. The customer's requests a complaint taken for them may be about. */
export async function listComplaintTargetsFor(actor: StaffActor, customerId: string) {
  const where: Prisma.ServiceRequestWhereInput = actor.kind === "staff" && can(actor, "request:create:onBehalf") ? { customerId, type: { not: "COMPLAINT" } } : NONE;
  return complaintTargets(where);
}

async function complaintTargets(where: Prisma.ServiceRequestWhereInput) {
  return db.serviceRequest.findMany({
    where,
    select: { srn: true, type: true, title: true, status: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMPLAINT_TARGETS_LIMIT,
  });
}

/** Access: the customer's own open complaints, newest first, with the SRN each is about (一事一报). */
export async function listOpenComplaints(actor: Actor): Promise<OpenComplaintRef[]> {
  if (actor.kind !== "customer") return [];
  return openComplaintsOf(actor.customerId);
}

/** Access: staff with request:create:onBehalf; nothing for anyone else. The customer's open complaints (一事一报). */
export async function listOpenComplaintsFor(actor: StaffActor, customerId: string): Promise<OpenComplaintRef[]> {
  if (actor.kind !== "staff" || !can(actor, "request:create:onBehalf")) return [];
  return openComplaintsOf(customerId);
}

async function openComplaintsOf(customerId: string): Promise<OpenComplaintRef[]> {
  const rows = await db.serviceRequest.findMany({
    where: { customerId, type: "COMPLAINT", status: { in: [...OPEN_STATUSES] } },
    select: { srn: true, status: true, relatedRequest: { select: { srn: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => ({ srn: r.srn, status: r.status, relatedSrn: r.relatedRequest?.srn ?? null }));
}

/**
 * Access: a customer; the linked request, if any, must be one of their own requests and not a
 * complaint (looked up inside their scope: anyone else's SRN is "not found"). 一事一报: an open
 * complaint about the same request needs the customer's confirmation. The complaint goes to the
 * complaints team with the statutory 15-day reply deadline (lib/domain/sla.ts) and is written with
 * its event, audit row and notification in one transaction; a repeated submission returns the
 * first complaint.
 */
export async function createComplaint(actor: CustomerActor, input: CreateComplaintInput): Promise<{ srn: string }> {
  if (actor.kind !== "customer" || !can(actor, "request:create:own")) throw new ForbiddenError();
  return create({ actor, customerId: actor.customerId, channel: "WEB" }, input);
}

/**
 * Access: staff with request:create:onBehalf, for an existing customer (else not-found). A
 * complaint taken by phone or at the counter: the same checks, deadline, team and notification as
 * the customer's own; the staff member is its creator and the channel is recorded.
 */
export async function createComplaintOnBehalf(actor: StaffActor, input: CreateComplaintOnBehalfInput): Promise<{ srn: string }> {
  const origin = await onBehalfOrigin(actor, input);
  const { customerId: _c, channel: _ch, ...complaint } = input;
  return create(origin, complaint);
}

async function create(origin: RequestOrigin, input: CreateComplaintInput): Promise<{ srn: string }> {
  const existing = await findByKey(origin.customerId, input.idempotencyKey);
  if (existing) return existing;

  let related: { id: string; srn: string; lineId: string | null } | null = null;
  if (input.relatedSrn) {
    related = await db.serviceRequest.findFirst({
      where: { customerId: origin.customerId, srn: input.relatedSrn, type: { not: "COMPLAINT" } },
      select: { id: true, srn: true, lineId: true },
    });
    if (!related) throw new ExpectedError("complaints.errors.relatedNotFound", { relatedSrn: ["complaints.errors.relatedNotFound"] });
    if (!input.allowDuplicate && findOpenComplaintAbout(await openComplaintsOf(origin.customerId), related.srn)) throw new ExpectedError("complaints.errors.duplicateOpen");
  }
  const team = await db.team.findUnique({ where: { code: COMPLAINTS_TEAM }, select: { id: true } });

  return insertRequest(origin, {
    type: "COMPLAINT",
    // The line of the request complained about, so that staff see which service it concerns.
    lineId: related?.lineId ?? null,
    title: input.category,
    description: input.description,
    details: { category: input.category, desiredOutcome: input.desiredOutcome },
    chosenDate: null,
    idempotencyKey: input.idempotencyKey,
    teamId: team?.id ?? null,
    relatedRequestId: related?.id ?? null,
    auditSummary: { category: input.category, relatedSrn: related?.srn ?? null, duplicateConfirmed: input.allowDuplicate },
    template: "request.complaintCreated",
  });
}

/**
 * Access: the customer who made the complaint, and nobody else — not another customer, not staff
 * (the pack is the customer's own document for the appeal centre); null otherwise, the same as a
 * missing SRN or a request that is not a complaint. Their name and masked phone, the complaint,
 * its linked request, its deadline and every customer-visible event (replies included).
 */
export async function getAppealPack(actor: Actor, srn: string) {
  if (actor.kind !== "customer" || !can(actor, "request:read:own")) return null;
  const row = await db.serviceRequest.findFirst({
    where: { customerId: actor.customerId, srn, type: "COMPLAINT" },
    select: {
      srn: true,
      status: true,
      complaintStage: true,
      description: true,
      details: true,
      createdAt: true,
      resolveBy: true,
      closedAt: true,
      relatedRequest: { select: { srn: true, type: true, title: true } },
      customer: { select: { name: true, phone: true } },
      events: {
        where: { visibility: "CUSTOMER" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, body: true, toStatus: true, createdAt: true, actor: { select: { displayName: true, role: true } } },
      },
    },
  });
  if (!row) return null;
  const details = complaintDetailsSchema.safeParse(row.details);
  const { customer, details: _raw, resolveBy, ...rest } = row;
  return {
    ...rest,
    category: details.success ? details.data.category : null,
    desiredOutcome: details.success ? details.data.desiredOutcome : "",
    replyBy: replyByOf({ resolveBy, createdAt: row.createdAt }),
    customer: { name: customer.name, phone: maskPhone(customer.phone) },
  };
}
export type AppealPack = NonNullable<Awaited<ReturnType<typeof getAppealPack>>>;
