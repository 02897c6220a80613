import "server-only";
import { maskEmail, maskIdNumber, maskPhone } from "@/lib/domain/mask";
import { currentConsents } from "@/lib/domain/privacy";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import { replyByOf } from "@/lib/domain/complaints";
import { parseCustomerSearch, type CustomerFilter } from "@/lib/schemas/customer-360";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { can } from "../policy";
import { clockSelect } from "./selects";

// Customer 360 (R4.1): staff find a customer and read their whole record — profile, lines,
// requests, complaints, ratings, return visits, consents and privacy requests. Phone numbers,
// e-mail and ID number leave masked; every view of a customer writes an audit row in the same
// transaction as its read. Nothing here changes a customer.

export const CUSTOMER_PAGE_SIZE = 20;
/** How many of a customer's requests (and of each other list) the view shows, newest first. */
export const CUSTOMER_VIEW_LIMIT = 100;

const shownNumber = (kind: string, number: string) => (kind === "MOBILE" ? maskPhone(number) : number);

/** The keyset cursor: the last row's name and id (the order is name, then id). */
function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const raw: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(raw) && raw.length === 2 && typeof raw[0] === "string" && raw[0].length <= 200 && typeof raw[1] === "string" && /^[a-z0-9]{1,40}$/.test(raw[1])) {
      return [raw[0], raw[1]];
    }
  } catch {
    // A forged or stale cursor starts again from the first page.
  }
  return null;
}

function searchWhere(filter: CustomerFilter): Prisma.CustomerWhereInput {
  const and: Prisma.CustomerWhereInput[] = [];
  if (filter.type) and.push({ type: filter.type });
  if (filter.stage) and.push({ lifecycleStage: filter.stage });
  const term = filter.q ? parseCustomerSearch(filter.q) : null;
  if (term?.kind === "srn") and.push({ requests: { some: { srn: term.srn } } });
  if (term?.kind === "phone") and.push({ OR: [{ phone: term.phone }, { lines: { some: { number: term.phone } } }] });
  if (term?.kind === "phoneTail") and.push({ OR: [{ phone: { endsWith: term.digits } }, { lines: { some: { kind: "MOBILE", number: { endsWith: term.digits } } } }] });
  if (term?.kind === "text") {
    and.push({ OR: [{ name: { contains: term.text, mode: "insensitive" } }, { lines: { some: { number: { equals: term.text.replace(/\s+/g, ""), mode: "insensitive" } } } }] });
  }
  return { AND: and };
}

/**
 * Access: staff with customer:read; nothing for anyone else. Customers by name, phone (full or its
 * last four digits), line number or SRN, filtered by type and lifecycle stage; ordered by name and
 * paged by keyset (no OFFSET). Masked: contact phone and mobile line numbers.
 */
export async function searchCustomers(actor: StaffActor, filter: CustomerFilter) {
  if (actor.kind !== "staff" || !can(actor, "customer:read")) return { items: [], next: null, staleCursor: false };
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const where = searchWhere(filter);
  const after: Prisma.CustomerWhereInput | null = cursor ? { OR: [{ name: { gt: cursor[0] } }, { name: cursor[0], id: { gt: cursor[1] } }] } : null;
  const rows = await db.customer.findMany({
    where: after ? { AND: [where, after] } : where,
    select: {
      id: true,
      name: true,
      type: true,
      lifecycleStage: true,
      phone: true,
      area: true,
      realNameVerified: true,
      lines: { select: { number: true, kind: true, status: true }, orderBy: [{ kind: "asc" }, { number: "asc" }] },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CUSTOMER_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, CUSTOMER_PAGE_SIZE);
  const last = page.at(-1);
  const next = rows.length > CUSTOMER_PAGE_SIZE && last ? encodeCursor(last.name, last.id) : null;
  const items = page.map(({ phone, lines, ...c }) => ({
    ...c,
    phone: maskPhone(phone),
    lines: lines.map((l) => ({ kind: l.kind, status: l.status, number: shownNumber(l.kind, l.number) })),
  }));
  return { items, next, staleCursor: !!filter.after && !cursor };
}
export type CustomerListItem = Awaited<ReturnType<typeof searchCustomers>>["items"][number];

const requestSelect = {
  srn: true,
  type: true,
  status: true,
  title: true,
  channel: true,
  level: true,
  createdAt: true,
  closedAt: true,
  dueAt: true,
  complaintStage: true,
  details: true,
  ...clockSelect,
  line: { select: { number: true, kind: true } },
  relatedRequest: { select: { srn: true } },
} as const satisfies Prisma.ServiceRequestSelect;

/**
 * Access: staff with customer:read; null for anyone else and for an unknown id (the same). The
 * customer's whole record, masked, read in one transaction that also writes the customer.view
 * audit row, so a view is never shown without its record.
 */
export async function viewCustomer(actor: StaffActor, id: string) {
  if (actor.kind !== "staff" || !can(actor, "customer:read") || id.length > 40) return null;
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        type: true,
        lifecycleStage: true,
        phone: true,
        email: true,
        idNumber: true,
        area: true,
        realNameVerified: true,
        createdAt: true,
        user: { select: { id: true, lastLoginAt: true } },
      },
    });
    if (!customer) return null;
    const userId = customer.user?.id ?? null;
    // One query after another: an interactive transaction runs on one connection.
    const lines = await tx.line.findMany({
        where: { customerId: id },
        select: {
          id: true,
          number: true,
          kind: true,
          status: true,
          area: true,
          activatedAt: true,
          terminatedAt: true,
          lockInEndsAt: true,
          addOns: true,
          plan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
        },
        // In service first, terminated last.
        orderBy: [{ terminatedAt: { sort: "desc", nulls: "first" } }, { kind: "asc" }, { number: "asc" }],
      });
    const requests = await tx.serviceRequest.findMany({ where: { customerId: id }, select: requestSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: CUSTOMER_VIEW_LIMIT });
    const ratings = await tx.rating.findMany({
        where: { customerId: id },
        select: { id: true, score: true, reasons: true, comment: true, resolved: true, createdAt: true, request: { select: { srn: true, type: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: CUSTOMER_VIEW_LIMIT,
      });
    const followUps = await tx.followUp.findMany({
        where: { request: { customerId: id } },
        select: { id: true, reason: true, status: true, outcome: true, note: true, attempts: true, dueAt: true, closedAt: true, createdAt: true, request: { select: { srn: true } }, assignee: { select: { displayName: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: CUSTOMER_VIEW_LIMIT,
      });
    const consents = userId
      ? await tx.consent.findMany({ where: { userId }, select: { id: true, kind: true, granted: true, noticeVersion: true, source: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
      : [];
    const privacyRequests = await tx.privacyRequest.findMany({
        where: { customerId: id },
        select: { id: true, kind: true, status: true, dueAt: true, createdAt: true, handledAt: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: CUSTOMER_VIEW_LIMIT,
      });
    await audit(tx, actor, { action: "customer.view", targetType: "Customer", targetId: customer.id, summary: { name: customer.name } });

    const shaped = requests.map(({ details, line, relatedRequest, ...r }) => ({
      ...r,
      line: line ? { kind: line.kind, number: shownNumber(line.kind, line.number) } : null,
      relatedSrn: relatedRequest?.srn ?? null,
      category: r.type === "COMPLAINT" ? String((details as { category?: unknown } | null)?.category ?? "") : null,
      replyBy: r.type === "COMPLAINT" ? replyByOf(r) : null,
    }));
    const open = (r: { status: (typeof shaped)[number]["status"] }) => (OPEN_STATUSES as readonly string[]).includes(r.status);
    const notComplaint = shaped.filter((r) => r.type !== "COMPLAINT");
    return {
      profile: {
        id: customer.id,
        name: customer.name,
        type: customer.type,
        lifecycleStage: customer.lifecycleStage,
        phone: maskPhone(customer.phone),
        email: maskEmail(customer.email),
        // Named apart from the secret column, which never leaves the server.
        maskedIdNumber: maskIdNumber(customer.idNumber),
        area: customer.area,
        realNameVerified: customer.realNameVerified,
        since: customer.createdAt,
        hasAccount: !!userId,
        lastLoginAt: customer.user?.lastLoginAt ?? null,
      },
      lines: lines.map((l) => ({ ...l, number: shownNumber(l.kind, l.number) })),
      openRequests: notComplaint.filter(open),
      pastRequests: notComplaint.filter((r) => !open(r)),
      complaints: shaped.filter((r) => r.type === "COMPLAINT"),
      ratings: ratings.map(({ request, ...r }) => ({ ...r, srn: request.srn, requestType: request.type })),
      followUps: followUps.map(({ request, assignee, ...f }) => ({ ...f, srn: request.srn, assignee: assignee?.displayName ?? null })),
      consents: { current: currentConsents(consents), history: [...consents].reverse() },
      privacyRequests,
    };
  });
}
export type CustomerView = NonNullable<Awaited<ReturnType<typeof viewCustomer>>>;

/**
 * Access: staff with request:create:onBehalf; null for anyone else and for an unknown id. What the
 * on-behalf form needs: the customer's name, type and masked phone, and their lines in service.
 */
export async function customerForRequest(actor: StaffActor, id: string) {
  if (actor.kind !== "staff" || !can(actor, "request:create:onBehalf") || id.length > 40) return null;
  const customer = await db.customer.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      type: true,
      phone: true,
      lines: {
        where: { status: { not: "TERMINATED" } },
        select: { id: true, number: true, kind: true, status: true, plan: { select: { name: true, nameEn: true } } },
        orderBy: [{ kind: "asc" }, { number: "asc" }],
      },
    },
  });
  if (!customer) return null;
  return { ...customer, phone: maskPhone(customer.phone), lines: customer.lines.map((l) => ({ ...l, number: shownNumber(l.kind, l.number) })) };
}
