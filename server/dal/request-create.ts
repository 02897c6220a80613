import "server-only";
import { computeDeadlines } from "@/lib/domain/sla";
import { formatSrn } from "@/lib/domain/srn";
import { cstDayKey, parseCstLocal } from "@/lib/domain/time";
import type { CreateFaultRequestInput } from "@/lib/schemas/request";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { CustomerActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError } from "../action";
import { notifyCustomer } from "../notify";
import { OPEN_STATUSES } from "@/lib/domain/request-status";

/** Next SRN of the day (China Standard Time), from a per-day counter row. */
async function nextSrn(tx: Tx, now: Date): Promise<string> {
  const day = cstDayKey(now);
  const counter = await tx.srnCounter.upsert({
    where: { day },
    create: { day, last: 1 },
    update: { last: { increment: 1 } },
  });
  return formatSrn(now, counter.last);
}

async function findByKey(customerId: string, idempotencyKey: string) {
  return db.serviceRequest.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    select: { srn: true },
  });
}

/** Access: the customer's own requests. 一事一报: open requests of a type, newest first, by line. */
export async function listOpenRequestsByLine(actor: CustomerActor, type: "FAULT_REPAIR") {
  const rows = await db.serviceRequest.findMany({
    where: { customerId: actor.customerId, type, lineId: { not: null }, status: { in: [...OPEN_STATUSES] } },
    select: { srn: true, status: true, lineId: true },
    orderBy: { createdAt: "desc" },
  });
  const byLine: Record<string, { srn: string; status: (typeof rows)[number]["status"] }> = {};
  for (const r of rows) if (r.lineId && !byLine[r.lineId]) byLine[r.lineId] = { srn: r.srn, status: r.status };
  return byLine;
}

/**
 * Access: a customer, on one of their own lines (the line is looked up inside their scope).
 * A repeated submission with the same idempotency key returns the first request.
 */
export async function createFaultRequest(actor: CustomerActor, input: CreateFaultRequestInput): Promise<{ srn: string }> {
  const existing = await findByKey(actor.customerId, input.idempotencyKey);
  if (existing) return existing;

  const line = await db.line.findFirst({
    where: { id: input.lineId, customerId: actor.customerId, status: { not: "TERMINATED" } },
    select: { id: true, number: true },
  });
  if (!line) throw new ExpectedError("errors.lineNotFound", { lineId: ["errors.lineNotFound"] });
  if (!input.allowDuplicate) {
    const open = (await listOpenRequestsByLine(actor, "FAULT_REPAIR"))[line.id];
    if (open) throw new ExpectedError("errors.duplicateOpen");
  }

  const now = new Date();
  const deadlines = computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt: now });
  try {
    return await db.$transaction(async (tx) => {
      const srn = await nextSrn(tx, now);
      const request = await tx.serviceRequest.create({
        data: {
          srn,
          type: "FAULT_REPAIR",
          level: 2,
          channel: "WEB",
          customerId: actor.customerId,
          lineId: line.id,
          title: input.symptom,
          description: input.description,
          details: {
            symptom: input.symptom,
            since: parseCstLocal(input.since)?.toISOString() ?? null,
            contactPhone: input.contactPhone,
          },
          createdById: actor.userId,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
          ...deadlines,
          events: {
            create: { kind: "created", visibility: "CUSTOMER", actorId: actor.userId, toStatus: "SUBMITTED", createdAt: now },
          },
        },
        select: { id: true, srn: true },
      });
      await audit(tx, actor, {
        action: "request.create",
        targetType: "ServiceRequest",
        targetId: request.id,
        summary: { srn, type: "FAULT_REPAIR", lineId: line.id },
      });
      await notifyCustomer(tx, actor.customerId, "request.created", { srn, acceptBy: deadlines.acceptBy.toISOString() });
      return { srn: request.srn };
    });
  } catch (error) {
    // Two submissions with the same key raced: the loser returns the winner's request.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByKey(actor.customerId, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
