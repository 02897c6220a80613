import "server-only";
import { maskIdNumber, maskPhone } from "@/lib/domain/mask";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";

// Reads of service requests. Writes are in request-create.ts and request-transitions.ts.

export const CUSTOMER_PAGE_SIZE = 10;
/** The phone numbers a request's details may hold (lib/schemas/request-create.ts). */
const PHONE_DETAILS = ["contactPhone", "newContactPhone"] as const;

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
      line: { select: { number: true, kind: true, status: true, plan: { select: { name: true, nameEn: true } } } },
      ownerId: true,
      owner: { select: { displayName: true } },
      team: { select: { code: true, name: true, nameEn: true } },
      // 升级: to whom and when (staff only; the customer's page does not show it).
      escalatedAt: true,
      escalatedTo: { select: { id: true, displayName: true } },
      customer: { select: { id: true, name: true, type: true, phone: true, idNumber: true } },
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
    escalatedAt: staff ? rest.escalatedAt : null,
    escalatedTo: staff ? rest.escalatedTo : null,
    // Staff see the customer masked; revealing the full values is an audited action (request-work.ts).
    customer: staff ? { id: customer.id, name: customer.name, type: customer.type, phone: maskPhone(customer.phone), idNumberMasked: customer.idNumber ? maskIdNumber(customer.idNumber) : null } : null,
  };
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequest>>>;
