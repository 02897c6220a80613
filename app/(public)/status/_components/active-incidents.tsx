import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AREAS, areaLabel } from "@/lib/domain/areas";
import { localized } from "@/lib/domain/status";
import type { PublicIncident } from "@/server/dal/status";
import { EtaText, IncidentBadges } from "./incident-facts";

/** The current incidents, grouped by the areas they were declared for (one incident may be in several). */
export async function ActiveIncidents({ incidents, now }: { incidents: PublicIncident[]; now: Date }) {
  const [t, format, locale] = await Promise.all([getTranslations("status"), getFormatter(), getLocale()]);
  const order = (a: string) => {
    const i = AREAS.findIndex((x) => x.name === a);
    return i < 0 ? AREAS.length : i;
  };
  const areas = [...new Set(incidents.flatMap((i) => i.areas))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return (
    <div className="space-y-6">
      {areas.map((area) => (
        <section key={area} aria-labelledby={`area-${order(area)}-${area.length}`}>
          <h3 id={`area-${order(area)}-${area.length}`} className="mb-2 text-base font-semibold text-slate-900">
            {areaLabel(area, locale)}
          </h3>
          <ul className="space-y-3">
            {incidents
              .filter((i) => i.areas.includes(area))
              .map((i) => (
                <li key={i.code} className="rounded-md border border-amber-200 bg-amber-50/50 p-4">
                  <p className="font-semibold text-slate-900">
                    <Link href={`/status/${i.code}`} className="text-brand-800 underline">
                      {localized(i.title, i.titleEn, locale)}
                    </Link>
                    <span className="ml-2 font-mono text-xs text-slate-600">{i.code}</span>
                  </p>
                  <div className="mt-2">
                    <IncidentBadges incident={i} />
                  </div>
                  <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-slate-600">{t("startedAt")}</dt>
                    <dd>{format.dateTime(i.startedAt, "short")}</dd>
                    <dt className="text-slate-600">{t("eta.label")}</dt>
                    <dd>
                      <EtaText estimatedRestoreAt={i.estimatedRestoreAt} now={now} />
                    </dd>
                    {i.latest ? (
                      <>
                        <dt className="text-slate-600">{t("latestUpdate")}</dt>
                        <dd>
                          <span className="text-slate-600">{format.dateTime(i.latest.createdAt, "short")}</span> {localized(i.latest.body, i.latest.bodyEn, locale)}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
