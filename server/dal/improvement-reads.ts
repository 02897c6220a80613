import "server-only";
import { IMPROVEMENT_STATUSES, parseScope, type ImprovementStatus } from "@/lib/domain/improvements";
import { METRIC_KEYS, isMetricKey, type MetricKey, type MetricScope, type MetricValue } from "@/lib/domain/metrics";
import { PERMISSIONS } from "@/lib/domain/permissions";
import type { StaffRole } from "@/lib/domain/roles";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { computeMetric, requestScopeWhere, type Period } from "./metrics";
import { BASELINE_LINK_LIMIT } from "./improvements";

// Improvement projects, the reads: improvement:read (supervisors, quality managers, admins and
// auditors). Figures shown live are computed through server/dal/metrics.ts like the stored ones.

function requireReader(actor: Actor) {
  if (actor.kind !== "staff" || !can(actor, "improvement:read")) throw new ForbiddenError();
  return actor;
}

export type ImprovementFilters = { status?: string; owner?: string; metric?: string };

/** Reads the list filters from the query string, ignoring values that are not choices. */
export function improvementFiltersFrom(search: Record<string, string | string[] | undefined>): { status?: ImprovementStatus; owner?: string; metric?: MetricKey } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  const status = one(search.status);
  const metric = one(search.metric);
  const owner = one(search.owner);
  return {
    status: status && (IMPROVEMENT_STATUSES as readonly string[]).includes(status) ? (status as ImprovementStatus) : undefined,
    metric: isMetricKey(metric) ? metric : undefined,
    owner: owner && owner.length <= 40 ? owner : undefined,
  };
}

/** The most projects one list page shows (newest change first). */
export const IMPROVEMENT_LIST_LIMIT = 100;

/** Access: improvement:read. Projects by the filters, the most recently changed first. */
export async function listImprovements(actor: Actor, filters: ReturnType<typeof improvementFiltersFrom>) {
  requireReader(actor);
  const where: Prisma.ImprovementProjectWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.owner ? { ownerId: filters.owner } : {}),
    ...(filters.metric ? { metricKey: filters.metric } : {}),
  };
  const [rows, total] = await Promise.all([
    db.improvementProject.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: IMPROVEMENT_LIST_LIMIT,
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        metricKey: true,
        metricScope: true,
        targetValue: true,
        baselineValue: true,
        baselineCount: true,
        checkValue: true,
        checkCount: true,
        checkAt: true,
        updatedAt: true,
        owner: { select: { id: true, displayName: true } },
        _count: { select: { actions: { where: { doneAt: null } } } },
      },
    }),
    db.improvementProject.count({ where }),
  ]);
  return { rows: rows.filter((r) => isMetricKey(r.metricKey)).map((r) => ({ ...r, metricKey: r.metricKey as MetricKey, metricScope: parseScope(r.metricKey as MetricKey, r.metricScope), openActions: r._count.actions })), total };
}
export type ImprovementRow = Awaited<ReturnType<typeof listImprovements>>["rows"][number];

/** Access: improvement:read. The people who may own a project (for filters and the owner change): active supervisors and quality managers. */
export async function improvementOwners(actor: Actor) {
  requireReader(actor);
  const roles = PERMISSIONS["improvement:manage"] as readonly StaffRole[];
  return db.user.findMany({ where: { role: { in: [...roles] }, disabled: false }, select: { id: true, displayName: true, role: true }, orderBy: [{ role: "asc" }, { displayName: "asc" }] });
}

/** Access: improvement:read. Active staff members, who may own an action. */
export async function improvementActionOwners(actor: Actor) {
  requireReader(actor);
  return db.user.findMany({ where: { role: { not: "CUSTOMER" }, disabled: false }, select: { id: true, displayName: true, role: true }, orderBy: [{ role: "asc" }, { displayName: "asc" }] });
}

/** Access: improvement:read. Teams and plan codes a scope can name. */
export async function improvementScopeChoices(actor: Actor) {
  requireReader(actor);
  const [teams, plans] = await Promise.all([
    db.team.findMany({ select: { id: true, name: true, nameEn: true }, orderBy: { name: "asc" } }),
    db.plan.findMany({ select: { code: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return { teams, plans };
}

/**
 * Access: improvement:manage. What a project planned now would start from: the metric over the
 * period (the baseline it would store) and the complaints it could link (complaints metric only).
 */
export async function previewBaseline(actor: Actor, key: MetricKey, scope: MetricScope, period: Period): Promise<{ value: MetricValue; requests: Array<{ srn: string; createdAt: Date; status: string }>; requestCount: number }> {
  if (actor.kind !== "staff" || !can(actor, "improvement:manage")) throw new ForbiddenError();
  const value = await computeMetric(key, scope, period);
  if (key !== "complaints") return { value, requests: [], requestCount: 0 };
  const where: Prisma.ServiceRequestWhereInput = { AND: [requestScopeWhere(key, scope), { createdAt: { gte: period.from, lt: period.to } }] };
  const [requests, requestCount] = await Promise.all([
    db.serviceRequest.findMany({ where, select: { srn: true, createdAt: true, status: true }, orderBy: { createdAt: "desc" }, take: 10 }),
    db.serviceRequest.count({ where }),
  ]);
  return { value, requests, requestCount: Math.min(requestCount, BASELINE_LINK_LIMIT) };
}

/** Access: improvement:read. A live figure (the current value over a period) for a project's metric. */
export async function liveMetric(actor: Actor, key: MetricKey, scope: MetricScope, period: Period) {
  requireReader(actor);
  return computeMetric(key, scope, period);
}

/** Access: improvement:read. One project with its PDCA record: actions, reviews, linked requests, the cycles before and after. */
export async function getImprovement(actor: Actor, code: string) {
  requireReader(actor);
  const row = await db.improvementProject.findUnique({
    where: { code },
    include: {
      owner: { select: { id: true, displayName: true } },
      actions: { include: { owner: { select: { displayName: true } } }, orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }] },
      reviews: { include: { author: { select: { displayName: true } } }, orderBy: { createdAt: "desc" } },
      requests: { include: { request: { select: { srn: true, type: true, status: true, title: true, createdAt: true } } }, orderBy: { createdAt: "asc" } },
      previous: { select: { code: true, title: true } },
      next: { select: { code: true, title: true } },
    },
  });
  if (!row || !isMetricKey(row.metricKey)) throw new NotFoundError();
  const metricKey: MetricKey = row.metricKey;
  return { ...row, metricKey, metricScope: parseScope(metricKey, row.metricScope) };
}
export type ImprovementDetail = Awaited<ReturnType<typeof getImprovement>>;

export { METRIC_KEYS };
