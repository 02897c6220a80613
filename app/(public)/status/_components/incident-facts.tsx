import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { etaState, hoursAndMinutes } from "@/lib/domain/status";
import { Badge } from "@/components/ui/badge";

// The facts every view of an incident shows: level, kind, services and areas as badges, and
// where its estimated restore time stands.

type Facts = { level: "I" | "II" | "III"; kind: "NETWORK" | "BUSINESS"; services: readonly string[]; areas: readonly string[] };

export async function IncidentBadges({ incident }: { incident: Facts }) {
  const [t, locale] = await Promise.all([getTranslations("status"), getLocale()]);
  return (
    <div className="flex flex-wrap gap-1.5">
      <Badge tone={incident.level === "I" ? "danger" : "warning"}>{t(`level.${incident.level}`)}</Badge>
      <Badge tone="neutral">{t(`kind.${incident.kind}`)}</Badge>
      {incident.services.map((s) => (
        <Badge key={s} tone="info">
          {t(`service.${s as "MOBILE"}`)}
        </Badge>
      ))}
      {incident.areas.map((a) => (
        <Badge key={a} tone="neutral">
          {areaLabel(a, locale)}
        </Badge>
      ))}
    </div>
  );
}

/** "预计 12-01 14:00 恢复（还有 1 小时 20 分钟）", "已超过预计恢复时间 …", or "暂无预计恢复时间". */
export async function EtaText({ estimatedRestoreAt, now }: { estimatedRestoreAt: Date | null; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("status"), getFormatter()]);
  const eta = etaState(estimatedRestoreAt, now);
  if (eta.kind === "none") return <>{t("eta.none")}</>;
  const at = format.dateTime(estimatedRestoreAt!, "short");
  const span = t("duration", hoursAndMinutes(eta.minutes));
  return eta.kind === "left" ? <>{t("eta.left", { at, span })}</> : <strong className="font-semibold text-red-800">{t("eta.overdue", { at, span })}</strong>;
}
