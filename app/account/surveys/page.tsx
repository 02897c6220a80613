import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { listMySurveys, surveyPhase } from "@/server/dal/surveys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("survey"))("mine") };
}

/** 我的调查: the survey waves sent to the customer, newest first, answered or still open. */
export default async function MySurveysPage() {
  const actor = await requireCustomer("/account/surveys");
  const [t, format, locale, waves] = await Promise.all([getTranslations("survey"), getFormatter(), getLocale(), listMySurveys(actor)]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("mine")} lead={t("mineLead")} />
      {waves.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("mineEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {waves.map((w) => {
            const phase = surveyPhase(w, now);
            return (
              <li key={w.code} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/account/surveys/${w.code}`} className="font-medium text-brand-700 underline">
                    {locale === "en" ? w.titleEn : w.title}
                  </Link>
                  {w.answeredAt ? <Badge tone="success">{t("answered")}</Badge> : phase === "open" ? <Badge tone="info">{t("toAnswer")}</Badge> : <Badge>{t("ended")}</Badge>}
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  {w.answeredAt ? t("answeredAt", { at: format.dateTime(w.answeredAt, "short") }) : t("openUntil", { endsAt: format.dateTime(w.endsAt, "short") })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
