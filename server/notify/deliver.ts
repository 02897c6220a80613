import "server-only";
import { CLAIM_LEASE_MS, afterFailure } from "@/lib/domain/delivery";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { redactPayload, renderMessage } from "./render";
import { SECRET_PAYLOAD_KEYS } from "./templates";
import { configuredSecrets, configuredTransports, safeErrorText, type Transports } from "./transports";

// The one way SMS and e-mail leave: claim due rows atomically (so that several app instances
// never send one twice), send each through its channel's transport, and record the outcome:
// SENT, or another attempt later with exponential back-off, or FAILED after the last attempt.

type Claimed = { id: string; channel: "SMS" | "EMAIL"; address: string | null; locale: string; template: string; payload: unknown; attempts: number };

export type DeliveryOptions = { now?: Date; limit?: number; transports?: Transports; secrets?: string[] };
export type DeliveryResult = { claimed: number; sent: number; failed: number };

/** Takes up to `limit` due messages for this instance until the lease ends; none is taken twice. */
export async function claimDue(now: Date, limit: number): Promise<{ rows: Claimed[]; lease: Date }> {
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  // A CTE runs once; an `IN (SELECT … LIMIT … FOR UPDATE)` subquery may be re-run for each
  // outer row, skipping the rows it has just updated and so taking more than `limit`.
  const rows = await db.$queryRaw<Claimed[]>`
    WITH due AS MATERIALIZED (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND "channel" IN ('SMS', 'EMAIL') AND "nextAttemptAt" <= ${now}::timestamptz
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now}::timestamptz)
      ORDER BY "nextAttemptAt" ASC, "id" ASC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE "Notification" AS n SET "claimedUntil" = ${lease}::timestamptz
    FROM due
    WHERE n."id" = due."id" AND n."status" = 'PENDING' AND (n."claimedUntil" IS NULL OR n."claimedUntil" < ${now}::timestamptz)
    RETURNING n."id", n."channel"::text AS "channel", n."address", n."locale", n."template", n."payload", n."attempts"`;
  return { rows, lease };
}

/** Sends what is due now. Never throws for a failing transport; each failure is recorded on its row. */
export async function deliverDue(options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const transports = options.transports ?? configuredTransports();
  const secrets = options.secrets ?? configuredSecrets();
  const { rows, lease } = await claimDue(now, options.limit ?? 20);
  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    const transport = transports[row.channel];
    try {
      if (!row.address) throw new Error("no address");
      const { subject, text } = renderMessage(row);
      await transport.send({ channel: row.channel, to: row.address, subject, text });
      const scrub = transport.name !== "outbox" && SECRET_PAYLOAD_KEYS[row.template];
      await db.notification.updateMany({
        where: { id: row.id, claimedUntil: lease },
        data: {
          status: "SENT",
          sentAt: new Date(),
          transport: transport.name,
          attempts: row.attempts + 1,
          lastError: null,
          nextAttemptAt: null,
          claimedUntil: null,
          ...(scrub ? { payload: redactPayload(row.template, row.payload) as Prisma.InputJsonValue } : {}),
        },
      });
      sent++;
    } catch (error) {
      const next = afterFailure(row.attempts, now);
      await db.notification.updateMany({
        where: { id: row.id, claimedUntil: lease },
        data: { ...next, transport: transport.name, lastError: safeErrorText(error, secrets), claimedUntil: null },
      });
      failed++;
    }
  }
  return { claimed: rows.length, sent, failed };
}
