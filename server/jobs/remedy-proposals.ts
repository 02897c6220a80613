import "server-only";
import { cstMonthKey } from "@/lib/domain/time";
import {
  incidentBrokeCommitment,
  incidentDedupeKey,
  incidentMeasure,
  isRestoreMeasure,
  measureOfBreach,
  remedyAmountFen,
  requestDedupeKey,
  type CommitmentMeasure,
} from "@/lib/domain/remedies";
import { remedyReason } from "@/lib/remedy-text";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { audit } from "../audit";
import { affectedLinesWhere } from "../dal/incident-scope";

// The two sources of remedy proposals (server/jobs/remedy-sweep.ts runs both): breached request
// clocks (the SLA sweep's BREACH rows) and restored incidents that lasted beyond their commitment.
// Each proposal is inserted with ON CONFLICT (dedupeKey) DO NOTHING, and only a row that went in
// gets its audit row, in the same transaction: two instances running at once propose once.

export const LOOKBACK_DAYS = 120;
const BATCH = 200;

type Rule = { id: string; measure: CommitmentMeasure; kind: "CREDIT" | "FEE_WAIVER"; amountFen: number; waiverDays: number };
type Proposal = Prisma.RemedyCreateManyInput;

/** The active rule of each measure (the first by code when an admin left several active). */
async function activeRules(): Promise<Map<CommitmentMeasure, Rule>> {
  const rows = await db.remedyRule.findMany({ where: { active: true }, select: { id: true, measure: true, kind: true, amountFen: true, waiverDays: true }, orderBy: { code: "asc" } });
  const out = new Map<CommitmentMeasure, Rule>();
  for (const r of rows) if (!out.has(r.measure)) out.set(r.measure, r);
  return out;
}

/** Inserts the proposals not yet made; returns how many went in (0 for every one another run made first). */
async function insertProposals(proposals: Proposal[], now: Date): Promise<number> {
  // A waiver of a free plan is worth nothing: no proposal.
  proposals = proposals.filter((p) => p.amountFen > 0);
  if (!proposals.length) return 0;
  const existing = new Set((await db.remedy.findMany({ where: { dedupeKey: { in: proposals.map((p) => p.dedupeKey) } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey));
  const fresh = proposals.filter((p) => !existing.has(p.dedupeKey));
  if (!fresh.length) return 0;
  return db.$transaction(async (tx) => {
    const inserted = await tx.remedy.createManyAndReturn({ data: fresh.map((p) => ({ ...p, createdAt: now })), skipDuplicates: true, select: { id: true, dedupeKey: true, measure: true, amountFen: true } });
    for (const r of inserted) {
      await audit(tx, null, { action: "remedy.propose", targetType: "Remedy", targetId: r.id, summary: { dedupeKey: r.dedupeKey, measure: r.measure, amountFen: r.amountFen } });
    }
    return inserted.length;
  });
}

const lineForBill = { id: true, plan: { select: { monthlyFeeFen: true } } } as const;

/**
 * Every BREACH alert of the look-back window whose clock maps to a measure with an active rule:
 * one proposal per request and measure for the request's customer, on the request's line (or,
 * for a request without one, the customer's oldest line in service — a credit needs a bill; a
 * customer with no line gets none). A fault linked to an incident gets no restore remedy: the
 * incident's own remedy covers that line.
 */
export async function proposeFromBreaches(now: Date): Promise<number> {
  const rules = await activeRules();
  if (!rules.size) return 0;
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  let proposed = 0;
  let cursor: string | undefined;
  for (;;) {
    const alerts = await db.slaAlert.findMany({
      where: { kind: "BREACH", createdAt: { gte: since }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: {
        id: true,
        clock: true,
        deadline: true,
        request: { select: { id: true, srn: true, type: true, level: true, special: true, customerId: true, incidentId: true, line: { select: lineForBill } } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    const proposals: Proposal[] = [];
    for (const { clock, deadline, request: r } of alerts) {
      const measure = measureOfBreach(clock, r);
      const rule = measure ? rules.get(measure) : undefined;
      if (!measure || !rule) continue;
      if (r.incidentId && isRestoreMeasure(measure)) continue;
      const line = r.line ?? (await db.line.findFirst({ where: { customerId: r.customerId, status: { in: ["ACTIVE", "SUSPENDED"] } }, select: lineForBill, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }));
      if (!line) continue;
      proposals.push({
        dedupeKey: requestDedupeKey(r.id, measure),
        ruleId: rule.id,
        measure,
        kind: rule.kind,
        amountFen: remedyAmountFen(rule, line.plan.monthlyFeeFen, cstMonthKey(deadline)),
        customerId: r.customerId,
        lineId: line.id,
        requestId: r.id,
        ...remedyReason({ kind: "request", srn: r.srn, measure }),
      });
    }
    proposed += await insertProposals(proposals, now);
    if (alerts.length < BATCH) break;
    cursor = alerts.at(-1)!.id;
  }
  return proposed;
}

/** The target of each measure's current commitment: its newest active version. */
async function commitmentTargets(): Promise<Map<CommitmentMeasure, number>> {
  const rows = await db.commitment.findMany({ where: { active: true }, select: { measure: true, targetMinutes: true }, orderBy: [{ measure: "asc" }, { version: "desc" }] });
  const out = new Map<CommitmentMeasure, number>();
  for (const r of rows) if (!out.has(r.measure)) out.set(r.measure, r.targetMinutes);
  return out;
}

/**
 * Every incident restored in the look-back window that lasted longer than its kind's current
 * commitment: one proposal per affected line (server/dal/incident-scope.ts) that was open before
 * the incident ended, for the line's customer.
 */
export async function proposeFromIncidents(now: Date): Promise<number> {
  const [rules, targets] = await Promise.all([activeRules(), commitmentTargets()]);
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const incidents = await db.incident.findMany({
    where: { status: "RESTORED", restoredAt: { gte: since, lte: now } },
    select: { id: true, code: true, kind: true, services: true, areas: true, startedAt: true, restoredAt: true },
    orderBy: { restoredAt: "asc" },
  });
  let proposed = 0;
  for (const incident of incidents) {
    const measure = incidentMeasure(incident.kind);
    const rule = rules.get(measure);
    const target = targets.get(measure);
    if (!rule || target === undefined || !incident.restoredAt || !incidentBrokeCommitment(incident, target)) continue;
    const reason = remedyReason({ kind: "incident", code: incident.code });
    const month = cstMonthKey(incident.restoredAt);
    let cursor: string | undefined;
    for (;;) {
      const lines = await db.line.findMany({
        where: { AND: [affectedLinesWhere(incident), { createdAt: { lt: incident.restoredAt } }, { NOT: { activatedAt: { gte: incident.restoredAt } } }], ...(cursor ? { id: { gt: cursor } } : {}) },
        select: { ...lineForBill, customerId: true },
        orderBy: { id: "asc" },
        take: BATCH,
      });
      proposed += await insertProposals(
        lines.map((line) => ({
          dedupeKey: incidentDedupeKey(incident.id, line.id),
          ruleId: rule.id,
          measure,
          kind: rule.kind,
          amountFen: remedyAmountFen(rule, line.plan.monthlyFeeFen, month),
          customerId: line.customerId,
          lineId: line.id,
          incidentId: incident.id,
          ...reason,
        })),
        now,
      );
      if (lines.length < BATCH) break;
      cursor = lines.at(-1)!.id;
    }
  }
  return proposed;
}
