import "server-only";
import { findOpenDuplicate, type DuplicateCandidate, type OpenRequestRef } from "@/lib/domain/duplicates";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import type { Channel, RequestType } from "@/lib/domain/roles";
import { SLA_TABLE } from "@/lib/domain/sla";
import { formatSrn } from "@/lib/domain/srn";
import { cstDateAt, cstDayKey, parseCstLocal } from "@/lib/domain/time";
import { ADD_ON_LINE_KINDS, windowEnd, type CreateRequestInput } from "@/lib/schemas/request-create";
import type { CreateRequestOnBehalfInput } from "@/lib/schemas/customer-360";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { CustomerActor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { notifyCustomer, type NotificationTemplate } from "../notify";
import { newRequestDeadlines } from "./sla-policies";
import { linkFaultReportIn } from "./incident-requests";

/** Next SRN of the day (China Standard Time), from a per-day counter row. Also used by plan changes. */
export async function nextSrn(tx: Tx, now: Date): Promise<string> {
  const day = cstDayKey(now);
  const counter = await tx.srnCounter.upsert({
    where: { day },
    create: { day, last: 1 },
    update: { last: { increment: 1 } },
  });
  return formatSrn(now, counter.last);
}

/** The request a customer's form submission created, by its idempotency key (a repeat returns it). */
export async function findByKey(customerId: string, idempotencyKey: string) {
  return db.serviceRequest.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    select: { srn: true },
  });
}

/**
 * Access: the customer's own requests. 一事一报: their open requests, newest first, with what a
 * duplicate is judged by (lib/domain/duplicates.ts) — for the forms' warning and the create check.
 */
export async function listOpenRequests(actor: CustomerActor, type?: RequestType): Promise<OpenRequestRef[]> {
  // Typed for customers; checked too, since an undefined customerId would filter nothing.
  if (actor.kind !== "customer") return [];
  return openRequestsOf(actor.customerId, type);
}

/**
 * Access: staff who enter requests on a customer's behalf (request:create:onBehalf); nothing for
 * anyone else. The customer's open requests, as listOpenRequests gives a customer their own.
 */
export async function listOpenRequestsFor(actor: StaffActor, customerId: string, type?: RequestType): Promise<OpenRequestRef[]> {
  if (actor.kind !== "staff" || !can(actor, "request:create:onBehalf")) return [];
  return openRequestsOf(customerId, type);
}

/** Unscoped: the callers above have checked who asks. */
async function openRequestsOf(customerId: string, type?: RequestType): Promise<OpenRequestRef[]> {
  const rows = await db.serviceRequest.findMany({
    where: { customerId, status: { in: [...OPEN_STATUSES] }, ...(type ? { type } : {}) },
    select: { srn: true, status: true, type: true, lineId: true, title: true, details: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(({ details, ...r }) => {
    const address = (details as Record<string, unknown> | null)?.address;
    return { ...r, address: typeof address === "string" ? address : null };
  });
}

type Line = { id: string; kind: string; status: string };
type Built = {
  title: string;
  description: string;
  details: Prisma.InputJsonObject;
  /** The customer's chosen date that sets the resolve-by deadline (lib/domain/sla.ts). */
  chosenDate: Date | null;
  address: string | null;
};

/** The type-specific part of a new request: only the fields that its kind uses are kept. */
function build(input: CreateRequestInput, line: Line | null): Built {
  switch (input.type) {
    case "SERVICE_OPENING": {
      const address = input.address || null;
      return {
        title: input.serviceKind,
        description: input.notes,
        details: { serviceKind: input.serviceKind, address, preferredDate: input.preferredDate, window: input.window, contactPhone: input.contactPhone },
        chosenDate: windowEnd(input.preferredDate, input.window),
        address,
      };
    }
    case "FAULT_REPAIR":
      return {
        title: input.symptom,
        description: input.description,
        details: { symptom: input.symptom, since: parseCstLocal(input.since)?.toISOString() ?? null, contactPhone: input.contactPhone, reachable: input.reachable },
        chosenDate: null,
        address: null,
      };
    case "BUSINESS_CHANGE": {
      const k = input.changeKind;
      if ((k === "ADD_ON" || k === "REMOVE_ADD_ON") && line && !ADD_ON_LINE_KINDS[input.addOn as keyof typeof ADD_ON_LINE_KINDS]?.includes(line.kind)) {
        throw new ExpectedError("errors.addOnNotForLine", { addOn: ["errors.addOnNotForLine"] });
      }
      if (k === "SUSPEND" && line?.status !== "ACTIVE") throw new ExpectedError("errors.lineNotActive", { lineId: ["errors.lineNotActive"] });
      if (k === "RESUME" && line?.status !== "SUSPENDED") throw new ExpectedError("errors.lineNotSuspended", { lineId: ["errors.lineNotSuspended"] });
      const dated = k === "SUSPEND" || k === "RESUME";
      return {
        title: k,
        description: input.description,
        details: {
          changeKind: k,
          ...(k === "MOVE_ADDRESS" ? { newAddress: input.newAddress } : {}),
          ...(dated ? { effectiveDate: input.effectiveDate } : {}),
          ...(k === "ADD_ON" || k === "REMOVE_ADD_ON" ? { addOn: input.addOn } : {}),
          ...(k === "CHANGE_CONTACT" ? { newContactName: input.newContactName, newContactPhone: input.newContactPhone } : {}),
        },
        // A suspension or resumption is due by the end of its effective day (24:00 China time).
        chosenDate: dated ? cstDateAt(input.effectiveDate, 24) : null,
        address: null,
      };
    }
    case "CONSULTATION":
      return { title: input.topic, description: input.question, details: { topic: input.topic }, chosenDate: null, address: null };
  }
}

/**
 * Access: a customer, on one of their own lines where the type has one (looked up inside their
 * scope). Checks 一事一报 unless the customer confirmed, stores the deadlines of lib/domain/sla.ts,
 * and writes the request, its first timeline event, the audit row and the notification together.
 * A repeated submission with the same idempotency key returns the first request.
 */
export async function createRequest(actor: CustomerActor, input: CreateRequestInput): Promise<{ srn: string }> {
  if (actor.kind !== "customer" || !can(actor, "request:create:own")) throw new ForbiddenError();
  return create({ actor, customerId: actor.customerId, channel: "WEB" }, input);
}

/**
 * Access: staff with request:create:onBehalf, for an existing customer (else not-found). R2.1: a
 * request taken by phone or at the counter, entered on the customer's behalf — the same checks,
 * 一事一报 warning, deadlines and "request received" notification as the customer's own form;
 * the staff member is its creator, and the channel is recorded.
 */
export async function createRequestOnBehalf(actor: StaffActor, input: CreateRequestOnBehalfInput): Promise<{ srn: string }> {
  const origin = await onBehalfOrigin(actor, input);
  const { customerId: _c, channel: _ch, ...request } = input;
  return create(origin, request as CreateRequestInput);
}

/** Who a new request is for, who entered it, and the channel it came in through. */
export type RequestOrigin = { actor: CustomerActor | StaffActor; customerId: string; channel: Channel };

/** Checks a staff member may enter a request for this customer, through a staff channel. */
export async function onBehalfOrigin(actor: StaffActor, input: { customerId: string; channel: Channel }): Promise<RequestOrigin> {
  if (actor.kind !== "staff" || !can(actor, "request:create:onBehalf")) throw new ForbiddenError();
  if (input.channel !== "PHONE" && input.channel !== "COUNTER") throw new ExpectedError("validation.choose", { channel: ["validation.choose"] });
  const customer = await db.customer.findUnique({ where: { id: input.customerId }, select: { id: true } });
  if (!customer) throw new NotFoundError();
  return { actor, customerId: customer.id, channel: input.channel };
}

async function create(origin: RequestOrigin, input: CreateRequestInput): Promise<{ srn: string }> {
  const existing = await findByKey(origin.customerId, input.idempotencyKey);
  if (existing) return existing;

  const lineId = input.type === "SERVICE_OPENING" ? "" : input.lineId;
  let line: Line | null = null;
  if (lineId) {
    line = await db.line.findFirst({
      where: { id: lineId, customerId: origin.customerId, status: { not: "TERMINATED" } },
      select: { id: true, kind: true, status: true },
    });
    if (!line) throw new ExpectedError("errors.lineNotFound", { lineId: ["errors.lineNotFound"] });
  }
  const built = build(input, line);
  if (!input.allowDuplicate) {
    const candidate: DuplicateCandidate = { type: input.type, lineId: line?.id ?? null, title: built.title, address: built.address };
    if (findOpenDuplicate(await openRequestsOf(origin.customerId, input.type), candidate)) throw new ExpectedError("errors.duplicateOpen");
  }

  return insertRequest(origin, {
    type: input.type,
    lineId: line?.id ?? null,
    title: built.title,
    description: built.description,
    details: built.details,
    chosenDate: built.chosenDate,
    idempotencyKey: input.idempotencyKey,
    auditSummary: { lineId: line?.id ?? null, duplicateConfirmed: input.allowDuplicate },
    template: "request.created",
  });
}

/** A new request as a create function has built and checked it. */
export type NewRequest = {
  type: RequestType;
  lineId: string | null;
  title: string;
  description: string;
  details: Prisma.InputJsonObject;
  chosenDate: Date | null;
  idempotencyKey: string;
  /** The team it goes to (complaints go to the complaints team). */
  teamId?: string | null;
  /** The request it is about (a complaint's linked request), already checked to be the customer's. */
  relatedRequestId?: string | null;
  /** Written into the audit row besides the SRN and type. */
  auditSummary: Prisma.InputJsonObject;
  template: NotificationTemplate;
};

/**
 * Writes a customer's new request: the deadlines of lib/domain/sla.ts from now, the next SRN, the
 * first timeline event, the audit row and the notification, in one transaction. A submission that
 * races another with the same idempotency key returns the winner's request. The caller has
 * checked the actor and the input (createRequest, createComplaint and their on-behalf forms). The
 * actor is the creator: the customer on the web, or the staff member who took it by phone or at
 * the counter (audited as request.createOnBehalf); the customer is notified either way.
 */
export async function insertRequest(origin: RequestOrigin, r: NewRequest): Promise<{ srn: string }> {
  const { actor, customerId, channel } = origin;
  const onBehalf = actor.kind === "staff";
  const now = new Date();
  const level = 2;
  try {
    return await db.$transaction(async (tx) => {
      // The newest SLA policy of the type; the request keeps that version (slaPolicyId).
      const deadlines = await newRequestDeadlines(tx, { type: r.type, level, special: false, createdAt: now, chosenDate: r.chosenDate });
      const srn = await nextSrn(tx, now);
      const request = await tx.serviceRequest.create({
        data: {
          srn,
          type: r.type,
          level,
          channel,
          customerId,
          lineId: r.lineId,
          teamId: r.teamId ?? null,
          relatedRequestId: r.relatedRequestId ?? null,
          title: r.title,
          description: r.description,
          details: r.details,
          createdById: actor.userId,
          idempotencyKey: r.idempotencyKey,
          createdAt: now,
          ...deadlines,
          events: {
            create: { kind: "created", visibility: "CUSTOMER", actorId: actor.userId, toStatus: "SUBMITTED", createdAt: now },
          },
        },
        select: { id: true, srn: true },
      });
      // A fault on a line an active incident affects is linked to it (told with the incident's notices).
      const incident = r.type === "FAULT_REPAIR" && r.lineId ? await linkFaultReportIn(tx, { id: request.id, lineId: r.lineId, now }) : null;
      await audit(tx, actor, {
        action: onBehalf ? "request.createOnBehalf" : "request.create",
        targetType: "ServiceRequest",
        targetId: request.id,
        summary: { srn, type: r.type, ...(onBehalf ? { customerId, channel } : {}), ...r.auditSummary, ...(incident ? { incident } : {}) },
      });
      await notifyCustomer(tx, customerId, r.template, {
        srn,
        acceptBy: deadlines.acceptBy.toISOString(),
        ...(SLA_TABLE[r.type].resolveStatutory && deadlines.resolveBy ? { replyBy: deadlines.resolveBy.toISOString() } : {}),
      });
      return { srn: request.srn };
    });
  } catch (error) {
    // Two submissions with the same key raced: the loser returns the winner's request.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByKey(customerId, r.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
