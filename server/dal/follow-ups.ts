import "server-only";
import { MAX_ATTEMPTS, RETRY_AFTER_HOURS, SAMPLED_FOLLOW_UP_HOURS, isSampled, samplePercent } from "@/lib/domain/follow-ups";
import { maskPhone } from "@/lib/domain/mask";
import type { RecordFollowUpInput } from "@/lib/schemas/follow-up";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { StaffActor } from "../actor";
import { audit } from "../audit";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { reopenByStaff } from "./request-transitions";

// 回访: return-visit tasks. They are created by the request flows (a low rating, "not resolved",
// and a sample of closed requests — sampleClosedRequest below) and worked here by staff.

export const FOLLOW_UP_PAGE_SIZE = 50;
const HOUR = 3_600_000;

export type FollowUpView = "open" | "mine" | "overdue" | "done";

/**
 * Called in the transaction that closes a request: creates a SAMPLED return visit for the share
 * of closed requests the policy sets (lib/domain/follow-ups.ts), unless one is already open.
 */
export async function sampleClosedRequest(tx: Tx, request: { id: string; ownerId: string | null }, now: Date) {
  if (!isSampled(request.id, samplePercent())) return;
  const open = await tx.followUp.count({ where: { requestId: request.id, status: "OPEN" } });
  if (open) return;
  await tx.followUp.create({ data: { requestId: request.id, reason: "SAMPLED", dueAt: new Date(now.getTime() + SAMPLED_FOLLOW_UP_HOURS * HOUR), assigneeId: request.ownerId, createdAt: now } });
}

const listSelect = {
  id: true,
  reason: true,
  status: true,
  dueAt: true,
  attempts: true,
  outcome: true,
  closedAt: true,
  assignee: { select: { displayName: true } },
  request: { select: { srn: true, type: true, title: true, status: true, customer: { select: { name: true, phone: true } } } },
} as const satisfies Prisma.FollowUpSelect;

/** Access: staff with followup:handle. Return visits by view, due first (done: latest first). */
export async function listFollowUps(actor: StaffActor, view: FollowUpView, now = new Date()) {
  if (!can(actor, "followup:handle")) throw new ForbiddenError();
  const where: Prisma.FollowUpWhereInput =
    view === "done"
      ? { status: { not: "OPEN" } }
      : view === "mine"
        ? { status: "OPEN", assigneeId: actor.userId }
        : view === "overdue"
          ? { status: "OPEN", dueAt: { lt: now } }
          : { status: "OPEN" };
  const [rows, counts] = await Promise.all([
    db.followUp.findMany({
      where,
      select: listSelect,
      orderBy: view === "done" ? [{ closedAt: "desc" }, { id: "desc" }] : [{ dueAt: "asc" }, { id: "asc" }],
      take: FOLLOW_UP_PAGE_SIZE,
    }),
    Promise.all([
      db.followUp.count({ where: { status: "OPEN" } }),
      db.followUp.count({ where: { status: "OPEN", assigneeId: actor.userId } }),
      db.followUp.count({ where: { status: "OPEN", dueAt: { lt: now } } }),
    ]),
  ]);
  return {
    items: rows.map(({ request, ...r }) => ({ ...r, request: { ...request, customer: { name: request.customer.name, phone: maskPhone(request.customer.phone) } } })),
    counts: { open: counts[0], mine: counts[1], overdue: counts[2] },
  };
}

/**
 * Access: staff with followup:handle. One task with what the call needs: the request, its
 * result, the rating and the customer's words (phone masked: the agent dials through the
 * phone system, and revealing a number is an audited action of the customer page).
 */
export async function getFollowUp(actor: StaffActor, id: string) {
  if (!can(actor, "followup:handle")) throw new ForbiddenError();
  const row = await db.followUp.findUnique({
    where: { id },
    select: {
      ...listSelect,
      version: true,
      note: true,
      createdAt: true,
      request: {
        select: {
          srn: true,
          type: true,
          title: true,
          status: true,
          version: true,
          resolvedAt: true,
          owner: { select: { displayName: true } },
          customer: { select: { name: true, phone: true } },
          rating: { select: { score: true, reasons: true, comment: true, resolved: true } },
          events: {
            where: { kind: { in: ["resolve", "reopen", "close", "confirm", "staffReopen", "followUp"] } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, kind: true, body: true, createdAt: true, visibility: true, actor: { select: { displayName: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  return { ...row, request: { ...row.request, customer: { name: row.request.customer.name, phone: maskPhone(row.request.customer.phone) } } };
}
export type FollowUpDetail = NonNullable<Awaited<ReturnType<typeof getFollowUp>>>;

/**
 * Access: staff with followup:handle. Records one call: satisfied closes the task; "problem
 * persists" closes it and reopens a resolved or closed request with the customer's words;
 * "not reached" either brings the task back in RETRY_AFTER_HOURS or, after MAX_ATTEMPTS calls or
 * when staff give up, closes it. The call is an internal timeline event; one transaction with the
 * audit row; the task's version guards against two staff recording the same call.
 */
export async function recordFollowUp(actor: StaffActor, input: RecordFollowUpInput) {
  if (!can(actor, "followup:handle")) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const task = await tx.followUp.findUnique({
      where: { id: input.id },
      select: { id: true, status: true, version: true, attempts: true, requestId: true, request: { select: { srn: true, status: true, version: true } } },
    });
    if (!task) throw new NotFoundError();
    if (task.version !== input.version) throw new ConflictError();
    if (task.status !== "OPEN") throw new ExpectedError("errors.followUpClosed");
    const now = new Date();
    const attempts = task.attempts + 1;
    const retry = input.outcome === "NOT_REACHED" && input.retry && attempts < MAX_ATTEMPTS;
    const updated = await tx.followUp.updateMany({
      where: { id: task.id, version: input.version },
      data: {
        attempts,
        outcome: input.outcome,
        note: input.note || null,
        version: { increment: 1 },
        assigneeId: actor.userId,
        ...(retry ? { dueAt: new Date(now.getTime() + RETRY_AFTER_HOURS * HOUR) } : { status: "DONE", closedAt: now }),
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.requestEvent.create({
      data: { requestId: task.requestId, kind: "followUp", visibility: "INTERNAL", actorId: actor.userId, body: [input.outcome, input.note].filter(Boolean).join(" — "), createdAt: now },
    });
    let reopened = false;
    if (input.outcome === "PROBLEM_PERSISTS" && (task.request.status === "RESOLVED" || task.request.status === "CLOSED")) {
      await reopenByStaff(actor, { srn: task.request.srn, version: task.request.version, reason: input.note }, tx);
      reopened = true;
    }
    await audit(tx, actor, {
      action: "followUp.record",
      targetType: "FollowUp",
      targetId: task.id,
      summary: { srn: task.request.srn, outcome: input.outcome, attempts, retry, reopened },
    });
    return { id: task.id, done: !retry, reopened, srn: task.request.srn };
  });
}
