import "server-only";
import { afterCall, offerText } from "@/lib/domain/churn";
import { maskPhone } from "@/lib/domain/mask";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { cstDateAt, parseCstLocal } from "@/lib/domain/time";
import type { CancelWinBackInput, CreateWinBackInput, RecordWinBackCallInput, TaskScope } from "@/lib/schemas/churn";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { maskName } from "./churn";

// Win-back tasks (挽留, R4.5 干预 → 修复): winback:manage creates one for a customer (the offer,
// who calls, by when), records each call's outcome and closes or cancels it. Every change is one
// transaction with its audit row, over the version the page showed (optimistic locking). Any
// holder of winback:manage may work any open task: the front line shares the list, "mine" is a
// filter, not a lock.

export const WINBACK_LIST_LIMIT = 100;
/** A task is due at 18:00 China time on its due day. */
const DUE_HOUR = 18;

const conflict = () => new ExpectedError("retention.errors.conflict");

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "winback:manage")) throw new ForbiddenError();
  return actor;
}

/** Access: winback:manage; an empty list for anyone else. The staff a task can be given to (active holders of winback:manage). */
export async function listWinBackAssignees(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "winback:manage")) return [];
  const roles = STAFF_ROLES.filter((r) => roleCan(r, "winback:manage"));
  return db.user.findMany({ where: { role: { in: [...roles] }, disabled: false }, select: { id: true, displayName: true, role: true }, orderBy: [{ displayName: "asc" }, { id: "asc" }] });
}

const taskSelect = {
  id: true,
  customerId: true,
  scoreAtStart: true,
  offer: true,
  dueAt: true,
  status: true,
  outcome: true,
  note: true,
  attempts: true,
  version: true,
  createdAt: true,
  assigneeId: true,
  assignee: { select: { displayName: true } },
  createdBy: { select: { displayName: true } },
  customer: { select: { name: true, phone: true, churnScore: { select: { score: true, band: true } } } },
} as const satisfies Prisma.WinBackTaskSelect;

/**
 * Access: winback:manage; an empty list for anyone else. Open tasks, soonest due first: the
 * actor's own ("mine") or everyone's ("all"), each marked overdue or not; customers masked.
 */
export async function listWinBackTasks(actor: Actor, scope: TaskScope, now = new Date()) {
  if (actor.kind !== "staff" || !can(actor, "winback:manage")) return [];
  const rows = await db.winBackTask.findMany({
    where: { status: "OPEN", ...(scope === "mine" ? { assigneeId: actor.userId } : {}) },
    select: taskSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: WINBACK_LIST_LIMIT,
  });
  return rows.map(({ customer, ...t }) => ({ ...t, overdue: t.dueAt < now, customer: { name: maskName(customer.name), phone: maskPhone(customer.phone), score: customer.churnScore?.score ?? null, band: customer.churnScore?.band ?? null } }));
}
export type WinBackTaskRow = Awaited<ReturnType<typeof listWinBackTasks>>[number];

async function assertAssignee(tx: Tx, assigneeId: string) {
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabled: true } });
  if (!user || user.disabled || user.role === "CUSTOMER" || !roleCan(user.role, "winback:manage")) throw new ExpectedError("retention.errors.assignee", { assigneeId: ["retention.errors.assignee"] });
}

/**
 * Access: winback:manage. Creates an open task for a customer who has none open, with the score
 * at start (0 when not scored yet); audited.
 */
export async function createWinBackTask(actor: Actor, input: CreateWinBackInput, now = new Date()) {
  const staff = requireManager(actor);
  const dueAt = cstDateAt(input.dueDate, DUE_HOUR);
  if (!dueAt) throw new ExpectedError("retention.validation.dueDate", { dueDate: ["retention.validation.dueDate"] });
  return db.$transaction(async (tx) => {
    // Serialises two creations for the same customer: the second sees the first's task.
    const [customer] = await tx.$queryRaw<Array<{ id: string; lifecycleStage: string }>>`SELECT "id", "lifecycleStage"::text AS "lifecycleStage" FROM "Customer" WHERE "id" = ${input.customerId} FOR UPDATE`;
    if (!customer || customer.lifecycleStage === "CHURNED") throw new NotFoundError();
    await assertAssignee(tx, input.assigneeId);
    const open = await tx.winBackTask.findFirst({ where: { customerId: customer.id, status: "OPEN" }, select: { id: true } });
    if (open) throw new ExpectedError("retention.errors.openTaskExists");
    const score = await tx.churnScore.findUnique({ where: { customerId: customer.id }, select: { score: true } });
    const task = await tx.winBackTask.create({
      data: { customerId: customer.id, scoreAtStart: score?.score ?? 0, offer: offerText(input.offer, input.detail), assigneeId: input.assigneeId, createdById: staff.userId, dueAt, createdAt: now },
      select: { id: true, version: true, dueAt: true },
    });
    await audit(tx, staff, { action: "winback.create", targetType: "WinBackTask", targetId: task.id, summary: { customerId: customer.id, offer: input.offer, assigneeId: input.assigneeId, dueAt: dueAt.toISOString(), scoreAtStart: score?.score ?? 0 } });
    return task;
  });
}

async function loadOpen(tx: Tx, taskId: string, version: number) {
  const task = await tx.winBackTask.findUnique({ where: { id: taskId }, select: { id: true, status: true, version: true, attempts: true, dueAt: true, customerId: true } });
  if (!task) throw new NotFoundError();
  if (task.status !== "OPEN") throw new ExpectedError("retention.errors.notOpen");
  if (task.version !== version) throw conflict();
  return task;
}

/**
 * Access: winback:manage. Records one call on an open task over its version: RETAINED and
 * DECLINED close it, NOT_REACHED retries a day later up to the last attempt, CALL_BACK keeps it
 * open until the agreed time (lib/domain/churn.ts afterCall); audited.
 */
export async function recordWinBackCall(actor: Actor, input: RecordWinBackCallInput, now = new Date()) {
  const staff = requireManager(actor);
  const callBackAt = input.outcome === "CALL_BACK" ? parseCstLocal(input.callBackAt) : null;
  if (input.outcome === "CALL_BACK" && !callBackAt) throw new ExpectedError("retention.validation.callBackAt", { callBackAt: ["retention.validation.callBackAt"] });
  return db.$transaction(async (tx) => {
    const task = await loadOpen(tx, input.taskId, input.version);
    const next = afterCall(task, { outcome: input.outcome, callBackAt }, now);
    const { count } = await tx.winBackTask.updateMany({
      where: { id: task.id, version: input.version, status: "OPEN" },
      data: { status: next.status, attempts: next.attempts, dueAt: next.dueAt, outcome: input.outcome, note: input.note || null, closedAt: next.status === "OPEN" ? null : now, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    await audit(tx, staff, {
      action: "winback.call",
      targetType: "WinBackTask",
      targetId: task.id,
      summary: { customerId: task.customerId, outcome: input.outcome, attempts: next.attempts, status: next.status, dueAt: next.dueAt.toISOString(), version: input.version + 1 },
    });
    return { id: task.id, status: next.status, attempts: next.attempts, version: input.version + 1 };
  });
}

/** Access: winback:manage. Cancels an open task over its version, with the reason; audited. */
export async function cancelWinBackTask(actor: Actor, input: CancelWinBackInput, now = new Date()) {
  const staff = requireManager(actor);
  return db.$transaction(async (tx) => {
    const task = await loadOpen(tx, input.taskId, input.version);
    const { count } = await tx.winBackTask.updateMany({
      where: { id: task.id, version: input.version, status: "OPEN" },
      data: { status: "CANCELLED", note: input.note, closedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    await audit(tx, staff, { action: "winback.cancel", targetType: "WinBackTask", targetId: task.id, summary: { customerId: task.customerId, version: input.version + 1 } });
    return { id: task.id, status: "CANCELLED" as const, version: input.version + 1 };
  });
}
