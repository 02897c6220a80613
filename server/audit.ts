import "server-only";
import type { Prisma } from "./generated/prisma/client";
import type { Tx } from "./db";
import type { Actor } from "./actor";
import { getRequestMeta } from "./request-context";

export type AuditEntry = {
  action: string;
  targetType: string;
  targetId?: string | null;
  summary?: Prisma.InputJsonObject;
};

/**
 * Writes one audit row. It takes the transaction on purpose: a state change and its audit row
 * commit together or not at all.
 */
export async function audit(tx: Tx, actor: Pick<Actor, "userId" | "role"> | null, entry: AuditEntry) {
  const meta = await getRequestMeta();
  await tx.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      summary: entry.summary ?? {},
      ip: meta.ip,
      requestId: meta.requestId,
    },
  });
}
