import "server-only";
import { countOrNull, kindChangeAllowed, yuanToFen } from "@/lib/domain/plan-catalogue";
import type { PlanData, SetPlanActiveData, UpdatePlanData } from "@/lib/schemas/administration";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { planSelect } from "./plans";

// The plan catalogue (/admin/plans): plan:manage (admins). The fee is typed in yuan and stored in
// fen; an inactive plan leaves the public catalogue and the plan-change options (server/dal/plans.ts
// reads active plans only) but the lines on it keep it. A plan some line is on — or that a
// pending change moves a line to — keeps its kind. Edits are checked against Plan.version.

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "plan:manage")) throw new ForbiddenError();
  return actor;
}

const codeTaken = () => new ExpectedError("administration.errors.saveFailed", { code: ["administration.validation.planCodeTaken"] });
const kindLocked = () => new ExpectedError("administration.errors.saveFailed", { kind: ["administration.validation.kindLocked"] });
const conflict = () => new ExpectedError("administration.errors.planConflict");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Access: plan:manage. Every plan, inactive ones too, by kind and fee, with how many lines are on it. */
export async function listPlansForAdmin(actor: Actor) {
  requireManager(actor);
  const rows = await db.plan.findMany({
    orderBy: [{ kind: "asc" }, { monthlyFeeFen: "asc" }, { code: "asc" }],
    select: { ...planSelect, version: true, _count: { select: { lines: { where: { status: { not: "TERMINATED" } } } } } },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, lines: _count.lines }));
}
export type AdminPlanRow = Awaited<ReturnType<typeof listPlansForAdmin>>[number];

async function linesOnPlan(tx: Tx, id: string) {
  const [lines, pending] = await Promise.all([tx.line.count({ where: { planId: id } }), tx.planChange.count({ where: { toPlanId: id, status: "PENDING" } })]);
  return lines + pending;
}

/** Access: plan:manage. One plan as its edit form needs it, with whether its kind is locked. */
export async function getPlanForAdmin(actor: Actor, id: string) {
  requireManager(actor);
  const plan = await db.plan.findUnique({ where: { id }, select: { ...planSelect, version: true, updatedAt: true } });
  if (!plan) throw new NotFoundError();
  const [lines, inService] = await Promise.all([linesOnPlan(db, id), db.line.count({ where: { planId: id, status: { not: "TERMINATED" } } })]);
  return { ...plan, kindLocked: lines > 0, linesInService: inService };
}
export type AdminPlan = Awaited<ReturnType<typeof getPlanForAdmin>>;

function contentOf(input: Omit<PlanData, "code" | "active">) {
  return {
    name: input.name,
    nameEn: input.nameEn,
    kind: input.kind,
    monthlyFeeFen: yuanToFen(input.monthlyFeeYuan)!,
    dataMb: countOrNull(input.dataMb),
    voiceMinutes: countOrNull(input.voiceMinutes),
    smsCount: countOrNull(input.smsCount),
    speedMbps: countOrNull(input.speedMbps),
    contractMonths: Number(input.contractMonths),
    summary: input.summary,
    summaryEn: input.summaryEn,
  };
}

/** Access: plan:manage. A new plan (version 1); audited. */
export async function createPlan(actor: Actor, input: PlanData) {
  const admin = requireManager(actor);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.plan.findUnique({ where: { code: input.code }, select: { id: true } })) throw codeTaken();
      const data = { code: input.code, active: input.active, ...contentOf(input) };
      const plan = await tx.plan.create({ data, select: { id: true, code: true, version: true } });
      await audit(tx, admin, { action: "plan.create", targetType: "Plan", targetId: plan.id, summary: { code: plan.code, kind: data.kind, monthlyFeeFen: data.monthlyFeeFen, active: data.active } });
      return plan;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

const EDITABLE = ["name", "nameEn", "kind", "monthlyFeeFen", "dataMb", "voiceMinutes", "smsCount", "speedMbps", "contractMonths", "summary", "summaryEn"] as const;

/**
 * Access: plan:manage. Saves over the version the form was loaded with, or a conflict. The kind
 * stays while lines are on the plan. A fee change applies to the catalogue and to bills from now
 * on; bills already issued keep their amounts. Audited with the fields that changed.
 */
export async function updatePlan(actor: Actor, input: UpdatePlanData) {
  const admin = requireManager(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.plan.findUnique({ where: { id: input.id }, select: { ...planSelect, version: true } });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw conflict();
    const data = contentOf(input);
    if (!kindChangeAllowed(current.kind, data.kind, await linesOnPlan(tx, input.id))) throw kindLocked();
    const changed = EDITABLE.filter((k) => current[k] !== data[k]);
    const { count } = await tx.plan.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit(tx, admin, {
      action: "plan.update",
      targetType: "Plan",
      targetId: input.id,
      summary: { code: current.code, version: input.version + 1, changed: [...changed], ...(changed.includes("monthlyFeeFen") ? { monthlyFeeFen: { from: current.monthlyFeeFen, to: data.monthlyFeeFen } } : {}) },
    });
    return { id: input.id, version: input.version + 1 };
  });
}

/** Access: plan:manage. Offers a plan again, or stops offering it (its lines keep it); audited. */
export async function setPlanActive(actor: Actor, input: SetPlanActiveData) {
  const admin = requireManager(actor);
  return db.$transaction(async (tx) => {
    const current = await tx.plan.findUnique({ where: { id: input.id }, select: { code: true, active: true, version: true } });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw conflict();
    if (current.active === input.active) return { id: input.id, version: current.version };
    const { count } = await tx.plan.updateMany({ where: { id: input.id, version: input.version }, data: { active: input.active, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit(tx, admin, { action: input.active ? "plan.activate" : "plan.deactivate", targetType: "Plan", targetId: input.id, summary: { code: current.code, version: input.version + 1 } });
    return { id: input.id, version: input.version + 1 };
  });
}
