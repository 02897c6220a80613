import { getTranslations } from "next-intl/server";
import { formatMetricValue } from "@/lib/domain/improvements";
import { METRICS, type MetricKey } from "@/lib/domain/metrics";

type Bar = { label: string; period: string; value: number | null; count: number };

/**
 * Before/after as two bars (SVG, described by its title and the table beside it, which carries
 * the same figures for screen readers and for reading exact values), with the target as a line.
 */
export async function BeforeAfterChart({ id, metric, before, after, target }: { id: string; metric: MetricKey; before: Bar; after: Bar; target: number | null }) {
  const t = await getTranslations("improvements.check");
  const unit = METRICS[metric].unit;
  const values = [before.value ?? 0, after.value ?? 0, target ?? 0];
  const min = unit === "nps" ? Math.min(0, ...values) : 0;
  const max = Math.max(unit === "percent" || unit === "index" ? 100 : 1, ...values) || 1;
  const W = 320;
  const H = 180;
  const top = 20;
  const bottom = 30;
  const y = (v: number) => top + ((max - v) / (max - min)) * (H - top - bottom);
  const bars = [
    { ...before, x: 60, fill: "#94a3b8" },
    { ...after, x: 190, fill: "#1d4ed8" },
  ];
  const summary = t("chartSummary", { before: formatMetricValue(unit, before.value), after: formatMetricValue(unit, after.value) });
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} className="h-auto w-full max-w-sm">
        <title id={`${id}-title`}>{summary}</title>
        <line x1="30" x2={W - 10} y1={y(0)} y2={y(0)} stroke="#475569" strokeWidth="1" />
        {bars.map((b) => {
          const v = b.value ?? 0;
          const yTop = Math.min(y(v), y(0));
          const height = Math.max(Math.abs(y(v) - y(0)), b.value == null ? 0 : 1);
          return (
            <g key={b.x}>
              <rect x={b.x} y={yTop} width="70" height={height} fill={b.fill} rx="3" />
              <text x={b.x + 35} y={yTop - 6} textAnchor="middle" fontSize="13" fontWeight="600" fill="#0f172a">
                {formatMetricValue(unit, b.value)}
              </text>
              <text x={b.x + 35} y={H - 10} textAnchor="middle" fontSize="12" fill="#334155">
                {b.label}
              </text>
            </g>
          );
        })}
        {target != null ? (
          <g>
            <line x1="40" x2={W - 10} y1={y(target)} y2={y(target)} stroke="#b45309" strokeWidth="1.5" strokeDasharray="5 4" />
            <text x={W - 10} y={y(target) - 4} textAnchor="end" fontSize="11" fill="#92400e">
              {t("targetLine", { value: formatMetricValue(unit, target) })}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="sr-only">{summary}</figcaption>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="mb-1 text-left font-medium text-slate-900">{t("tableCaption")}</caption>
          <thead className="text-left text-slate-700">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{t("colPhase")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("colPeriod")}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{t("colValue")}</th>
              <th scope="col" className="py-1 font-medium">{t("colSample")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {[before, after].map((b) => (
              <tr key={b.label}>
                <th scope="row" className="py-1 pr-3 text-left font-medium text-slate-900">{b.label}</th>
                <td className="py-1 pr-3">{b.period}</td>
                <td className="py-1 pr-3 tabular-nums">{formatMetricValue(unit, b.value)}</td>
                <td className="py-1 tabular-nums">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
