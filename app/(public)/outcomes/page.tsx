import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { listPublishedOutcomes } from "@/server/dal/outcomes-public";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outcomes"))("title") };
}

/** 服务成效 (public, no sign-in): the published outcome pages, newest first. */
export default async function OutcomesPage() {
  const locale = await getLocale();
  const [t, format, pages] = await Promise.all([getTranslations("outcomes"), getFormatter(), listPublishedOutcomes(isLocale(locale) ? locale : DEFAULT_LOCALE)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      {pages.length ? (
        <ul aria-label={t("listLabel")} className="space-y-4">
          {pages.map((p) => (
            <li key={p.slug}>
              <article className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <time dateTime={p.publishedAt.toISOString()}>{t("publishedOn", { date: format.dateTime(p.publishedAt, "date") })}</time>
                  {p.translated ? null : <Badge>{t("onlyChinese")}</Badge>}
                </p>
                <h2 lang={p.translated ? undefined : "zh-CN"} className="mt-2 text-xl font-semibold tracking-tight text-slate-900">
                  <Link href={`/outcomes/${p.slug}`} className="hover:text-brand-700 hover:underline">
                    {p.title}
                  </Link>
                </h2>
                <p lang={p.translated ? undefined : "zh-CN"} className="mt-2 leading-7 text-slate-800">{p.summary}</p>
                <Link href={`/outcomes/${p.slug}`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline" aria-label={t("readMoreLabel", { title: p.title })}>
                  {t("readMore")}
                </Link>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      )}
    </div>
  );
}
