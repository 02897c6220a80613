import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";

export type ActiveIncident = { code: string; title: string; titleEn: string; areas: string[]; estimatedRestoreAt: Date | null };

/** The home page's outage box: every active incident with its areas and ETA, or "all running normally". */
export async function CurrentOutages({ incidents }: { incidents: ActiveIncident[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("home"), getFormatter(), getLocale()]);
  if (!incidents.length) {
    return (
      <section aria-labelledby="outages" className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-emerald-50 p-4 ring-1 ring-emerald-200">
        <h2 id="outages" className="font-semibold text-emerald-900">
          {t("allGood")}
        </h2>
        <Link href="/status" className="text-sm font-medium text-brand-700 underline">
          {t("statusLink")}
        </Link>
      </section>
    );
  }
  const en = locale === "en";
  return (
    <section aria-labelledby="outages" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300 sm:p-6">
      <h2 id="outages" className="text-lg font-semibold text-amber-950">
        {t("outageTitle")}
      </h2>
      <ul className="mt-3 space-y-3">
        {incidents.map((i) => (
          <li key={i.code} className="rounded-md bg-white p-3 ring-1 ring-amber-200">
            <p className="font-medium text-slate-900">{en && i.titleEn ? i.titleEn : i.title}</p>
            <p className="mt-1 text-sm text-slate-700">{t("outageAreas", { areas: i.areas.map((a) => areaLabel(a, locale)).join(en ? ", " : "、") })}</p>
            <p className="text-sm text-slate-700">{i.estimatedRestoreAt ? t("outageEta", { at: format.dateTime(i.estimatedRestoreAt, "short") }) : t("outageNoEta")}</p>
            <Link href={`/status/${i.code}`} className="mt-1 inline-block text-sm font-medium text-brand-700 underline" aria-label={t("outageLinkLabel", { code: i.code })}>
              {t("outageLink")}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link href="/status" className="text-sm font-medium text-brand-700 underline">
          {t("statusLink")}
        </Link>
      </p>
    </section>
  );
}
