import "server-only";
import {
  COMMITMENT_MEASURES,
  COMPLIANCE_WINDOWS,
  computeFigures,
  incidentCase,
  pausesFromEvents,
  requestCases,
  type ClockCase,
  type CommitmentMeasure,
  type ComplianceFigures,
  type ExclusionReason,
  type Interval,
} from "@/lib/domain/compliance";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { clockCalendars, policyOfRequest } from "./sla-policies";
import { errorField, log } from "@/server/log";

// Measured compliance (docs/decisions/0013-measured-compliance.md): gathers the cases of the
// last 90 days from the requests and incidents, computes the figures (lib/domain/compliance.ts)
// and caches them in ComplianceFigure, one row per measure and window. Readers get the cached
// figures and recompute them first when they are older than five minutes; the job
// (server/jobs/compliance.ts) keeps them fresh. No access rule: the figures are public.

export const COMPLIANCE_MAX_AGE_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
const LONGEST_WINDOW = Math.max(...COMPLIANCE_WINDOWS);
const CHUNK = 1000;
/** The restore targets when no commitment is stored (the seeded version 1). */
const DEFAULT_RESTORE_MINUTES = { RESTORE_NETWORK: 120, RESTORE_BUSINESS: 240 } as const;

const requestCaseSelect = {
  id: true,
  type: true,
  status: true,
  level: true,
  special: true,
  incidentId: true,
  slaPolicyId: true,
  createdAt: true,
  acceptBy: true,
  acceptedAt: true,
  respondBy: true,
  respondedAt: true,
  resolveBy: true,
  resolvedAt: true,
  closedAt: true,
  clockPausedAt: true,
} as const satisfies Prisma.ServiceRequestSelect;
type CaseRequest = Prisma.ServiceRequestGetPayload<{ select: typeof requestCaseSelect }>;

/**
 * Every request that can have a case decided in the window. A case decided at or after `from`
 * has its deadline at or after `from` (a met case is decided by its deadline, a breach at it), so
 * each clock is read by its deadline index; a paused request is decided "now" whatever its frozen
 * deadline, so those are read too (few, by the status index).
 */
async function windowRequests(from: Date): Promise<CaseRequest[]> {
  const parts = await Promise.all([
    db.serviceRequest.findMany({ where: { acceptBy: { gte: from } }, select: requestCaseSelect }),
    db.serviceRequest.findMany({ where: { type: "FAULT_REPAIR", respondBy: { gte: from } }, select: requestCaseSelect }),
    db.serviceRequest.findMany({ where: { type: { in: ["FAULT_REPAIR", "COMPLAINT"] }, resolveBy: { gte: from } }, select: requestCaseSelect }),
    db.serviceRequest.findMany({ where: { status: "AWAITING_INFO" }, select: requestCaseSelect }),
  ]);
  return [...new Map(parts.flat().map((r) => [r.id, r])).values()];
}

async function pausesOf(ids: string[]): Promise<Map<string, Interval[]>> {
  const byRequest = new Map<string, Array<{ kind: string; createdAt: Date }>>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const events = await db.requestEvent.findMany({
      where: { requestId: { in: ids.slice(i, i + CHUNK) }, kind: { in: ["requestInfo", "provideInfo"] } },
      select: { requestId: true, kind: true, createdAt: true },
    });
    for (const e of events) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e]);
  }
  return new Map([...byRequest].map(([id, events]) => [id, pausesFromEvents(events)]));
}

/** The restore target of each outage kind: the newest commitment's, as the public page states it. */
async function restoreTargets() {
  const rows = await db.commitment.findMany({
    where: { measure: { in: ["RESTORE_NETWORK", "RESTORE_BUSINESS"] } },
    orderBy: { version: "desc" },
    select: { measure: true, targetMinutes: true },
  });
  const target = (m: "RESTORE_NETWORK" | "RESTORE_BUSINESS") => rows.find((r) => r.measure === m)?.targetMinutes ?? DEFAULT_RESTORE_MINUTES[m];
  return { NETWORK: target("RESTORE_NETWORK"), BUSINESS: target("RESTORE_BUSINESS") };
}

/** Every case of every measure that can fall in the longest window up to `now`. */
export async function gatherCases(now: Date): Promise<Record<CommitmentMeasure, ClockCase[]>> {
  const from = new Date(now.getTime() - LONGEST_WINDOW * DAY_MS);
  const targets = await restoreTargets();
  const longest = Math.max(targets.NETWORK, targets.BUSINESS);
  const [requests, incidents] = await Promise.all([
    windowRequests(from),
    // An outage is decided by its deadline at the latest, startedAt + target: read by start time;
    // an active one is read whenever it began (by the status index).
    db.incident.findMany({
      where: { OR: [{ startedAt: { gte: new Date(from.getTime() - longest * 60_000) } }, { status: "ACTIVE" }] },
      select: { kind: true, startedAt: true, restoredAt: true },
    }),
  ]);
  const pauses = await pausesOf(requests.map((r) => r.id));
  const calendars = new Map<string | null, ReturnType<typeof clockCalendars>>();
  for (const r of requests) {
    if (!calendars.has(r.slaPolicyId)) calendars.set(r.slaPolicyId, clockCalendars(await policyOfRequest(db, r)));
  }
  const out = Object.fromEntries(COMMITMENT_MEASURES.map((m) => [m, [] as ClockCase[]])) as Record<CommitmentMeasure, ClockCase[]>;
  for (const r of requests) {
    for (const c of requestCases({ ...r, pauses: pauses.get(r.id) ?? [], calendars: calendars.get(r.slaPolicyId)! })) out[c.measure].push(c.clock);
  }
  for (const i of incidents) {
    const c = incidentCase(i, targets[i.kind]);
    out[c.measure].push(c.clock);
  }
  return out;
}

export type CachedFigures = ComplianceFigures & { measure: CommitmentMeasure; windowDays: number; computedAt: Date };

/**
 * Computes every measure over every window and stores the figures, all in one transaction so a
 * reader never sees half a set. Two instances may do this at the same moment: each writes the
 * same figures from the same data with an upsert per (measure, window), so the last one wins and
 * nothing is lost — cheaper than a lock for a read-only computation (ADR 0013).
 */
export async function recomputeCompliance(now = new Date()): Promise<CachedFigures[]> {
  const cases = await gatherCases(now);
  const rows = COMMITMENT_MEASURES.flatMap((measure) => COMPLIANCE_WINDOWS.map((windowDays) => ({ measure, windowDays, ...computeFigures(cases[measure], windowDays, now), computedAt: now })));
  await db.$transaction(
    rows.map((r) => {
      const data = { cases: r.cases, met: r.met, excluded: r.excludedTotal, medianMinutes: r.medianMinutes, worstMinutes: r.worstMinutes, exclusions: r.excluded, computedAt: now };
      return db.complianceFigure.upsert({ where: { measure_windowDays: { measure: r.measure, windowDays: r.windowDays } }, create: { measure: r.measure, windowDays: r.windowDays, ...data }, update: data, select: { id: true } });
    }),
  );
  return rows;
}

const figureSelect = { measure: true, windowDays: true, cases: true, met: true, excluded: true, medianMinutes: true, worstMinutes: true, exclusions: true, computedAt: true } as const satisfies Prisma.ComplianceFigureSelect;

function toCached(r: Prisma.ComplianceFigureGetPayload<{ select: typeof figureSelect }>): CachedFigures {
  const raw = (r.exclusions ?? {}) as Record<string, unknown>;
  const excluded: Partial<Record<ExclusionReason, number>> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "number") excluded[k as ExclusionReason] = v;
  return { measure: r.measure, windowDays: r.windowDays, cases: r.cases, met: r.met, medianMinutes: r.medianMinutes, worstMinutes: r.worstMinutes, excluded, excludedTotal: r.excluded, computedAt: r.computedAt };
}

// One recomputation at a time in this process: the job and concurrent readers of stale figures share it.
let running: Promise<CachedFigures[]> | null = null;

/** Recomputes the figures now, or joins the recomputation already running in this process. */
export function refreshCompliance(now = new Date()): Promise<CachedFigures[]> {
  running ??= recomputeCompliance(now).finally(() => {
    running = null;
  });
  return running;
}

/**
 * The cached figures of every measure and window; recomputed first when missing or older than
 * five minutes. When that fails (the database is busy), complete stale figures are still shown —
 * each carries its computedAt, which the pages print — rather than an error page.
 */
export async function readCompliance(now = new Date()): Promise<CachedFigures[]> {
  const rows = (await db.complianceFigure.findMany({ select: figureSelect })).map(toCached);
  const complete = rows.length >= COMMITMENT_MEASURES.length * COMPLIANCE_WINDOWS.length;
  const fresh = complete && rows.every((r) => now.getTime() - r.computedAt.getTime() < COMPLIANCE_MAX_AGE_MS && r.computedAt.getTime() <= now.getTime());
  if (fresh) return rows;
  try {
    return await refreshCompliance(now);
  } catch (error) {
    if (!complete) throw error;
    log.warn({ job: "compliance", error: errorField(error) }, `showing figures of ${rows[0]!.computedAt.toISOString()}: recomputing failed`);
    return rows;
  }
}

/** One measure's figures by window, for the pages. */
export function figuresOf(all: CachedFigures[], measure: CommitmentMeasure): Record<number, CachedFigures | undefined> {
  return Object.fromEntries(COMPLIANCE_WINDOWS.map((w) => [w, all.find((f) => f.measure === measure && f.windowDays === w)]));
}
