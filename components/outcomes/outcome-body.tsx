import { useFormatter, useTranslations } from "next-intl";
import { METRICS } from "@/lib/domain/metrics";
import type { RenderedSegment } from "@/lib/domain/outcomes";
import { ArticleBody } from "../help/article-body";
import { useMetricValue, useScopeText } from "./metric-text";
import { ProjectChartView } from "./project-chart";

// An outcome page's body as readers see it — on /outcomes/[slug] and in the editor's preview
// (the same component, so the preview is exact). The HTML runs come from server/markdown.ts
// renderMarkdown (sanitized); the figures are plain data computed on the server.

const prose = "text-[1.0625rem] leading-8 [&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:tracking-tight [&_h3]:mt-8 [&_p]:my-4";

function MetricFigure({ segment }: { segment: Extract<RenderedSegment, { kind: "metric" }> }) {
  const t = useTranslations("outcomes.metric");
  const format = useFormatter();
  const valueText = useMetricValue();
  const scopeText = useScopeText();
  const day = (iso: string) => format.dateTime(new Date(iso), "date");
  return (
    <figure className="my-6 rounded-xl bg-gradient-to-br from-brand-50 to-white p-5 ring-1 ring-brand-100">
      <figcaption className="text-sm font-medium text-brand-800">
        {t(`name.${segment.key}`)} <span className="font-normal text-slate-700">· {scopeText(segment.scope)}</span>
      </figcaption>
      <p className="mt-1 text-4xl font-bold tracking-tight text-slate-900">{valueText(segment.key, segment.value)}</p>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        <span>{t("period", { days: segment.days, from: day(segment.from), to: day(segment.to) })}</span>
        <span>{t("sample", { count: segment.count })}</span>
        <span>{t(`better.${METRICS[segment.key].better}`)}</span>
      </p>
    </figure>
  );
}

function InvalidBlock({ segment }: { segment: Extract<RenderedSegment, { kind: "invalid" }> }) {
  const t = useTranslations("outcomes.blockError");
  return (
    <div role="note" className="my-4 rounded-md border border-dashed border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("note", { line: segment.line })}</p>
      <p className="mt-1 break-all font-mono text-xs">{segment.source}</p>
      <p className="mt-1">{t(segment.error)}</p>
    </div>
  );
}

export function OutcomeBody({ segments, idPrefix }: { segments: RenderedSegment[]; idPrefix: string }) {
  return (
    <div className="min-w-0">
      {segments.map((s, i) =>
        s.kind === "html" ? (
          <ArticleBody key={i} html={s.html} className={prose} />
        ) : s.kind === "metric" ? (
          <MetricFigure key={i} segment={s} />
        ) : s.kind === "chart" ? (
          <ProjectChartView key={i} id={`${idPrefix}-chart-${i}`} chart={s.chart} />
        ) : (
          <InvalidBlock key={i} segment={s} />
        ),
      )}
    </div>
  );
}
