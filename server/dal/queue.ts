import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { OPEN_STATUSES } from "@/lib/domain/request-status";
import { cstDateAt, cstDateKey } from "@/lib/domain/time";
import { parseSearch, type BulkAssignInput, type QueueFilter, type QueueSort, type QueueView } from "@/lib/schemas/queue";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError } from "../action";
import { can } from "../policy";
import { notifyUser } from "../notify";
import { requestScope } from "./scopes";
import { clockSelect } from "./selects";

// The staff queue: filters from the URL (lib/schemas/queue.ts), sorting, keyset pagination (no
// OFFSET: the cursor carries the sort values of the last row), and bulk assignment.

export const QUEUE_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

const VIEW_WHERE: Record<QueueView, Prisma.ServiceRequestWhereInput> = {
  pending: { status: "SUBMITTED" },
  active: { status: { in: ["ACCEPTED", "IN_PROGRESS", "AWAITING_INFO"] } },
  open: { status: { in: [...OPEN_STATUSES] } },
  all: {},
};

// Sort orders as column lists; every one ends with id so that the order is total. Nullable
// columns sort their nulls last (a request with no running clock is the least urgent).
type Column = { field: "dueAt" | "createdAt" | "level" | "id"; dir: "asc" | "desc"; nullable: boolean };
const SORTS: Record<QueueSort, Column[]> = {
  due: [
    { field: "dueAt", dir: "asc", nullable: true },
    { field: "id", dir: "asc", nullable: false },
  ],
  newest: [
    { field: "createdAt", dir: "desc", nullable: false },
    { field: "id", dir: "desc", nullable: false },
  ],
  oldest: [
    { field: "createdAt", dir: "asc", nullable: false },
    { field: "id", dir: "asc", nullable: false },
  ],
  level: [
    { field: "level", dir: "asc", nullable: false },
    { field: "dueAt", dir: "asc", nullable: true },
    { field: "id", dir: "asc", nullable: false },
  ],
};

type CursorValue = string | number | null;

/** The cursor: the last row's sort values, as base64url JSON. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The cursor's values as column values, or null when it does not fit the sort (stale or forged). */
export function decodeCursor(cursor: string, sort: QueueSort): Array<Date | string | number | null> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const columns = SORTS[sort];
  if (!Array.isArray(raw) || raw.length !== columns.length) return null;
  const out: Array<Date | string | number | null> = [];
  for (const [i, c] of columns.entries()) {
    const v: unknown = raw[i];
    if (v === null && c.nullable) out.push(null);
    else if ((c.field === "dueAt" || c.field === "createdAt") && typeof v === "string" && !Number.isNaN(Date.parse(v))) out.push(new Date(v));
    else if (c.field === "level" && typeof v === "number" && Number.isInteger(v)) out.push(v);
    else if (c.field === "id" && typeof v === "string" && /^[a-z0-9]{1,40}$/.test(v)) out.push(v);
    else return null;
  }
  return out;
}

/**
 * Rows strictly after the cursor in the sort order: for some column k, every earlier column
 * equals the cursor and column k is past it (for a nullable column "past" includes null; after a
 * null only the later columns can be).
 */
function afterCursor(columns: Column[], values: Array<Date | string | number | null>): Prisma.ServiceRequestWhereInput {
  const branches: Prisma.ServiceRequestWhereInput[] = [];
  for (let k = 0; k < columns.length; k++) {
    const equal = columns.slice(0, k).map((c, i) => ({ [c.field]: values[i] ?? null }));
    const c = columns[k]!;
    const v = values[k];
    if (v === null || v === undefined) continue;
    const past: Prisma.ServiceRequestWhereInput = { [c.field]: { [c.dir === "asc" ? "gt" : "lt"]: v } };
    branches.push({ AND: [...equal, c.nullable ? { OR: [past, { [c.field]: null }] } : past] });
  }
  return branches.length ? { OR: branches } : { id: { in: [] } };
}

function orderBy(columns: Column[]): Prisma.ServiceRequestOrderByWithRelationInput[] {
  return columns.map((c) => (c.nullable ? { [c.field]: { sort: c.dir, nulls: "last" } } : { [c.field]: c.dir }));
}

/** The filter as a Prisma where (inside the actor's scope). */
function filterWhere(actor: StaffActor, f: QueueFilter, now: Date): Prisma.ServiceRequestWhereInput {
  const and: Prisma.ServiceRequestWhereInput[] = [requestScope(actor), VIEW_WHERE[f.view]];
  if (f.status) and.push({ status: f.status });
  if (f.type) and.push({ type: f.type });
  if (f.level) and.push({ level: f.level });
  if (f.team) and.push(f.team === "none" ? { teamId: null } : { team: { code: f.team } });
  if (f.owner) and.push({ ownerId: f.owner === "none" ? null : f.owner === "me" ? actor.userId : f.owner });
  if (f.area) and.push({ customer: { area: { contains: f.area } } });
  if (f.dueWithinHours) and.push({ dueAt: { gte: now, lte: new Date(now.getTime() + f.dueWithinHours * 3_600_000) } });
  if (f.breached) and.push({ dueAt: { lt: now } });
  if (f.from) and.push({ createdAt: { gte: cstDateAt(f.from)! } });
  if (f.to) and.push({ createdAt: { lt: new Date(cstDateAt(f.to)!.getTime() + DAY_MS) } });
  const search = f.q ? parseSearch(f.q) : null;
  if (search?.kind === "srn") and.push({ srn: search.srn });
  if (search?.kind === "phoneTail") and.push({ customer: { phone: { endsWith: search.digits } } });
  if (search?.kind === "name") and.push({ customer: { name: { contains: search.text, mode: "insensitive" } } });
  return { AND: and };
}

const queueSelect = {
  id: true,
  srn: true,
  type: true,
  status: true,
  title: true,
  level: true,
  channel: true,
  version: true,
  createdAt: true,
  dueAt: true,
  ...clockSelect,
  line: { select: { number: true, kind: true } },
  customer: { select: { name: true, type: true, phone: true, area: true } },
  owner: { select: { displayName: true } },
  team: { select: { code: true, name: true, nameEn: true } },
} as const satisfies Prisma.ServiceRequestSelect;

/**
 * Access: staff with queue:read (within requestScope). One page of the filtered queue and the
 * cursor of the next; `staleCursor` when the given cursor did not fit (the first page is shown).
 */
export async function listQueue(actor: StaffActor, filter: QueueFilter, now = new Date()) {
  if (!can(actor, "queue:read")) return { items: [], next: null, staleCursor: false };
  const columns = SORTS[filter.sort];
  const cursor = filter.after ? decodeCursor(filter.after, filter.sort) : null;
  const where = filterWhere(actor, filter, now);
  const rows = await db.serviceRequest.findMany({
    where: cursor ? { AND: [where, afterCursor(columns, cursor)] } : where,
    select: queueSelect,
    orderBy: orderBy(columns),
    take: QUEUE_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > QUEUE_PAGE_SIZE && last
      ? encodeCursor(columns.map((c) => {
          const v = last[c.field];
          return v instanceof Date ? v.toISOString() : v;
        }))
      : null;
  const items = page.map(({ customer, line, id: _id, ...r }) => ({
    ...r,
    line: line ? { ...line, number: line.kind === "MOBILE" ? maskPhone(line.number) : line.number } : null,
    customer: { name: customer.name, type: customer.type, phone: maskPhone(customer.phone), area: customer.area },
  }));
  return { items, next, staleCursor: !!filter.after && !cursor };
}
export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];

/** Access: staff with queue:read. The teams and the staff who can own requests, for filters and assignment. */
export async function queueOptions(actor: StaffActor) {
  if (!can(actor, "queue:read")) return { teams: [], staff: [] };
  const [teams, staff] = await Promise.all([
    db.team.findMany({ select: { code: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.user.findMany({
      where: { role: { in: ["AGENT", "TECHNICIAN", "SUPERVISOR"] }, disabled: false },
      select: { id: true, displayName: true, role: true },
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
    }),
  ]);
  return { teams, staff };
}

export type BulkAssignOutcome = { assigned: string[]; conflicts: string[]; skipped: string[] };

/**
 * Access: staff with request:assign. 移交: hands the chosen open requests to an owner and/or a
 * team — the explicit hand-over that ends first-contact ownership (首问负责). Each request is
 * updated only at the version the page showed; a changed one is reported as a conflict and left
 * alone. One transaction per request, with an internal timeline event, the audit row and a
 * notification to the new owner.
 */
export async function bulkAssign(actor: StaffActor, input: BulkAssignInput): Promise<BulkAssignOutcome> {
  if (!can(actor, "request:assign")) throw new ForbiddenError();
  const owner = input.ownerId
    ? await db.user.findFirst({ where: { id: input.ownerId, role: { in: ["AGENT", "TECHNICIAN", "SUPERVISOR"] }, disabled: false }, select: { id: true, displayName: true } })
    : null;
  const team = input.teamCode ? await db.team.findUnique({ where: { code: input.teamCode }, select: { id: true, code: true, name: true } }) : null;
  if (input.ownerId && !owner) throw new ExpectedError("errors.assignTargetGone", { ownerId: ["errors.assignTargetGone"] });
  if (input.teamCode && !team) throw new ExpectedError("errors.assignTargetGone", { teamCode: ["errors.assignTargetGone"] });

  const outcome: BulkAssignOutcome = { assigned: [], conflicts: [], skipped: [] };
  const seen = new Set<string>();
  for (const item of input.items) {
    if (seen.has(item.srn)) continue;
    seen.add(item.srn);
    const result = await db.$transaction(async (tx) => {
      const current = await tx.serviceRequest.findFirst({
        where: { ...requestScope(actor), srn: item.srn },
        select: { id: true, status: true, version: true, ownerId: true, teamId: true },
      });
      if (!current || !OPEN_STATUSES.includes(current.status)) return "skipped" as const;
      if (current.version !== item.version) return "conflicts" as const;
      const data = { ...(owner ? { ownerId: owner.id } : {}), ...(team ? { teamId: team.id } : {}) };
      const updated = await tx.serviceRequest.updateMany({ where: { id: current.id, version: item.version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count !== 1) return "conflicts" as const;
      const body = [owner ? `→ ${owner.displayName}` : null, team ? `→ ${team.name}` : null].filter(Boolean).join(" ");
      await tx.requestEvent.create({ data: { requestId: current.id, kind: "assigned", visibility: "INTERNAL", actorId: actor.userId, body } });
      await audit(tx, actor, {
        action: "request.assign",
        targetType: "ServiceRequest",
        targetId: current.id,
        summary: { srn: item.srn, fromOwner: current.ownerId, toOwner: owner?.id ?? current.ownerId, fromTeam: current.teamId, toTeam: team?.id ?? current.teamId },
      });
      if (owner && owner.id !== current.ownerId && owner.id !== actor.userId) await notifyUser(tx, owner.id, "staff.assigned", { srn: item.srn, by: actor.displayName });
      return "assigned" as const;
    });
    outcome[result].push(item.srn);
  }
  return outcome;
}

/**
 * Access: staff with queue:read. The staff home: my open requests and my team's, nearest deadline
 * first (a few of each), and today's counts (China time) — all within requestScope.
 */
export async function staffHome(actor: StaffActor, now = new Date()) {
  if (!can(actor, "queue:read")) return null;
  const HOME_ROWS = 8;
  const team = actor.teamId ? await db.team.findUnique({ where: { id: actor.teamId }, select: { code: true, name: true, nameEn: true } }) : null;
  const open = (extra: Partial<QueueFilter>): QueueFilter => ({ view: "open", sort: "due", ...extra });
  const scope = requestScope(actor);
  const openWhere = { ...scope, status: { in: [...OPEN_STATUSES] } };
  const dayStart = cstDateAt(cstDateKey(now))!;
  const soon = new Date(now.getTime() + SOON_HOURS * 3_600_000);
  const [mine, teamQueue, counts] = await Promise.all([
    listQueue(actor, open({ owner: "me" }), now),
    team ? listQueue(actor, open({ team: team.code }), now) : null,
    Promise.all([
      db.serviceRequest.count({ where: { ...openWhere, ownerId: actor.userId } }),
      db.serviceRequest.count({ where: { ...openWhere, ownerId: actor.userId, dueAt: { gte: now, lte: soon } } }),
      db.serviceRequest.count({ where: { ...openWhere, ownerId: actor.userId, dueAt: { lt: now } } }),
      db.serviceRequest.count({ where: { ...scope, status: "SUBMITTED" } }),
      db.serviceRequest.count({ where: { ...openWhere, dueAt: { lt: now } } }),
      db.serviceRequest.count({ where: { ...scope, createdAt: { gte: dayStart } } }),
      db.serviceRequest.count({ where: { ...scope, resolvedAt: { gte: dayStart } } }),
      db.serviceRequest.count({ where: { ...scope, closedAt: { gte: dayStart } } }),
    ]),
  ]);
  const [mineOpen, mineSoon, mineBreached, pending, breached, createdToday, resolvedToday, closedToday] = counts;
  return {
    mine: { items: mine.items.slice(0, HOME_ROWS), open: mineOpen, dueSoon: mineSoon, breached: mineBreached },
    team: team && teamQueue ? { ...team, items: teamQueue.items.slice(0, HOME_ROWS) } : null,
    today: { pending, breached, createdToday, resolvedToday, closedToday },
    soonHours: SOON_HOURS,
  };
}
/** "Due soon" on the staff home: within this many hours. */
export const SOON_HOURS = 4;
