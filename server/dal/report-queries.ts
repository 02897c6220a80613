import "server-only";
import { METRICS, percent, type MetricKey, type MetricValue } from "@/lib/domain/metrics";
import { groupHotspots, summarizeReportKpis, type ComplaintRow, type FollowUpRow, type Hotspot, type ReportKpis, type ResolvedRow, type WinBackRow } from "@/lib/domain/report-kpis";
import { trendWindow, type ReportPeriod } from "@/lib/domain/report-period";
import type { HotspotKey } from "@/lib/schemas/reports";
import type { Prisma, RequestType } from "../generated/prisma/client";
import type { Actor } from "../actor";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { can } from "../policy";
import { NOT_FIRST_CONTACT_KINDS, computeMetric, metricSeries, requestScopeWhere, type Period } from "./metrics";

// The reports at /admin/reports (issue 7): every figure of the catalogue comes from computeMetric
// and metricSeries (server/dal/metrics.ts); this file adds only what the catalogue lacks — SLA met
// by level, complaint hot spots with their drill-down, and per-agent and per-team KPIs — with the
// same definitions (docs/metrics.md). All of it is for staff with report:read.

const REQUEST_TYPES: RequestType[] = ["SERVICE_OPENING", "FAULT_REPAIR", "BUSINESS_CHANGE", "PLAN_CHANGE", "CONSULTATION", "COMPLAINT", "TERMINATION"];
export const LEVELS = [1, 2, 3] as const;

function assertReader(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "report:read")) throw new ForbiddenError();
}

const prev = (period: ReportPeriod): Period => period.previous;

export type Compared = { current: MetricValue; previous: MetricValue };
async function compared(key: MetricKey, scope: Parameters<typeof computeMetric>[1], period: ReportPeriod): Promise<Compared> {
  const [current, previous] = await Promise.all([computeMetric(key, scope, period), computeMetric(key, scope, prev(period))]);
  return { current, previous };
}

/** SLA met (as metric slaMet) for the requests of one level (1 major, 2 general, 3 minor). */
export async function slaMetByLevel(level: number, period: Period): Promise<MetricValue> {
  const where = {
    ...requestScopeWhere("slaMet", {}),
    level,
    resolvedAt: { gte: period.from, lt: period.to },
    resolveBy: { not: null },
  } satisfies Prisma.ServiceRequestWhereInput;
  const [total, met] = await Promise.all([
    db.serviceRequest.count({ where }),
    db.serviceRequest.count({ where: { AND: [where, { resolvedAt: { lte: db.serviceRequest.fields.resolveBy } }] } }),
  ]);
  return percent(met, total);
}

/**
 * Access: report:read (supervisors, quality managers, admins, auditors). The headline figures and
 * the SLA breakdowns of a period, each beside the previous period's; the CSAT trend month by month.
 */
export async function reportOverview(actor: Actor, period: ReportPeriod) {
  assertReader(actor);
  const teams = await db.team.findMany({ where: { active: true }, select: { id: true, code: true, name: true, nameEn: true }, orderBy: { code: "asc" } });
  const [headline, csatTrend, byType, byLevel, byTeam] = await Promise.all([
    Promise.all((["complaints", "csat", "slaMet", "fcr", "reopenRate", "nps", "csi"] as const).map(async (key) => ({ key, ...(await compared(key, {}, period)) }))),
    metricSeries("csat", {}, trendWindow(period)),
    // Types with nothing resolved against a deadline in either period (consultations have none) are left out.
    Promise.all(REQUEST_TYPES.map(async (type) => ({ type, ...(await compared("slaMet", { requestType: type }, period)) }))).then((rows) => rows.filter((r) => r.current.count || r.previous.count)),
    Promise.all(LEVELS.map(async (level) => ({ level, current: await slaMetByLevel(level, period), previous: await slaMetByLevel(level, prev(period)) }))),
    Promise.all(teams.map(async (team) => ({ team, ...(await compared("slaMet", { teamId: team.id }, period)) }))),
  ]);
  return {
    headline: Object.fromEntries(headline.map((h) => [h.key, { current: h.current, previous: h.previous, unit: METRICS[h.key].unit, better: METRICS[h.key].better }])) as Record<
      (typeof headline)[number]["key"],
      Compared & { unit: string; better: "higher" | "lower" }
    >,
    csatTrend,
    byType,
    byLevel,
    byTeam,
  };
}
export type ReportOverview = Awaited<ReturnType<typeof reportOverview>>;

const complaintSelect = {
  details: true,
  customer: { select: { area: true } },
  line: { select: { area: true, plan: { select: { code: true } } } },
} satisfies Prisma.ServiceRequestSelect;

function complaintRow(r: Prisma.ServiceRequestGetPayload<{ select: typeof complaintSelect }>): ComplaintRow {
  const details = (r.details ?? {}) as Record<string, unknown>;
  return {
    category: typeof details.category === "string" ? details.category : "",
    area: r.line?.area ?? r.customer.area,
    planCode: r.line?.plan.code ?? "",
  };
}

async function complaintRows(period: Period): Promise<ComplaintRow[]> {
  const rows = await db.serviceRequest.findMany({
    where: { ...requestScopeWhere("complaints", {}), createdAt: { gte: period.from, lt: period.to } },
    select: complaintSelect,
  });
  return rows.map(complaintRow);
}

/**
 * Access: report:read. Complaint hot spots (R3.1): the period's complaints (metric complaints)
 * by category × area × plan, most first, with the previous period's count of the same cell.
 */
export async function complaintHotspots(actor: Actor, period: ReportPeriod): Promise<Hotspot[]> {
  assertReader(actor);
  const [current, previous] = await Promise.all([complaintRows(period), complaintRows(prev(period))]);
  return groupHotspots(current, previous);
}

/** The complaints of one hot spot: the catalogue's complaint scope; no plan ("") means no line. */
export function hotspotWhere(key: HotspotKey, period: Period): Prisma.ServiceRequestWhereInput {
  return {
    AND: [
      requestScopeWhere("complaints", { category: key.category || undefined, area: key.area || undefined, planCode: key.planCode || undefined }),
      key.planCode ? {} : { lineId: null },
      { createdAt: { gte: period.from, lt: period.to } },
    ],
  };
}

/**
 * Access: report:read. The complaints behind a hot spot (the drill-down), newest first. The area
 * is a prefix, as everywhere in the catalogue: 北京市 takes in 北京市朝阳区 and 北京市海淀区.
 */
export async function hotspotRequests(actor: Actor, key: HotspotKey, period: ReportPeriod) {
  assertReader(actor);
  const rows = await db.serviceRequest.findMany({
    where: hotspotWhere(key, period),
    select: {
      srn: true,
      title: true,
      status: true,
      level: true,
      createdAt: true,
      resolvedAt: true,
      team: { select: { name: true, nameEn: true } },
      ...complaintSelect,
    },
    orderBy: [{ createdAt: "desc" }, { srn: "desc" }],
    take: 500,
  });
  return rows.map((r) => ({ ...complaintRow(r), srn: r.srn, title: r.title, status: r.status, level: r.level, createdAt: r.createdAt, resolvedAt: r.resolvedAt, team: r.team }));
}
export type HotspotRequest = Awaited<ReturnType<typeof hotspotRequests>>[number];

type Resolved = ResolvedRow & { resolverId: string | null; teamId: string | null };

/** The requests resolved in the period, each with who resolved it (the last resolve event's actor). */
async function resolvedRows(period: Period): Promise<Resolved[]> {
  const rows = await db.serviceRequest.findMany({
    where: { resolvedAt: { gte: period.from, lt: period.to } },
    select: {
      teamId: true,
      resolvedAt: true,
      resolveBy: true,
      rating: { select: { score: true } },
      events: { where: { kind: { in: ["resolve", ...NOT_FIRST_CONTACT_KINDS] } }, select: { kind: true, actorId: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  return rows.map((r) => ({
    resolvedAt: r.resolvedAt!,
    resolveBy: r.resolveBy,
    rating: r.rating?.score ?? null,
    notFirstContact: r.events.some((e) => NOT_FIRST_CONTACT_KINDS.includes(e.kind)),
    resolverId: r.events.filter((e) => e.kind === "resolve").at(-1)?.actorId ?? null,
    teamId: r.teamId,
  }));
}

export type KpiRow = { id: string; name: string; nameEn: string; teamName: string | null; teamNameEn: string | null; kpis: ReportKpis };

/**
 * Access: report:read. KPIs of each staff member (R3.3, R5.4) and each team over the period. A
 * staff member is counted for the requests whose last resolution they made, the return visits
 * assigned to them and due in the period, and their win-back tasks; a team for the requests of
 * the team, the return visits on those requests, and its members' win-back tasks. Staff and teams
 * with nothing in the period are left out.
 */
export async function staffReportKpis(actor: Actor, period: ReportPeriod): Promise<{ agents: KpiRow[]; teams: KpiRow[] }> {
  assertReader(actor);
  const [resolved, followUps, winBacks, staff, teams] = await Promise.all([
    resolvedRows(period),
    db.followUp.findMany({ where: { dueAt: { gte: period.from, lt: period.to } }, select: { status: true, assigneeId: true, request: { select: { teamId: true } } } }),
    db.winBackTask.findMany({
      where: { OR: [{ createdAt: { gte: period.from, lt: period.to } }, { closedAt: { gte: period.from, lt: period.to } }] },
      select: { createdAt: true, closedAt: true, status: true, outcome: true, assigneeId: true, assignee: { select: { teamId: true } } },
    }),
    db.user.findMany({ where: { role: { not: "CUSTOMER" } }, select: { id: true, displayName: true, teamId: true }, orderBy: { displayName: "asc" } }),
    db.team.findMany({ select: { id: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  const inPeriod = (at: Date | null) => !!at && at >= period.from && at < period.to;
  const winBackRows = winBacks.map((w) => ({
    row: { createdInPeriod: inPeriod(w.createdAt), closedInPeriod: inPeriod(w.closedAt), status: w.status, outcome: w.outcome } satisfies WinBackRow,
    assigneeId: w.assigneeId,
    teamId: w.assignee?.teamId ?? null,
  }));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const summarize = (res: Resolved[], fus: FollowUpRow[], wbs: WinBackRow[]) => summarizeReportKpis(res, fus, wbs);
  const active = (k: ReportKpis) => k.handled > 0 || k.followUps.due > 0 || k.winBack.created > 0 || k.winBack.done > 0;
  const agents = staff
    .map((u) => {
      const team = u.teamId ? teamById.get(u.teamId) : undefined;
      return {
        id: u.id,
        name: u.displayName,
        nameEn: u.displayName,
        teamName: team?.name ?? null,
        teamNameEn: team?.nameEn ?? null,
        kpis: summarize(
          resolved.filter((r) => r.resolverId === u.id),
          followUps.filter((f) => f.assigneeId === u.id),
          winBackRows.filter((w) => w.assigneeId === u.id).map((w) => w.row),
        ),
      };
    })
    .filter((a) => active(a.kpis))
    .sort((a, b) => b.kpis.handled - a.kpis.handled || a.name.localeCompare(b.name, "zh-CN"));
  const teamRows = teams
    .map((t) => ({
      id: t.id,
      name: t.name,
      nameEn: t.nameEn,
      teamName: null,
      teamNameEn: null,
      kpis: summarize(
        resolved.filter((r) => r.teamId === t.id),
        followUps.filter((f) => f.request.teamId === t.id),
        winBackRows.filter((w) => w.teamId === t.id).map((w) => w.row),
      ),
    }))
    .filter((t) => active(t.kpis));
  return { agents, teams: teamRows };
}
