import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { formatMetricValue, type ImprovementStatus } from "@/lib/domain/improvements";
import { METRICS, type MetricKey, type MetricScope } from "@/lib/domain/metrics";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONE: Record<ImprovementStatus, BadgeTone> = { PLAN: "neutral", DO: "info", CHECK: "warning", ACT: "warning", CLOSED: "success", CANCELLED: "neutral" };

/** The project's PDCA stage. */
export async function ImprovementStatusBadge({ status }: { status: ImprovementStatus }) {
  const t = await getTranslations("improvements.status");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** A metric value in its unit ("—" when nothing to compute it from). */
export function MetricValueText({ metric, value }: { metric: MetricKey; value: number | null }) {
  return <span className="tabular-nums">{formatMetricValue(METRICS[metric].unit, value)}</span>;
}

/** The scope in words: 计费收费 · 北京市 · 套餐 M58 (or 全部 when it does not narrow). */
export async function ScopeText({ scope }: { scope: MetricScope }) {
  const [t, tc, tr, locale] = await Promise.all([getTranslations("improvements"), getTranslations("complaints.category"), getTranslations("request.type"), getLocale()]);
  const parts: string[] = [];
  if (scope.requestType) parts.push(tr(scope.requestType as "COMPLAINT"));
  if (scope.category) parts.push(tc.has(scope.category) ? tc(scope.category as "BILLING") : scope.category);
  if (scope.area) parts.push(areaLabel(scope.area, locale));
  if (scope.planCode) parts.push(t("scope.planValue", { code: scope.planCode }));
  if (scope.teamId) parts.push(t("scope.teamValue"));
  return <span>{parts.length ? parts.join(" · ") : t("scope.all")}</span>;
}
