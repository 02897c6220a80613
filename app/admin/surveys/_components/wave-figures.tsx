import { getTranslations } from "next-intl/server";
import type { MetricValue } from "@/lib/domain/metrics";
import type { BadgeTone } from "@/components/ui/badge";

export const STATUS_TONE: Record<string, BadgeTone> = { DRAFT: "neutral", SENT: "info", CLOSED: "success" };

/** The wave's headline result: NPS (−100…100) or CSI (0–100), or "no answers yet". */
export async function ResultText({ kind, result }: { kind: string; result: MetricValue }) {
  const t = await getTranslations("surveyWaves");
  if (result.value == null) return <span className="text-slate-600">{t("noResult")}</span>;
  return <span className="font-semibold tabular-nums">{kind === "CSI" ? t("csiValue", { value: result.value }) : t("npsValue", { value: result.value })}</span>;
}
