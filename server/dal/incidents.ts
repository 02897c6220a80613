import "server-only";
import { canChange, checkEta, checkRestore, formatIncidentCode, incidentCounterKey, parseChecklist, tickStep, type IncidentRuleError } from "@/lib/domain/incidents";
import { parseCstLocal } from "@/lib/domain/time";
import type { DeclareIncidentData, PostIncidentUpdateData, RestoreIncidentData, TickPlaybookStepData } from "@/lib/schemas/incidents";
import type { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { fanOutAfterResponse } from "../jobs/incident-fanout-schedule";

// Incidents (故障公告, R3.4), staff side: incident:manage declares an outage, posts its public
// updates and ETA changes, ticks its level's playbook and restores it. Every change is checked
// against the version the page showed (optimistic locking) and writes its audit row in the same
// transaction. Every public stage is an IncidentUpdate row: the notices to customers and
// subscribers, and the linked fault reports' timeline, follow from it after the commit
// (server/jobs/incident-fanout.ts), once per recipient.

function requireManager(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "incident:manage")) throw new ForbiddenError();
  return actor;
}

/** Somebody changed the incident first: nothing was written; the page shows the latest. */
const conflict = () => new ExpectedError("incidents.errors.conflict");
const ruleError = (error: IncidentRuleError, field?: string) => new ExpectedError(`incidents.errors.${error}`, field ? { [field]: [`incidents.errors.${error}`] } : undefined);
/** A datetime-local value the schema has already checked. */
function at(value: string): Date {
  const parsed = parseCstLocal(value);
  if (!parsed) throw new ExpectedError("validation.dateTime");
  return parsed;
}

/** The next code of the incident's start day: INC + yyyyMMdd + 3 digits, from the day counter. */
async function nextIncidentCode(tx: Tx, startedAt: Date): Promise<string> {
  const day = incidentCounterKey(startedAt);
  const counter = await tx.srnCounter.upsert({ where: { day }, create: { day, last: 1 }, update: { last: { increment: 1 } } });
  if (counter.last > 999) throw new ExpectedError("incidents.errors.tooManyToday");
  return formatIncidentCode(startedAt, counter.last);
}

/** Access: incident:manage. Declares an outage with its first public notice (DECLARED); audited. */
export async function declareIncident(actor: Actor, input: DeclareIncidentData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  const startedAt = at(input.startedAt);
  const eta = input.estimatedRestoreAt ? at(input.estimatedRestoreAt) : null;
  if (startedAt.getTime() > Date.now() + 5 * 60_000) throw new ExpectedError("validation.notInFuture", { startedAt: ["validation.notInFuture"] });
  if (eta && checkEta(startedAt, eta)) throw ruleError("etaBeforeStart", "estimatedRestoreAt");
  const result = await db.$transaction(async (tx) => {
    const code = await nextIncidentCode(tx, startedAt);
    const incident = await tx.incident.create({
      data: {
        code,
        title: input.title,
        titleEn: input.titleEn,
        summary: input.summary,
        summaryEn: input.summaryEn,
        kind: input.kind,
        level: input.level,
        services: [...new Set(input.services)],
        areas: [...new Set(input.areas)],
        startedAt,
        estimatedRestoreAt: eta,
        declaredById: manager.userId,
      },
      select: { id: true, code: true, version: true },
    });
    const update = await tx.incidentUpdate.create({
      data: { incidentId: incident.id, kind: "DECLARED", body: input.summary, bodyEn: input.summaryEn, estimatedRestoreAt: eta, authorId: manager.userId },
      select: { id: true },
    });
    await audit(tx, manager, {
      action: "incident.declare",
      targetType: "Incident",
      targetId: incident.id,
      summary: { code, level: input.level, kind: input.kind, services: input.services, areas: input.areas, startedAt: startedAt.toISOString(), eta: eta?.toISOString() ?? null },
    });
    return { code: incident.code, version: incident.version, updateId: update.id };
  });
  fanOutAfterResponse(result.updateId);
  return { code: result.code, version: result.version };
}

const currentSelect = { id: true, code: true, status: true, level: true, version: true, startedAt: true, estimatedRestoreAt: true, checklist: true } as const satisfies Prisma.IncidentSelect;

/** The incident as the change starts from: not-found, or a conflict when the version moved on. */
async function current(tx: Tx, code: string, version: number) {
  const row = await tx.incident.findUnique({ where: { code }, select: currentSelect });
  if (!row) throw new NotFoundError();
  if (row.version !== version) throw conflict();
  return row;
}

/** Writes the change over the version it started from; a race lost is a conflict. */
async function save(tx: Tx, id: string, version: number, data: Prisma.IncidentUpdateManyMutationInput) {
  const { count } = await tx.incident.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict();
}

/**
 * Access: incident:manage. A public update while the incident is ACTIVE; with a new ETA (after the
 * start) it is an ETA change and moves the incident's ETA. Audited.
 */
export async function postIncidentUpdate(actor: Actor, input: PostIncidentUpdateData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  const eta = input.estimatedRestoreAt ? at(input.estimatedRestoreAt) : null;
  const result = await db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    if (!canChange(row.status)) throw ruleError("notActive");
    if (eta && checkEta(row.startedAt, eta)) throw ruleError("etaBeforeStart", "estimatedRestoreAt");
    const etaChanged = !!eta && eta.getTime() !== row.estimatedRestoreAt?.getTime();
    await save(tx, row.id, row.version, etaChanged ? { estimatedRestoreAt: eta } : {});
    const update = await tx.incidentUpdate.create({
      data: { incidentId: row.id, kind: etaChanged ? "ETA_CHANGED" : "UPDATE", body: input.body, bodyEn: input.bodyEn, estimatedRestoreAt: etaChanged ? eta : row.estimatedRestoreAt, authorId: manager.userId },
      select: { id: true },
    });
    await audit(tx, manager, {
      action: etaChanged ? "incident.eta" : "incident.update",
      targetType: "Incident",
      targetId: row.id,
      summary: { code: row.code, version: row.version + 1, ...(etaChanged ? { etaFrom: row.estimatedRestoreAt?.toISOString() ?? null, etaTo: eta!.toISOString() } : {}) },
    });
    return { updateId: update.id, version: row.version + 1 };
  });
  fanOutAfterResponse(result.updateId);
  return { code: input.code, version: result.version };
}

/** Access: incident:manage. Ticks a step of the level's playbook (who and when are kept) while ACTIVE; audited. */
export async function tickPlaybookStep(actor: Actor, input: TickPlaybookStepData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  return db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    const ticked = tickStep(row.status, row.level, parseChecklist(row.checklist), input.step, new Date(), manager.userId);
    if (!ticked.ok) throw ruleError(ticked.error);
    await save(tx, row.id, row.version, { checklist: ticked.checklist });
    await audit(tx, manager, { action: "incident.tick", targetType: "Incident", targetId: row.id, summary: { code: row.code, step: input.step, version: row.version + 1 } });
    return { code: row.code, version: row.version + 1 };
  });
}

/**
 * Access: incident:manage. ACTIVE → RESTORED once, at a time between the start and now, with the
 * final note customers read. The linked fault reports still open are resolved with it by the
 * restore stage's fan-out. Audited.
 */
export async function restoreIncident(actor: Actor, input: RestoreIncidentData): Promise<{ code: string; version: number }> {
  const manager = requireManager(actor);
  const restoredAt = at(input.restoredAt);
  const result = await db.$transaction(async (tx) => {
    const row = await current(tx, input.code, input.version);
    const error = checkRestore(row.status, row.startedAt, restoredAt, new Date(Date.now() + 5 * 60_000));
    if (error) throw ruleError(error, error === "notActive" ? undefined : "restoredAt");
    await save(tx, row.id, row.version, { status: "RESTORED", restoredAt });
    const update = await tx.incidentUpdate.create({
      data: { incidentId: row.id, kind: "RESTORED", body: input.note, bodyEn: input.noteEn, estimatedRestoreAt: row.estimatedRestoreAt, authorId: manager.userId },
      select: { id: true },
    });
    await audit(tx, manager, {
      action: "incident.restore",
      targetType: "Incident",
      targetId: row.id,
      summary: { code: row.code, restoredAt: restoredAt.toISOString(), minutes: Math.round((restoredAt.getTime() - row.startedAt.getTime()) / 60_000), version: row.version + 1 },
    });
    return { updateId: update.id, version: row.version + 1 };
  });
  fanOutAfterResponse(result.updateId);
  return { code: input.code, version: result.version };
}
