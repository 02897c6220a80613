import { useTranslations } from "next-intl";
import type { ChurnBand, ChurnReason } from "@/lib/domain/churn";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<ChurnBand, BadgeTone> = { LOW: "success", MEDIUM: "warning", HIGH: "danger" };

/** The band with the score: 高风险 · 70 分. */
export function RiskBadge({ band, score }: { band: ChurnBand; score: number }) {
  const t = useTranslations("retention");
  return <Badge tone={tones[band]}>{t("bandScore", { band: t(`band.${band}`), score })}</Badge>;
}

/** The reasons of a score, one chip per factor with its count and points (lib/domain/churn.ts). */
export function ReasonChips({ reasons }: { reasons: ChurnReason[] }) {
  const t = useTranslations("retention");
  if (!reasons.length) return <p className="text-sm text-slate-700">{t("noReasons")}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("reasonsLabel")}>
      {reasons.map((r) => (
        <li key={r.code} className="rounded-full bg-slate-100 px-2.5 py-1 text-xs text-slate-900 ring-1 ring-slate-200">
          {t(`factor.${r.code}`, { count: r.count })} <span className="font-semibold text-red-800">{t("points", { points: r.points })}</span>
        </li>
      ))}
    </ul>
  );
}
