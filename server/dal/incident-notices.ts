import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db";

// Once per stage per recipient: an IncidentNotice row, unique per (update, recipient key), is
// inserted with ON CONFLICT DO NOTHING … RETURNING, and only the keys that come back are acted on,
// in the same transaction. A second run, or another instance racing this one (its insert waits on
// the unique index until this transaction ends), gets nothing back for them. Keys are
// "user:<id>", "sub:<id>" and, for the linked fault reports' timeline, "req:<id>".

/** Claims the keys not yet claimed for the update; returns those this transaction claimed. */
export async function claimNotices(tx: Tx, updateId: string, keys: readonly string[]): Promise<string[]> {
  if (!keys.length) return [];
  const now = new Date();
  // Sorted, so that two instances claiming overlapping batches lock the keys in the same order.
  const values = Prisma.join([...new Set(keys)].sort().map((key) => Prisma.sql`(${randomUUID()}, ${updateId}, ${key}, ${now}::timestamptz)`));
  const rows = await tx.$queryRaw<Array<{ recipientKey: string }>>`
    INSERT INTO "IncidentNotice" ("id", "updateId", "recipientKey", "createdAt") VALUES ${values}
    ON CONFLICT ("updateId", "recipientKey") DO NOTHING
    RETURNING "recipientKey"`;
  return rows.map((r) => r.recipientKey);
}

/** The people told of a stage: notices to users and subscribers (not the request timeline marks). */
export const peopleNoticeWhere = (updateId: string): Prisma.IncidentNoticeWhereInput => ({
  updateId,
  OR: [{ recipientKey: { startsWith: "user:" } }, { recipientKey: { startsWith: "sub:" } }],
});
