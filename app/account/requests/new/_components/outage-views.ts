import type { getFormatter, getTranslations } from "next-intl/server";
import { etaState, hoursAndMinutes, localized } from "@/lib/domain/status";
import type { LineIncident } from "@/server/dal/status-lines";
import type { OutageView } from "./outage-notice";

type Ctx = { t: Awaited<ReturnType<typeof getTranslations<"status">>>; format: Awaited<ReturnType<typeof getFormatter>>; locale: string; now: Date };

/** The outages on each line as the fault form shows them, rendered on the server in the reader's language. */
export function outageViews(byLine: Record<string, LineIncident[]>, { t, format, locale, now }: Ctx): Record<string, OutageView[]> {
  const view = (i: LineIncident): OutageView => {
    const eta = etaState(i.estimatedRestoreAt, now);
    const at = i.estimatedRestoreAt ? format.dateTime(i.estimatedRestoreAt, "short") : "";
    const span = eta.kind === "none" ? "" : t("duration", hoursAndMinutes(eta.minutes));
    return {
      code: i.code,
      title: localized(i.title, i.titleEn, locale),
      level: t(`level.${i.level}`),
      started: format.dateTime(i.startedAt, "short"),
      eta: eta.kind === "none" ? t("eta.none") : eta.kind === "left" ? t("eta.left", { at, span }) : t("eta.overdue", { at, span }),
      latest: i.latest ? `${format.dateTime(i.latest.createdAt, "short")} ${localized(i.latest.body, i.latest.bodyEn, locale)}` : null,
    };
  };
  return Object.fromEntries(Object.entries(byLine).map(([lineId, incidents]) => [lineId, incidents.map(view)]));
}
