import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { HELP_LIMITS } from "@/lib/schemas/help";
import { PageHeader } from "@/components/ui/page-header";
import { getHelpCategory } from "@/server/dal/help";
import { HelpBreadcrumb } from "../../_components/breadcrumb";
import { HelpSearchForm } from "../../_components/search-form";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  if (slug.length > HELP_LIMITS.slugMax) return null;
  const locale = await getLocale();
  return getHelpCategory(isLocale(locale) ? locale : DEFAULT_LOCALE, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await load(params);
  return category ? { title: category.name } : {};
}

// Public: one category and its published articles, the most helpful first.
export default async function HelpCategoryPage({ params }: Props) {
  const category = await load(params);
  if (!category) notFound();
  const [t, format] = await Promise.all([getTranslations("help"), getFormatter()]);
  return (
    <div className="mx-auto max-w-4xl">
      <HelpBreadcrumb />
      <PageHeader title={category.name} lead={t("articleCount", { count: category.articles.length })} />
      {category.articles.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white px-4 shadow-sm ring-1 ring-slate-200">
          {category.articles.map((a) => (
            <li key={a.slug} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between">
              <Link href={`/help/${a.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {a.title}
              </Link>
              <span className="text-xs text-slate-600">{t("updated", { date: format.dateTime(a.updatedAt, "date") })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm ring-1 ring-slate-200">{t("categoryEmpty")}</p>
      )}
      <div className="mt-8">
        <HelpSearchForm q="" />
      </div>
    </div>
  );
}
