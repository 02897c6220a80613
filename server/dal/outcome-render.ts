import "server-only";
import { compareMetric, isMetricKey, type MetricScope } from "@/lib/domain/metrics";
import { blockPeriod, parseOutcomeBody } from "@/lib/domain/outcome-blocks";
import type { ChartSide, ProjectChart, RenderedSegment } from "@/lib/domain/outcomes";
import type { Prisma } from "../generated/prisma/client";
import { renderMarkdown } from "../markdown";
import { computeMetric } from "./metrics";

// Turns an outcome page's body into what readers see (docs/decisions/0019-outcome-pages.md): the
// Markdown through the FAQ's renderer and sanitizer (server/markdown.ts), each metric block
// through computeMetric over its last N days, and {{project-chart}} from the linked project's
// stored baseline and check. No access rule: callers decide who may see the page (the staff
// preview, or a published page); the figures are aggregates with no personal data.

/** What the chart reads from ImprovementProject: the stored before/after contract. */
export const chartProjectSelect = {
  code: true,
  title: true,
  metricKey: true,
  metricScope: true,
  targetValue: true,
  baselineFrom: true,
  baselineTo: true,
  baselineValue: true,
  baselineCount: true,
  checkFrom: true,
  checkTo: true,
  checkValue: true,
  checkCount: true,
} as const satisfies Prisma.ImprovementProjectSelect;
export type ChartProject = Prisma.ImprovementProjectGetPayload<{ select: typeof chartProjectSelect }>;

const SCOPE_FIELDS = ["requestType", "category", "area", "planCode", "teamId"] as const;

/** The stored scope (JSON) as a metric scope: only its string fields. */
function scopeOf(json: Prisma.JsonValue): MetricScope {
  const out: MetricScope = {};
  if (json && typeof json === "object" && !Array.isArray(json)) {
    for (const f of SCOPE_FIELDS) if (typeof json[f] === "string" && json[f]) out[f] = json[f];
  }
  return out;
}

/** The chart data of a project, or null when its metric is not in the catalogue. */
export function projectChart(p: ChartProject): ProjectChart | null {
  if (!isMetricKey(p.metricKey)) return null;
  const baseline: ChartSide = { from: p.baselineFrom.toISOString(), to: p.baselineTo.toISOString(), value: p.baselineValue, count: p.baselineCount };
  const check: ChartSide | null = p.checkFrom && p.checkTo ? { from: p.checkFrom.toISOString(), to: p.checkTo.toISOString(), value: p.checkValue, count: p.checkCount } : null;
  const { delta, verdict } = compareMetric(p.metricKey, baseline.value, check?.value ?? null);
  return { code: p.code, title: p.title, metricKey: p.metricKey, scope: scopeOf(p.metricScope), targetValue: p.targetValue, baseline, check, delta, verdict };
}

/** A body → its segments, the metric blocks computed up to `now`. Invalid blocks stay in, as notes. */
export async function renderOutcomeBody(body: string, project: ChartProject | null, now: Date): Promise<RenderedSegment[]> {
  return Promise.all(
    parseOutcomeBody(body).map(async (s): Promise<RenderedSegment> => {
      if (s.kind === "markdown") return { kind: "html", html: renderMarkdown(s.text) };
      if (s.kind === "invalid") return s;
      const { block } = s;
      if (block.kind === "projectChart") {
        const chart = project ? projectChart(project) : null;
        return chart ? { kind: "chart", chart } : { kind: "invalid", line: s.line, source: "{{project-chart}}", error: project ? "unknownMetric" : "noProject" };
      }
      const period = blockPeriod(block.days, now);
      const figure = await computeMetric(block.key, block.scope, period);
      return { kind: "metric", key: block.key, days: block.days, scope: block.scope, from: period.from.toISOString(), to: period.to.toISOString(), ...figure };
    }),
  );
}
