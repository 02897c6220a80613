import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { HELP_LIMITS } from "@/lib/schemas/help";
import { ArticleBody } from "@/components/help/article-body";
import { getHelpArticle } from "@/server/dal/help";
import { readHelpVotes } from "@/server/help-votes-cookie";
import { HelpBreadcrumb } from "../_components/breadcrumb";
import { VoteForm } from "../_components/vote-form";
import { voteHelpfulAction } from "../actions";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the same article once per request.
const load = cache(async (slug: string) => {
  if (slug.length > HELP_LIMITS.slugMax) return null;
  const locale = await getLocale();
  return getHelpArticle(isLocale(locale) ? locale : DEFAULT_LOCALE, slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  return article ? { title: article.title } : {};
}

// Public: a published article (drafts and unknown slugs are the same 404), "was this helpful?",
// and the other articles of its category.
export default async function HelpArticlePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  const [t, format, votes] = await Promise.all([getTranslations("help"), getFormatter(), readHelpVotes()]);
  return (
    <div className="mx-auto grid max-w-5xl gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article className="min-w-0">
        <HelpBreadcrumb category={article.category} />
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{article.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          <time dateTime={article.updatedAt.toISOString()}>{t("updated", { date: format.dateTime(article.updatedAt, "date") })}</time>
        </p>
        <div className="mt-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <ArticleBody html={article.html} />
        </div>
        <div className="mt-6">
          <VoteForm articleId={article.id} voted={votes.get(article.id) ?? null} action={voteHelpfulAction} />
        </div>
      </article>
      {article.related.length ? (
        <aside aria-labelledby="related-title" className="lg:pt-8">
          <h2 id="related-title" className="mb-2 font-semibold text-slate-900">
            {t("related")}
          </h2>
          <ul className="space-y-2 text-sm">
            {article.related.map((r) => (
              <li key={r.slug}>
                <Link href={`/help/${r.slug}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
