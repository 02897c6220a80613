import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { searchQueryFrom } from "@/lib/schemas/help";
import { HighlightedText } from "@/components/help/highlighted-text";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/server/actor";
import { listHelpCategories, listPopularArticles, searchHelp } from "@/server/dal/help";
import { can } from "@/server/policy";
import { HelpSearchForm } from "./_components/search-form";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, q] = await Promise.all([getTranslations("help"), searchParams.then((sp) => searchQueryFrom(sp.q))]);
  return { title: q ? `${t("resultsTitle", { q })} · ${t("title")}` : t("title") };
}

// Public: the FAQ's front page — search (?q=) or the categories and the most helpful articles.
export default async function HelpPage({ searchParams }: Props) {
  const q = searchQueryFrom((await searchParams).q);
  const [t, rawLocale, actor] = await Promise.all([getTranslations("help"), getLocale(), getActor()]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const card = "rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          actor && can(actor, "admin:access") ? (
            <Link href="/admin/help" className="text-sm font-medium text-brand-700 underline">
              {t("staffLink")}
            </Link>
          ) : null
        }
      />
      <div className="mb-8">
        <HelpSearchForm q={q} />
      </div>
      {q ? <Results q={q} locale={locale} /> : <Browse locale={locale} card={card} />}
    </div>
  );
}

async function Results({ q, locale }: { q: string; locale: "zh-CN" | "en" }) {
  const [t, { terms, results }] = await Promise.all([getTranslations("help"), searchHelp(locale, q)]);
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" className="text-xl font-semibold text-slate-900">
        {t("resultsTitle", { q })}
      </h2>
      {results.length ? (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("resultsCount", { count: results.length })}</p>
          <ol className="mt-4 space-y-3">
            {results.map((r) => (
              <li key={r.slug} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <Link href={`/help/${r.slug}`} className="text-lg font-semibold text-brand-700 underline-offset-2 hover:underline">
                  <HighlightedText text={r.title} terms={terms} />
                </Link>
                <p className="mt-1 text-sm text-slate-700">
                  <HighlightedText text={r.snippet} terms={terms} />
                </p>
                <p className="mt-2 text-xs text-slate-600">{t("resultCategory", { name: r.category.name })}</p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="mt-3 rounded-lg bg-white p-6 text-slate-700 shadow-sm ring-1 ring-slate-200">{t("noResults", { q })}</p>
      )}
      <div className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/help" className="font-medium text-brand-700 underline">
          {t("allCategories")}
        </Link>
        <Link href="/account/requests/new/consultation" className="font-medium text-brand-700 underline">
          {t("askConsultation")}
        </Link>
      </div>
    </section>
  );
}

async function Browse({ locale, card }: { locale: "zh-CN" | "en"; card: string }) {
  const [t, categories, popular] = await Promise.all([getTranslations("help"), listHelpCategories(locale), listPopularArticles(locale)]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="categories-title">
        <h2 id="categories-title" className="mb-3 text-xl font-semibold text-slate-900">
          {t("categoriesTitle")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link href={`/help/c/${c.slug}`} className={`block h-full hover:ring-brand-600 ${card}`}>
                <span className="block font-semibold text-brand-700">{c.name}</span>
                <span className="mt-1 block text-sm text-slate-700">{t("articleCount", { count: c.count })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {popular.length ? (
        <section aria-labelledby="popular-title">
          <h2 id="popular-title" className="mb-3 text-xl font-semibold text-slate-900">
            {t("popularTitle")}
          </h2>
          <ul className={`divide-y divide-slate-200 ${card} py-1`}>
            {popular.map((a) => (
              <li key={a.slug}>
                <Link href={`/help/${a.slug}`} className="block py-3 text-brand-700 underline-offset-2 hover:underline">
                  {a.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
