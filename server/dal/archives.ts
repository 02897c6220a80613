import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import { cstDateAt } from "@/lib/domain/time";
import { readArchiveSnapshot } from "@/lib/domain/termination-archive";
import type { ArchiveSearchInput } from "@/lib/schemas/termination";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { can } from "../policy";

// The archives of terminated lines (R2.5): read-only, for staff with archive:read. Mobile numbers
// leave masked, as everywhere in the staff area; searching takes the full number.

export const ARCHIVE_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;
const shownNumber = (kind: string, number: string) => (kind === "MOBILE" ? maskPhone(number) : number);

/**
 * Access: archive:read; nothing for anyone else. Archives by line number (contained), customer
 * name (contained) and archiving date (from/to, China days, inclusive), newest first.
 */
export async function searchArchives(actor: Actor, filter: ArchiveSearchInput) {
  if (!can(actor, "archive:read")) return [];
  const from = filter.from ? cstDateAt(filter.from) : null;
  const to = filter.to ? cstDateAt(filter.to) : null;
  const where: Prisma.ServiceArchiveWhereInput = {
    ...(filter.number ? { line: { number: { contains: filter.number } } } : {}),
    ...(filter.name ? { customer: { name: { contains: filter.name, mode: "insensitive" } } } : {}),
    ...(from || to ? { archivedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + DAY_MS) } : {}) } } : {}),
  };
  const rows = await db.serviceArchive.findMany({
    where,
    select: { id: true, archivedAt: true, retainUntil: true, line: { select: { number: true, kind: true } }, customer: { select: { name: true, type: true } } },
    orderBy: [{ archivedAt: "desc" }, { id: "desc" }],
    take: ARCHIVE_PAGE_SIZE,
  });
  return rows.map(({ line, ...r }) => ({ ...r, line: { kind: line.kind, number: shownNumber(line.kind, line.number) } }));
}
export type ArchiveListItem = Awaited<ReturnType<typeof searchArchives>>[number];

/**
 * Access: archive:read; null for anyone else and for an unknown id. Reading an archive writes an
 * audit row. The snapshot's line number leaves masked for a mobile line.
 */
export async function readArchive(actor: Actor, id: string) {
  if (!can(actor, "archive:read") || actor.kind !== "staff") return null;
  return db.$transaction(async (tx) => {
    const row = await tx.serviceArchive.findUnique({ where: { id }, select: { id: true, archivedAt: true, retainUntil: true, snapshot: true } });
    const snapshot = row ? readArchiveSnapshot(row.snapshot) : null;
    if (!row || !snapshot) return null;
    await audit(tx, actor, { action: "archive.read", targetType: "ServiceArchive", targetId: row.id, summary: { srn: snapshot.termination.srn } });
    return {
      id: row.id,
      archivedAt: row.archivedAt,
      retainUntil: row.retainUntil,
      snapshot: { ...snapshot, line: { ...snapshot.line, number: shownNumber(snapshot.line.kind, snapshot.line.number) } },
    };
  });
}
export type ArchiveView = NonNullable<Awaited<ReturnType<typeof readArchive>>>;
