import "server-only";
import { maskPhone } from "@/lib/domain/mask";
import {
  chartMonths,
  checkPlanChange,
  feeDifferenceFen,
  inLockIn,
  planChangeEffectiveAt,
  recommendPlan,
  type ChangeCheck,
  type MonthUsage,
} from "@/lib/domain/plans";
import type { ServiceKind } from "@/lib/domain/roles";
import { cstMonthKey } from "@/lib/domain/time";
import { PRICE_BAND_FEN, type CatalogueQuery } from "@/lib/schemas/plans";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { lineScope } from "./scopes";

// Reads for 套餐: the public catalogue, and each line's plan, usage, recommendation and pending
// change. Plan changes are written in plan-changes.ts; the job that applies them is in
// server/jobs/plan-changes.ts.

export const planSelect = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  kind: true,
  monthlyFeeFen: true,
  dataMb: true,
  voiceMinutes: true,
  smsCount: true,
  speedMbps: true,
  contractMonths: true,
  summary: true,
  summaryEn: true,
  active: true,
} as const satisfies Prisma.PlanSelect;
export type CataloguePlan = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

const KIND_ORDER: ServiceKind[] = ["MOBILE", "BROADBAND", "IOT", "CLOUD"];
const byKindThenFee = (a: CataloguePlan, b: CataloguePlan) =>
  KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.monthlyFeeFen - b.monthlyFeeFen || a.code.localeCompare(b.code);

/** Access: anyone (the public catalogue): active plans matching the filter, by kind, then fee. */
export async function listPlans(filter: Partial<Pick<CatalogueQuery, "kind" | "price" | "noContract">> = {}) {
  const band = filter.price ? PRICE_BAND_FEN[filter.price] : null;
  const rows = await db.plan.findMany({
    where: {
      active: true,
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(band ? { monthlyFeeFen: { gte: band.min, ...(band.max === null ? {} : { lte: band.max }) } } : {}),
      ...(filter.noContract ? { contractMonths: 0 } : {}),
    },
    select: planSelect,
  });
  return rows.sort(byKindThenFee);
}

/** Access: anyone. Active plans by code, in the order asked for; unknown codes are left out. */
export async function plansByCodes(codes: string[]) {
  if (!codes.length) return [];
  const rows = await db.plan.findMany({ where: { active: true, code: { in: codes } }, select: planSelect });
  return codes.flatMap((code) => rows.filter((p) => p.code === code));
}

const lineSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  activatedAt: true,
  lockInEndsAt: true,
  plan: { select: planSelect },
  usage: { select: { month: true, dataMb: true, voiceMinutes: true, smsCount: true } },
  planChanges: {
    where: { status: "PENDING" },
    select: {
      effectiveAt: true,
      feeDiffFen: true,
      request: { select: { srn: true } },
      toPlan: { select: { code: true, name: true, nameEn: true, monthlyFeeFen: true } },
    },
    take: 1,
  },
} as const satisfies Prisma.LineSelect;
type LineRow = Prisma.LineGetPayload<{ select: typeof lineSelect }>;

/** One line's plan page: usage by month for the chart (null where there is no record), the recommendation, the pending change. */
function toLinePlan(actor: Actor, row: LineRow, plans: CataloguePlan[], now: Date) {
  const usageByMonth = new Map(row.usage.map((u) => [u.month, u]));
  const usage: MonthUsage[] = row.usage.map(({ month, dataMb, voiceMinutes, smsCount }) => ({ month, dataMb, voiceMinutes, smsCount }));
  const pending = row.planChanges[0] ?? null;
  return {
    id: row.id,
    number: actor.kind === "staff" && row.kind === "MOBILE" ? maskPhone(row.number) : row.number,
    kind: row.kind,
    status: row.status,
    lockInEndsAt: inLockIn(row.lockInEndsAt, now) ? row.lockInEndsAt : null,
    plan: row.plan,
    thisMonth: usageByMonth.get(cstMonthKey(now)) ?? null,
    chart: chartMonths(now).map((month) => ({ month, usage: usageByMonth.get(month) ?? null })),
    recommendation: recommendPlan({ current: row.plan, plans: plans.filter((p) => p.kind === row.kind), usage, lockInEndsAt: row.lockInEndsAt, now }),
    pending: pending ? { srn: pending.request.srn, effectiveAt: pending.effectiveAt, feeDiffFen: pending.feeDiffFen, toPlan: pending.toPlan } : null,
  };
}
export type LinePlan = ReturnType<typeof toLinePlan>;

async function activePlans() {
  return db.plan.findMany({ where: { active: true }, select: planSelect });
}

/** Access: the customer's own lines that are not terminated (staff have no lines of their own: none). */
export async function listMyLinePlans(actor: Actor, now = new Date()): Promise<LinePlan[]> {
  if (actor.kind !== "customer") return [];
  const [rows, plans] = await Promise.all([
    db.line.findMany({ where: { ...lineScope(actor), status: { not: "TERMINATED" } }, select: lineSelect, orderBy: [{ kind: "asc" }, { number: "asc" }] }),
    activePlans(),
  ]);
  return rows.map((row) => toLinePlan(actor, row, plans, now));
}

/** Access: lineScope — the line's owner, or staff who may read any request; otherwise null (as for a missing line). */
export async function getLinePlan(actor: Actor, lineId: string, now = new Date()): Promise<LinePlan | null> {
  const [row, plans] = await Promise.all([
    db.line.findFirst({ where: { AND: [lineScope(actor), { id: lineId, status: { not: "TERMINATED" } }] }, select: lineSelect }),
    activePlans(),
  ]);
  return row ? toLinePlan(actor, row, plans, now) : null;
}

export type ChangeOption = { plan: CataloguePlan; check: ChangeCheck; feeDiffFen: number };

/**
 * Access: as getLinePlan. The plans a line may move to (active, same kind, not its own), each
 * with the check of lib/domain/plans.ts — refused ones included, so the page can say why — and
 * the effective date a change made now would have.
 */
export async function planChangeOptions(actor: Actor, lineId: string, now = new Date()) {
  const line = await getLinePlan(actor, lineId, now);
  if (!line) return null;
  const plans = (await listPlans({ kind: line.kind })).filter((p) => p.code !== line.plan.code);
  const options: ChangeOption[] = plans.map((plan) => ({
    plan,
    check: checkPlanChange({ current: line.plan, target: plan, lockInEndsAt: line.lockInEndsAt, now }),
    feeDiffFen: feeDifferenceFen(line.plan, plan),
  }));
  return { line, options, effectiveAt: planChangeEffectiveAt(now) };
}
