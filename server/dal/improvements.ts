import "server-only";
import {
  canMove,
  defaultCheckPeriod,
  formatImprovementCode,
  hotspotOf,
  improvementCounterKey,
  isOpen,
  parseScope,
  quarterOf,
  scopeFor,
  type ImprovementRuleError,
  type ImprovementStatus,
} from "@/lib/domain/improvements";
import { isMetricKey, type MetricKey, type MetricScope } from "@/lib/domain/metrics";
import { roleCan } from "@/lib/domain/permissions";
import type { StaffRole } from "@/lib/domain/roles";
import { cstDateAt } from "@/lib/domain/time";
import type {
  AddImprovementActionInput,
  ChangeImprovementOwnerInput,
  CheckImprovementInput,
  CompleteImprovementActionInput,
  CreateImprovementData,
  DecideImprovementInput,
  LinkImprovementRequestInput,
  MoveImprovementInput,
  ReviewImprovementInput,
} from "@/lib/schemas/improvements";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { computeMetric, requestScopeWhere, type Period } from "./metrics";

// Improvement projects (服务改进项目库, issue 7), the writes: improvement:manage (supervisors and
// quality managers) plans a project, works its actions, checks and decides it. The baseline and
// the check are always computed through server/dal/metrics.ts computeMetric and stored with their
// period, sample size and time (baselineValue/Count/At, checkFrom/To/Value/Count/At): other pages
// (service-outcome pages) read those columns. Every change is checked against the version the page
// showed (optimistic locking), bumps it, and writes its audit row in the same transaction.

/** The most requests a project links from its baseline in one go. */
export const BASELINE_LINK_LIMIT = 200;

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "improvement:manage")) throw new ForbiddenError();
  return actor;
}

const conflict = () => new ExpectedError("improvements.errors.conflict");
const ruleError = (error: ImprovementRuleError, field?: string) =>
  new ExpectedError(`improvements.errors.${error}`, field ? { [field]: [`improvements.errors.${error}`] } : undefined);

/** A date range typed as two `date` values (both days included), cut at now. */
export function periodOfDates(from: string, to: string, now = new Date()): Period {
  const start = cstDateAt(from);
  const end = cstDateAt(to, 24);
  if (!start || !end) throw new ExpectedError("validation.date");
  const cut = new Date(Math.min(end.getTime(), now.getTime()));
  if (cut.getTime() <= start.getTime()) throw ruleError("periodOrder", "to");
  return { from: start, to: cut };
}

/** The next code of the month: IMP + yyyyMM + 3 digits, from the month's counter row (safe under concurrency). */
async function nextImprovementCode(tx: Tx, at: Date): Promise<string> {
  const day = improvementCounterKey(at);
  const counter = await tx.srnCounter.upsert({ where: { day }, create: { day, last: 1 }, update: { last: { increment: 1 } } });
  if (counter.last > 999) throw new ExpectedError("improvements.errors.tooManyThisMonth");
  return formatImprovementCode(at, counter.last);
}

/** A staff user who may own a project: active and holding improvement:manage. */
async function requireOwner(tx: Tx, userId: string, field = "ownerId") {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabled: true, displayName: true } });
  if (!user || user.disabled || user.role === "CUSTOMER" || !roleCan(user.role as StaffRole, "improvement:manage")) {
    throw new ExpectedError("improvements.errors.owner", { [field]: ["improvements.errors.owner"] });
  }
  return user;
}

/** A staff user who may own an action: any active staff member. */
async function requireStaffUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabled: true } });
  if (!user || user.disabled || user.role === "CUSTOMER") throw new ExpectedError("improvements.errors.actionOwner", { ownerId: ["improvements.errors.actionOwner"] });
  return user;
}

/** Access: improvement:manage. Plans a project: its baseline is computed over the period and stored; audited. */
export async function createImprovement(actor: Actor, input: CreateImprovementData, now = new Date()): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  const key = input.metricKey;
  const scope = scopeFor(key, input);
  const period = periodOfDates(input.baselineFrom, input.baselineTo, now);
  if (scope.teamId && !(await db.team.findUnique({ where: { id: scope.teamId }, select: { id: true } }))) {
    throw new ExpectedError("validation.choose", { teamId: ["validation.choose"] });
  }
  const baseline = await computeMetric(key, scope, period);
  const links = input.linkBaseline && key === "complaints" ? await baselineRequests(key, scope, period) : [];
  return db.$transaction(async (tx) => {
    const code = await nextImprovementCode(tx, now);
    const project = await tx.improvementProject.create({
      data: {
        code,
        title: input.title,
        problem: input.problem,
        ownerId: manager.userId,
        hotspot: input.fromHotspot ? (hotspotOf(scope) ?? undefined) : undefined,
        metricKey: key,
        metricScope: scope,
        targetValue: input.targetValue === "" ? null : Number(input.targetValue),
        baselineFrom: period.from,
        baselineTo: period.to,
        baselineValue: baseline.value,
        baselineCount: baseline.count,
        baselineAt: now,
      },
      select: { id: true, code: true, version: true },
    });
    if (links.length) await tx.improvementRequest.createMany({ data: links.map((requestId) => ({ projectId: project.id, requestId })), skipDuplicates: true });
    await audit(tx, manager, {
      action: "improvement.create",
      targetType: "ImprovementProject",
      targetId: project.id,
      summary: { code, metric: key, scope, baselineFrom: period.from.toISOString(), baselineTo: period.to.toISOString(), baselineValue: baseline.value, baselineCount: baseline.count, linked: links.length },
    });
    return { code: project.code, version: project.version };
  });
}

/** The requests the metric counts in the baseline period (complaints filed then), oldest first. */
async function baselineRequests(key: MetricKey, scope: MetricScope, period: Period): Promise<string[]> {
  const rows = await db.serviceRequest.findMany({
    where: { AND: [requestScopeWhere(key, scope), { createdAt: { gte: period.from, lt: period.to } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BASELINE_LINK_LIMIT,
  });
  return rows.map((r) => r.id);
}

const currentSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  version: true,
  ownerId: true,
  metricKey: true,
  metricScope: true,
  targetValue: true,
  hotspot: true,
  baselineTo: true,
  checkFrom: true,
  checkTo: true,
  checkValue: true,
  checkCount: true,
  checkAt: true,
} as const satisfies Prisma.ImprovementProjectSelect;

async function current(tx: Tx, code: string, version: number) {
  const row = await tx.improvementProject.findUnique({ where: { code }, select: currentSelect });
  if (!row) throw new NotFoundError();
  if (row.version !== version) throw conflict();
  return row;
}

async function save(tx: Tx, id: string, version: number, data: Prisma.ImprovementProjectUncheckedUpdateManyInput = {}) {
  const { count } = await tx.improvementProject.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict();
}

function metricOf(row: { metricKey: string }): MetricKey {
  if (!isMetricKey(row.metricKey)) throw new ExpectedError("improvements.errors.unknownMetric");
  return row.metricKey;
}

function requireOpen(status: ImprovementStatus) {
  if (!isOpen(status)) throw ruleError("closed");
}

type Saved = { code: string; version: number };

/**
 * Access: improvement:manage. PLAN → DO → CHECK → ACT, or CANCELLED with a reason. Moving to DO
 * starts the after-period (checkFrom); moving to CHECK computes the check from then until now.
 * Illegal moves are refused. Audited.
 */
export async function moveImprovement(actor: Actor, input: MoveImprovementInput, now = new Date()): Promise<Saved> {
  const manager = requireManager(actor);
  // The check is computed before the transaction (the metric reads outside it); the version check
  // inside makes sure it was computed over the project as it still is.
  let check: Awaited<ReturnType<typeof computeMetric>> | null = null;
  let period: Period | null = null;
  if (input.to === "CHECK") {
    const head = await db.improvementProject.findUnique({ where: { code: input.code }, select: currentSelect });
    if (!head) throw new NotFoundError();
    if (head.version !== input.version) throw conflict();
    if (canMove(head.status, "CHECK")) {
      period = defaultCheckPeriod(head.checkFrom, head.baselineTo, now);
      check = await computeMetric(metricOf(head), parseScope(metricOf(head), head.metricScope), period);
    }
  }
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    if (!canMove(row.status, input.to)) throw ruleError(isOpen(row.status) ? "illegalMove" : "closed");
    const data: Prisma.ImprovementProjectUncheckedUpdateManyInput = { status: input.to };
    if (input.to === "DO") data.checkFrom = now;
    if (input.to === "CHECK" && check && period) {
      Object.assign(data, { checkFrom: period.from, checkTo: period.to, checkValue: check.value, checkCount: check.count, checkAt: now });
    }
    if (input.to === "ACT" && !row.checkAt) throw ruleError("noCheck");
    if (input.to === "CANCELLED") Object.assign(data, { decisionNote: input.reason, closedAt: now });
    await save(tx, row.id, row.version, data);
    await audit(tx, manager, {
      action: input.to === "CANCELLED" ? "improvement.cancel" : "improvement.move",
      targetType: "ImprovementProject",
      targetId: row.id,
      summary: { code: row.code, from: row.status, to: input.to, version: row.version + 1, ...(input.to === "CANCELLED" ? { reason: input.reason } : {}), ...(check ? { checkValue: check.value, checkCount: check.count } : {}) },
    });
    return { code: row.code, version: row.version + 1 };
  });
}

/** Access: improvement:manage. Check (in CHECK or ACT): computes the metric over the after-period chosen and stores it; audited. */
export async function recomputeCheck(actor: Actor, input: CheckImprovementInput, now = new Date()): Promise<Saved> {
  const manager = requireManager(actor);
  const period = periodOfDates(input.from, input.to, now);
  const head = await db.improvementProject.findUnique({ where: { code: input.code }, select: { metricKey: true, metricScope: true, status: true } });
  if (!head) throw new NotFoundError();
  if (head.status !== "CHECK" && head.status !== "ACT") throw ruleError("noCheckYet");
  const key = metricOf(head);
  const check = await computeMetric(key, parseScope(key, head.metricScope), period);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    if (row.status !== "CHECK" && row.status !== "ACT") throw ruleError("noCheckYet");
    await save(tx, row.id, row.version, { checkFrom: period.from, checkTo: period.to, checkValue: check.value, checkCount: check.count, checkAt: now });
    await audit(tx, manager, {
      action: "improvement.check",
      targetType: "ImprovementProject",
      targetId: row.id,
      summary: { code: row.code, checkFrom: period.from.toISOString(), checkTo: period.to.toISOString(), checkValue: check.value, checkCount: check.count, version: row.version + 1 },
    });
    return { code: row.code, version: row.version + 1 };
  });
}

/**
 * Access: improvement:manage. Act (in ACT): STANDARDISE closes the project; ITERATE closes it and
 * starts the next cycle as a new project (previousId) with the same metric, scope, target and
 * owner, whose baseline is this project's check. Audited (both projects).
 */
export async function decideImprovement(actor: Actor, input: DecideImprovementInput, now = new Date()): Promise<Saved & { next: string | null }> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    if (row.status !== "ACT") throw ruleError(isOpen(row.status) ? "notInAct" : "closed");
    if (!row.checkAt || !row.checkFrom || !row.checkTo) throw ruleError("noCheck");
    await save(tx, row.id, row.version, { status: "CLOSED", decision: input.decision, decisionNote: input.note, closedAt: now });
    let next: string | null = null;
    if (input.decision === "ITERATE") {
      next = await nextImprovementCode(tx, now);
      const created = await tx.improvementProject.create({
        data: {
          code: next,
          title: row.title,
          problem: input.note,
          ownerId: row.ownerId,
          hotspot: row.hotspot ?? undefined,
          metricKey: row.metricKey,
          metricScope: row.metricScope ?? {},
          targetValue: row.targetValue,
          baselineFrom: row.checkFrom,
          baselineTo: row.checkTo,
          baselineValue: row.checkValue,
          baselineCount: row.checkCount,
          baselineAt: row.checkAt,
          previousId: row.id,
        },
        select: { id: true },
      });
      await audit(tx, manager, { action: "improvement.create", targetType: "ImprovementProject", targetId: created.id, summary: { code: next, previous: row.code, metric: row.metricKey, baselineValue: row.checkValue, baselineCount: row.checkCount } });
    }
    await audit(tx, manager, {
      action: "improvement.decide",
      targetType: "ImprovementProject",
      targetId: row.id,
      summary: { code: row.code, decision: input.decision, next, version: row.version + 1 },
    });
    return { code: row.code, version: row.version + 1, next };
  });
}

/** Access: improvement:manage. Do: an action with its owner (an active staff member) and due date, while open; audited. */
export async function addImprovementAction(actor: Actor, input: AddImprovementActionInput): Promise<Saved> {
  const manager = requireManager(actor);
  const dueAt = cstDateAt(input.dueDate, 24);
  if (!dueAt) throw new ExpectedError("validation.date", { dueDate: ["validation.date"] });
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    requireOpen(row.status);
    await requireStaffUser(tx, input.ownerId);
    // The day's end in China time (a due date includes its day).
    const action = await tx.improvementAction.create({ data: { projectId: row.id, title: input.title, ownerId: input.ownerId, dueAt: new Date(dueAt.getTime() - 1) }, select: { id: true } });
    await save(tx, row.id, row.version);
    await audit(tx, manager, { action: "improvement.action.add", targetType: "ImprovementProject", targetId: row.id, summary: { code: row.code, actionId: action.id, title: input.title, ownerId: input.ownerId, dueDate: input.dueDate, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}

/** Access: improvement:manage. Marks an action done (once), while open; audited. */
export async function completeImprovementAction(actor: Actor, input: CompleteImprovementActionInput, now = new Date()): Promise<Saved> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    requireOpen(row.status);
    const { count } = await tx.improvementAction.updateMany({ where: { id: input.actionId, projectId: row.id, doneAt: null }, data: { doneAt: now } });
    if (count !== 1) throw new ExpectedError("improvements.errors.actionDone");
    await save(tx, row.id, row.version);
    await audit(tx, manager, { action: "improvement.action.done", targetType: "ImprovementProject", targetId: row.id, summary: { code: row.code, actionId: input.actionId, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}

/** Access: improvement:manage. A quarterly review note (quarter from today, China time), at any stage; audited. */
export async function addImprovementReview(actor: Actor, input: ReviewImprovementInput, now = new Date()): Promise<Saved> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    const quarter = quarterOf(now);
    await tx.improvementReview.create({ data: { projectId: row.id, quarter, note: input.note, authorId: manager.userId, createdAt: now } });
    await save(tx, row.id, row.version);
    await audit(tx, manager, { action: "improvement.review", targetType: "ImprovementProject", targetId: row.id, summary: { code: row.code, quarter, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}

/** Access: improvement:manage. Hands the project to another supervisor or quality manager, while open; audited. */
export async function changeImprovementOwner(actor: Actor, input: ChangeImprovementOwnerInput): Promise<Saved> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    requireOpen(row.status);
    await requireOwner(tx, input.ownerId);
    if (row.ownerId === input.ownerId) return { code: row.code, version: row.version };
    await save(tx, row.id, row.version, { ownerId: input.ownerId });
    await audit(tx, manager, { action: "improvement.owner", targetType: "ImprovementProject", targetId: row.id, summary: { code: row.code, from: row.ownerId, to: input.ownerId, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}

/** Access: improvement:manage. Links a request (by SRN) as evidence, while open; linking twice is refused; audited. */
export async function linkImprovementRequest(actor: Actor, input: LinkImprovementRequestInput): Promise<Saved> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    requireOpen(row.status);
    const request = await tx.serviceRequest.findUnique({ where: { srn: input.srn }, select: { id: true } });
    if (!request) throw new ExpectedError("improvements.errors.noSuchRequest", { srn: ["improvements.errors.noSuchRequest"] });
    const existing = await tx.improvementRequest.findUnique({ where: { projectId_requestId: { projectId: row.id, requestId: request.id } }, select: { projectId: true } });
    if (existing) throw new ExpectedError("improvements.errors.alreadyLinked", { srn: ["improvements.errors.alreadyLinked"] });
    await tx.improvementRequest.create({ data: { projectId: row.id, requestId: request.id } });
    await save(tx, row.id, row.version);
    await audit(tx, manager, { action: "improvement.link", targetType: "ImprovementProject", targetId: row.id, summary: { code: row.code, srn: input.srn, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}
