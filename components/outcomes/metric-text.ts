import { useFormatter, useTranslations } from "next-intl";
import { METRICS, type MetricKey, type MetricScope } from "@/lib/domain/metrics";

// How outcome pages word a metric's value and scope (the public page, the preview, the chart).

/** A metric value in its unit ("2 件", "92.5%", "+14"). */
export function useMetricValue() {
  const t = useTranslations("outcomes.metric");
  const format = useFormatter();
  return (key: MetricKey, value: number | null) => {
    if (value === null) return t("noData");
    const unit = METRICS[key].unit;
    const shown = unit === "nps" && value > 0 ? `+${format.number(value)}` : format.number(value, { maximumFractionDigits: 1 });
    return t(`unit.${unit}`, { value: shown });
  };
}

/** The scope in words: "类别：计费收费 · 地区：北京市", or "全部记录". */
export function useScopeText() {
  const t = useTranslations("outcomes.metric");
  const tc = useTranslations("complaints.category");
  const tr = useTranslations("request.type");
  return (scope: MetricScope) => {
    const parts = (Object.entries(scope) as Array<[keyof MetricScope, string]>).map(([field, value]) => {
      const label = field === "category" && tc.has(value as "BILLING") ? tc(value as "BILLING") : field === "requestType" && tr.has(value as "COMPLAINT") ? tr(value as "COMPLAINT") : value;
      return t(`scope.${field}`, { value: label });
    });
    return parts.length ? parts.join(" · ") : t("allRecords");
  };
}
