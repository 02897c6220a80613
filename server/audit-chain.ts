import "server-only";
import { createHash } from "node:crypto";
import { db } from "./db";

// The audit table's hash chain (issue 8 part 4). Rows are written by server/audit.ts inside the
// transactions they record; this job then seals them in the order it finds them: each row gets
// the next chainIndex and hash = SHA-256(previous hash, the row's canonical form with its index).
// Sealing after the fact (rather than in a trigger at insert) keeps writers from queueing on one
// lock until they commit, and a row committed late simply gets a later position. Sign-in logs
// (auth.*) stay outside the chain: the retention table deletes them after 6 months, and a chain
// with holes would prove nothing. The migration's trigger lets a row be sealed once and refuses
// any other UPDATE or DELETE, so an edit needs the database owner to drop the trigger — and then
// `npm run audit:verify` finds the first row that no longer matches.

export const GENESIS_HASH = "0".repeat(64);
const SEAL_BATCH = 500;
/** Advisory lock key of the sealer: one instance seals at a time. */
const SEAL_LOCK = 7_311_2026;

export type ChainRow = {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  summary: unknown;
  createdAt: Date;
};

const chainSelect = { id: true, actorId: true, actorRole: true, action: true, targetType: true, targetId: true, ip: true, requestId: true, summary: true, createdAt: true } as const;

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/** The hash of a row at `index` in the chain, after `previous`. */
export function chainHash(previous: string, index: bigint, row: ChainRow): string {
  const body = canonicalJson([index.toString(), row.id, row.actorId, row.actorRole, row.action, row.targetType, row.targetId, row.ip, row.requestId, row.summary, row.createdAt.toISOString()]);
  return createHash("sha256").update(previous).update("\n").update(body).digest("hex");
}

/** Whether a row belongs in the chain (sign-in logs are deleted after 6 months, so they do not). */
export const isChained = (action: string) => !action.startsWith("auth.");

/** Access: none — a system job. Seals every unsealed chained row; returns how many it sealed. */
export async function sealAuditLog(): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`;
      const last = await tx.auditLog.findFirst({ where: { chainIndex: { not: null } }, orderBy: { chainIndex: "desc" }, select: { chainIndex: true, hash: true } });
      const rows = await tx.auditLog.findMany({
        where: { chainIndex: null, NOT: { action: { startsWith: "auth." } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: chainSelect,
        take: SEAL_BATCH,
      });
      let index = last?.chainIndex ?? 0n;
      let previous = last?.hash ?? GENESIS_HASH;
      for (const row of rows) {
        index += 1n;
        previous = chainHash(previous, index, row);
        await tx.auditLog.update({ where: { id: row.id }, data: { chainIndex: index, hash: previous } });
      }
      return rows.length;
    });
    total += sealed;
    if (sealed < SEAL_BATCH) return total;
  }
}

export type ChainReport = {
  ok: boolean;
  sealed: number;
  /** Chained rows not sealed yet (the job seals them within a minute). */
  unsealed: number;
  broken?: { chainIndex: string; id: string | null; reason: "hash" | "gap" };
};

/** Access: none — an operator's command. Walks the whole chain and recomputes every hash. */
export async function verifyAuditChain(): Promise<ChainReport> {
  let expected = 1n;
  let previous = GENESIS_HASH;
  let sealed = 0;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where: { chainIndex: { gte: expected } },
      orderBy: { chainIndex: "asc" },
      select: { ...chainSelect, chainIndex: true, hash: true },
      take: 1000,
    });
    for (const row of rows) {
      if (row.chainIndex !== expected) return { ok: false, sealed, unsealed: await countUnsealed(), broken: { chainIndex: expected.toString(), id: null, reason: "gap" } };
      const hash = chainHash(previous, expected, row);
      if (hash !== row.hash || !isChained(row.action)) return { ok: false, sealed, unsealed: await countUnsealed(), broken: { chainIndex: expected.toString(), id: row.id, reason: "hash" } };
      previous = hash;
      expected += 1n;
      sealed++;
    }
    if (rows.length < 1000) break;
  }
  return { ok: true, sealed, unsealed: await countUnsealed() };
}

const countUnsealed = () => db.auditLog.count({ where: { chainIndex: null, NOT: { action: { startsWith: "auth." } } } });
