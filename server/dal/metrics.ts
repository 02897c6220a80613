import "server-only";
import {
  METRICS,
  csat,
  csi,
  monthBuckets,
  nps,
  percent,
  type MetricKey,
  type MetricScope,
  type MetricValue,
} from "@/lib/domain/metrics";
import type { Prisma, RequestType } from "../generated/prisma/client";
import { db } from "../db";

// The quality metrics over the records (issue 7): the one place that turns a metric key, a scope
// and a period into a figure. Reports, improvement projects (baseline and check) and outcome pages
// call it. Access: aggregated figures with no personal data; each caller checks its own
// permission (reports, improvements) or shows only published pages (outcomes).

export type Period = { from: Date; to: Date };

/** Timeline events that reopen a request. */
export const REOPEN_KINDS = ["reopen", "staffReopen"];
/** Timeline events after which a resolution is not a first-contact one (handover, reassignment, reopening). */
export const NOT_FIRST_CONTACT_KINDS = ["handedOver", "assigned", ...REOPEN_KINDS];

/** The request filter a scope stands for (only the fields the metric accepts). */
export function requestScopeWhere(key: MetricKey, scope: MetricScope): Prisma.ServiceRequestWhereInput {
  const allowed = new Set<string>(METRICS[key].scope);
  const and: Prisma.ServiceRequestWhereInput[] = [];
  if (key === "complaints") and.push({ type: "COMPLAINT" });
  else if (scope.requestType && allowed.has("requestType")) and.push({ type: scope.requestType as RequestType });
  if (scope.category && allowed.has("category")) and.push({ details: { path: ["category"], equals: scope.category } });
  if (scope.area && allowed.has("area")) {
    // The line's area where the request is about a line, else the customer's.
    and.push({ OR: [{ line: { area: { startsWith: scope.area } } }, { lineId: null, customer: { area: { startsWith: scope.area } } }] });
  }
  if (scope.planCode && allowed.has("planCode")) and.push({ line: { plan: { code: scope.planCode } } });
  if (scope.teamId && allowed.has("teamId")) and.push({ teamId: scope.teamId });
  return and.length ? { AND: and } : {};
}

async function surveyScores(kind: "NPS" | "CSI", scope: MetricScope, period: Period): Promise<number[]> {
  const rows = await db.surveyResponse.findMany({
    where: {
      createdAt: { gte: period.from, lt: period.to },
      wave: { kind },
      ...(scope.area ? { customer: { area: { startsWith: scope.area } } } : {}),
    },
    select: { score: true },
  });
  return rows.map((r) => r.score);
}

/** One metric over one period and scope. */
export async function computeMetric(key: MetricKey, scope: MetricScope, period: Period): Promise<MetricValue> {
  const scoped = requestScopeWhere(key, scope);
  const resolvedIn = { resolvedAt: { gte: period.from, lt: period.to } };
  switch (key) {
    case "complaints": {
      const count = await db.serviceRequest.count({ where: { ...scoped, createdAt: { gte: period.from, lt: period.to } } });
      return { value: count, count };
    }
    case "csat": {
      const groups = await db.rating.groupBy({
        by: ["score"],
        where: { createdAt: { gte: period.from, lt: period.to }, request: scoped },
        _count: { _all: true },
      });
      return csat(groups.flatMap((g) => Array<number>(g._count._all).fill(g.score)));
    }
    case "slaMet": {
      const where = { ...scoped, ...resolvedIn, resolveBy: { not: null } } satisfies Prisma.ServiceRequestWhereInput;
      const [total, met] = await Promise.all([
        db.serviceRequest.count({ where }),
        db.serviceRequest.count({ where: { AND: [where, { resolvedAt: { lte: db.serviceRequest.fields.resolveBy } }] } }),
      ]);
      return percent(met, total);
    }
    case "fcr": {
      const where = { ...scoped, ...resolvedIn } satisfies Prisma.ServiceRequestWhereInput;
      const [total, first] = await Promise.all([
        db.serviceRequest.count({ where }),
        db.serviceRequest.count({ where: { AND: [where, { events: { none: { kind: { in: NOT_FIRST_CONTACT_KINDS } } } }] } }),
      ]);
      return percent(first, total);
    }
    case "reopenRate": {
      const where = { ...scoped, ...resolvedIn } satisfies Prisma.ServiceRequestWhereInput;
      const [total, reopened] = await Promise.all([
        db.serviceRequest.count({ where }),
        db.serviceRequest.count({ where: { AND: [where, { events: { some: { kind: { in: REOPEN_KINDS } } } }] } }),
      ]);
      return percent(reopened, total);
    }
    case "nps":
      return nps(await surveyScores("NPS", scope, period));
    case "csi":
      return csi(await surveyScores("CSI", scope, period));
  }
}

/** A metric month by month (China time) over a period, for trend charts. */
export async function metricSeries(key: MetricKey, scope: MetricScope, period: Period) {
  const buckets = monthBuckets(period.from, period.to);
  const values = await Promise.all(buckets.map((b) => computeMetric(key, scope, b)));
  return buckets.map((b, i) => ({ label: b.label, from: b.from, to: b.to, ...values[i]! }));
}
