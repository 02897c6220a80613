import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AREAS, areaLabel } from "@/lib/domain/areas";
import { durationMinutes, hoursAndMinutes, localized } from "@/lib/domain/status";
import { Button } from "@/components/ui/button";
import { KeysetPager } from "@/components/ui/data-table";
import type { listRestoredIncidents } from "@/server/dal/status";
import { IncidentBadges } from "./incident-facts";

type Page = Awaited<ReturnType<typeof listRestoredIncidents>>;

/** The last 90 days of restored incidents, newest first, a page at a time, filterable by area (a GET form: works without JavaScript). */
export async function History({ page, area, paged }: { page: Page; area: string | null; paged: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("status"), getFormatter(), getLocale()]);
  const query = (extra: Record<string, string>) => `/status?${new URLSearchParams({ ...(area ? { area } : {}), ...extra }).toString()}#history`;
  return (
    <div className="space-y-4">
      <form method="get" action="/status#history" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="space-y-1">
          <label htmlFor="history-area" className="block text-sm font-medium text-slate-900">
            {t("history.area")}
          </label>
          <select
            id="history-area"
            name="area"
            defaultValue={area ?? ""}
            className="block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 sm:text-sm"
          >
            <option value="">{t("history.allAreas")}</option>
            {AREAS.map((a) => (
              <option key={a.name} value={a.name}>
                {locale === "en" ? a.nameEn : a.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("history.filter")}
        </Button>
      </form>
      {page.incidents.length ? (
        <ul className="divide-y divide-slate-100">
          {page.incidents.map((i) => (
            <li key={i.code} className="py-3">
              <p className="font-medium">
                <Link href={`/status/${i.code}`} className="text-brand-800 underline">
                  {localized(i.title, i.titleEn, locale)}
                </Link>
                <span className="ml-2 font-mono text-xs text-slate-600">{i.code}</span>
              </p>
              <div className="mt-1.5">
                <IncidentBadges incident={i} />
              </div>
              <p className="mt-1.5 text-sm text-slate-700">
                {t("history.span", {
                  start: format.dateTime(i.startedAt, "short"),
                  end: format.dateTime(i.restoredAt!, "short"),
                  duration: t("duration", hoursAndMinutes(durationMinutes(i.startedAt, i.restoredAt!))),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-700">{area ? t("history.noneInArea", { area: areaLabel(area, locale) }) : t("history.none")}</p>
      )}
      <KeysetPager firstHref={paged ? query({}) : null} nextHref={page.next ? query({ after: page.next }) : null} firstLabel={t("history.newest")} nextLabel={t("history.older")} />
    </div>
  );
}
