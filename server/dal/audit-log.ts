import "server-only";
import { cstDateAt } from "@/lib/domain/time";
import type { AuditSearch } from "@/lib/schemas/audit-search";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { ForbiddenError } from "../action";
import { can } from "../policy";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

function encode(at: Date, id: string) {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}
function decode(cursor: string): [Date, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && typeof v[0] === "string" && !Number.isNaN(Date.parse(v[0])) && typeof v[1] === "string" && /^[a-z0-9]{1,40}$/.test(v[1])) return [new Date(v[0]), v[1]];
  } catch {
    // A cursor that is not ours: the first page.
  }
  return null;
}

/**
 * Access: staff with audit:read (admins and auditors; read-only — nothing here writes). The audit
 * log, newest first, searched by actor, action, target and date, keyset-paged by (createdAt, id).
 */
export async function searchAuditLog(actor: StaffActor, search: AuditSearch) {
  if (!can(actor, "audit:read")) throw new ForbiddenError();
  const and: Prisma.AuditLogWhereInput[] = [];
  if (search.actor === "system") and.push({ actorId: null });
  else if (search.actor) {
    and.push({ actor: { OR: [{ displayName: { contains: search.actor, mode: "insensitive" } }, { email: { contains: search.actor, mode: "insensitive" } }] } });
  }
  if (search.action) and.push(search.action.endsWith(".") ? { action: { startsWith: search.action } } : { action: search.action });
  if (search.targetType) and.push({ targetType: search.targetType });
  if (search.target) {
    and.push(search.target.startsWith("SR") ? { summary: { path: ["srn"], equals: search.target } } : { targetId: search.target });
  }
  if (search.from) and.push({ createdAt: { gte: cstDateAt(search.from)! } });
  if (search.to) and.push({ createdAt: { lt: new Date(cstDateAt(search.to)!.getTime() + DAY_MS) } });
  const cursor = search.after ? decode(search.after) : null;
  if (cursor) and.push({ OR: [{ createdAt: { lt: cursor[0] } }, { createdAt: cursor[0], id: { lt: cursor[1] } }] });
  const rows = await db.auditLog.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      actorRole: true,
      targetType: true,
      targetId: true,
      ip: true,
      requestId: true,
      summary: true,
      actor: { select: { displayName: true, email: true } },
    },
  });
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = items.at(-1);
  return { items, next: rows.length > AUDIT_PAGE_SIZE && last ? encode(last.createdAt, last.id) : null, staleCursor: !!search.after && !cursor };
}
export type AuditRow = Awaited<ReturnType<typeof searchAuditLog>>["items"][number];
