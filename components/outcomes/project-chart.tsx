import { useFormatter, useTranslations } from "next-intl";
import type { ChartSide, ProjectChart } from "@/lib/domain/outcomes";
import { Badge } from "../ui/badge";
import { useMetricValue, useScopeText } from "./metric-text";

const VERDICT_TONE = { better: "success", worse: "danger", same: "neutral" } as const;

/**
 * An improvement project's before/after: two SVG bars (drawn for sighted readers; the group is
 * one image with the figures in its name) and the same figures in a table with periods, samples,
 * the change and the verdict (compareMetric). The values are the project's stored baseline and check.
 */
export function ProjectChartView({ id, chart }: { id: string; chart: ProjectChart }) {
  const t = useTranslations("outcomes.chart");
  const tm = useTranslations("outcomes.metric");
  const format = useFormatter();
  const valueText = useMetricValue();
  const scopeText = useScopeText();
  const metric = tm(`name.${chart.metricKey}`);
  const sides: Array<[string, ChartSide | null, string]> = [
    [t("baseline"), chart.baseline, "fill-slate-500"],
    [t("check"), chart.check, chart.verdict === "worse" ? "fill-red-600" : "fill-brand-600"],
  ];
  const peak = Math.max(chart.baseline.value ?? 0, chart.check?.value ?? 0, chart.targetValue ?? 0, 1) * 1.1;
  const pct = (v: number) => `${(Math.max(v, 0) / peak) * 100}%`;
  const day = (iso: string) => format.dateTime(new Date(iso), "date");
  // Periods end before `to`: a period ending at midnight reads as ending the day before.
  const lastDay = (iso: string) => format.dateTime(new Date(Date.parse(iso) - 1), "date");
  const shown = (side: ChartSide | null) => (side ? (side.value === null ? t("notMeasured") : valueText(chart.metricKey, side.value)) : t("notChecked"));
  const delta = chart.delta === null ? null : `${chart.delta > 0 ? "+" : ""}${format.number(chart.delta, { maximumFractionDigits: 1 })}`;
  return (
    <figure aria-labelledby={`${id}-title`} className="my-8 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <figcaption>
        <p id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {t("title", { title: chart.title })}
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("lead", { code: chart.code, metric, scope: scopeText(chart.scope) })}</p>
      </figcaption>
      <div role="img" aria-label={t("svgLabel", { metric, before: shown(chart.baseline), after: shown(chart.check) })} className="mt-5 space-y-4">
        {sides.map(([label, side, fill]) => (
          <div key={label}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="text-slate-700">{label}</span>
              <span className="text-base font-semibold text-slate-900">{shown(side)}</span>
            </div>
            <svg aria-hidden="true" width="100%" height="20" className="mt-1 block overflow-visible">
              <rect x="0" y="2" width="100%" height="16" rx="4" className="fill-slate-100" />
              {side?.value != null ? <rect x="0" y="2" width={pct(side.value)} height="16" rx="4" className={fill} /> : null}
              {chart.targetValue !== null ? <line x1={pct(chart.targetValue)} x2={pct(chart.targetValue)} y1="0" y2="20" strokeWidth="2" strokeDasharray="3 2" className="stroke-amber-600" /> : null}
            </svg>
          </div>
        ))}
        {chart.targetValue !== null ? (
          <p className="flex items-center gap-2 text-xs text-slate-700">
            <svg aria-hidden="true" width="10" height="14">
              <line x1="5" x2="5" y1="0" y2="14" strokeWidth="2" strokeDasharray="3 2" className="stroke-amber-600" />
            </svg>
            {t("target", { value: valueText(chart.metricKey, chart.targetValue) })}
          </p>
        ) : null}
      </div>
      <table className="mt-5 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption", { metric })}</caption>
        <thead className="text-slate-700">
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-2 pr-3 font-medium">{t("colSide")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("colPeriod")}</th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3 text-right font-medium">{t("colValue")}</th>
            <th scope="col" className="whitespace-nowrap py-2 text-right font-medium">{t("colSample")}</th>
          </tr>
        </thead>
        <tbody>
          {sides.map(([label, side]) => (
            <tr key={label} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{label}</th>
              <td className="py-2 pr-3 text-slate-700">{side ? t("periodValue", { from: day(side.from), to: lastDay(side.to) }) : "—"}</td>
              <td className="whitespace-nowrap py-2 pr-3 text-right font-medium text-slate-900">{shown(side)}</td>
              <td className="py-2 text-right text-slate-700">{side?.count ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-800">
        <span className="font-medium">{t("delta")}</span>
        <span className="font-semibold">{delta ?? "—"}</span>
        {chart.verdict ? <Badge tone={VERDICT_TONE[chart.verdict]}>{t(`verdict.${chart.verdict}`)}</Badge> : null}
      </p>
    </figure>
  );
}
