import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor, StaffActor } from "../actor";
import { can } from "../policy";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";

// Reads of service requests. Writes are in request-create.ts and request-transitions.ts.

export const CUSTOMER_PAGE_SIZE = 10;
/** The phone numbers a request's details may hold (lib/schemas/request-create.ts). */
const PHONE_DETAILS = ["contactPhone", "newContactPhone"] as const;
export const QUEUE_PAGE_SIZE = 50;

const listSelect = {
  srn: true,
  type: true,
  status: true,
  title: true,
  createdAt: true,
  ...clockSelect,
  line: { select: { number: true, kind: true } },
} as const satisfies Prisma.ServiceRequestSelect;

/** Access: the customer's own requests, newest first, one page at a time (staff have none). */
export async function listMyRequests(actor: Actor, page: number) {
  const where = actor.kind === "customer" ? requestScope(actor) : { id: { in: [] as string[] } };
  const safePage = Math.max(1, Math.floor(page) || 1);
  const [total, items] = await Promise.all([
    db.serviceRequest.count({ where }),
    db.serviceRequest.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (safePage - 1) * CUSTOMER_PAGE_SIZE,
      take: CUSTOMER_PAGE_SIZE,
    }),
  ]);
  return { items, total, page: safePage, pageCount: Math.max(1, Math.ceil(total / CUSTOMER_PAGE_SIZE)) };
}

export type QueueView = "pending" | "active" | "all";
const QUEUE_STATUSES: Record<QueueView, Prisma.ServiceRequestWhereInput> = {
  pending: { status: "SUBMITTED" },
  active: { status: { in: ["ACCEPTED", "IN_PROGRESS", "AWAITING_INFO"] } },
  all: { status: { in: [...OPEN_STATUSES] } },
};

/**
 * Access: staff with queue:read. Open requests, nearest accept-by deadline first, keyset-paged
 * by (acceptBy, id) through `after` (the last SRN of the previous page).
 */
export async function listQueue(actor: StaffActor, view: QueueView, after?: string) {
  if (!can(actor, "queue:read")) return { items: [], next: null };
  const where = { ...requestScope(actor), ...QUEUE_STATUSES[view] };
  const cursor = after ? await db.serviceRequest.findFirst({ where: { ...where, srn: after }, select: { id: true } }) : null;
  const rows = await db.serviceRequest.findMany({
    where,
    select: {
      ...listSelect,
      level: true,
      channel: true,
      customer: { select: { name: true, type: true, phone: true } },
      owner: { select: { displayName: true } },
    },
    orderBy: [{ acceptBy: "asc" }, { id: "asc" }],
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    take: QUEUE_PAGE_SIZE + 1,
  });
  const items = rows.slice(0, QUEUE_PAGE_SIZE).map(({ customer, line, ...r }) => ({
    ...r,
    line: line ? { ...line, number: line.kind === "MOBILE" ? maskPhone(line.number) : line.number } : null,
    customer: { name: customer.name, type: customer.type, phone: maskPhone(customer.phone) },
  }));
  return { items, next: rows.length > QUEUE_PAGE_SIZE ? (items.at(-1)?.srn ?? null) : null };
}

/**
 * Access: requestScope (owner or request-reading staff); otherwise null, the same as a missing
 * SRN. Customers get only customer-visible timeline events; phone numbers leave masked unless
 * they are the customer's own.
 */
export async function getRequest(actor: Actor, srn: string) {
  const staff = actor.kind === "staff";
  const row = await db.serviceRequest.findFirst({
    where: { ...requestScope(actor), srn },
    select: {
      ...listSelect,
      id: true,
      level: true,
      special: true,
      channel: true,
      description: true,
      details: true,
      version: true,
      closedAt: true,
      // 投诉: its stage and the request it is about (always the same customer's).
      complaintStage: true,
      relatedRequest: { select: { srn: true, type: true, title: true } },
      owner: { select: { displayName: true } },
      team: { select: { name: true, nameEn: true } },
      customer: { select: { id: true, name: true, type: true, phone: true } },
      rating: { select: { score: true, reasons: true, comment: true, resolved: true, createdAt: true } },
      events: {
        where: staff ? {} : { visibility: "CUSTOMER" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          visibility: true,
          body: true,
          fromStatus: true,
          toStatus: true,
          createdAt: true,
          actor: { select: { displayName: true, role: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { customer, details, ...rest } = row;
  const d = { ...((details ?? {}) as Record<string, unknown>) };
  // Phone numbers in the type's fields leave masked for staff (revealing one is an audited action).
  for (const key of PHONE_DETAILS) if (staff && typeof d[key] === "string") d[key] = maskPhone(d[key]);
  return {
    ...rest,
    details: d,
    line: row.line ? { ...row.line, number: staff && row.line.kind === "MOBILE" ? maskPhone(row.line.number) : row.line.number } : null,
    customer: staff ? { name: customer.name, type: customer.type, phone: maskPhone(customer.phone) } : null,
  };
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequest>>>;

/** Access: requestScope. Today's counts for the staff home and queue header. */
export async function queueCounts(actor: StaffActor) {
  const scope = requestScope(actor);
  const now = new Date();
  const [pending, active, breached] = await Promise.all([
    db.serviceRequest.count({ where: { ...scope, status: "SUBMITTED" } }),
    db.serviceRequest.count({ where: { ...scope, ...QUEUE_STATUSES.active } }),
    db.serviceRequest.count({ where: { ...scope, status: "SUBMITTED", acceptBy: { lt: now } } }),
  ]);
  return { pending, active, breached };
}
