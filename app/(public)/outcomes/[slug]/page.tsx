import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { OUTCOME_LIMITS } from "@/lib/schemas/outcomes";
import { OutcomeBody } from "@/components/outcomes/outcome-body";
import { Alert } from "@/components/ui/alert";
import { findPublishedOutcome } from "@/server/dal/outcomes-public";
import { cachedOutcomeView } from "@/server/outcome-cache";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the same page once per request. Whether the slug is published is read
// every time (an unpublished page is gone at once); its rendered text and live figures come from
// a five-minute cache keyed by its version and language (server/outcome-cache.ts).
const load = cache(async (slug: string) => {
  if (slug.length > OUTCOME_LIMITS.slugMax) return null;
  const published = await findPublishedOutcome(slug);
  if (!published) return null;
  const locale = await getLocale();
  return cachedOutcomeView(published.id, published.version, isLocale(locale) ? locale : DEFAULT_LOCALE);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load((await params).slug);
  return view ? { title: view.title, description: view.summary } : {};
}

/** 服务成效 (public): one published page; drafts, pages in review and unpublished ones are a 404. */
export default async function OutcomePage({ params }: Props) {
  const view = await load((await params).slug);
  if (!view) notFound();
  const [t, format] = await Promise.all([getTranslations("outcomes"), getFormatter()]);
  const publishedAt = new Date(view.publishedAt);
  // An English reader of a page written only in Chinese: the Chinese parts say so.
  const lang = view.translated ? undefined : "zh-CN";
  return (
    <article className="mx-auto max-w-[44rem]">
      <Link href="/outcomes" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <header className="mt-4 border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-brand-700">{t("title")}</p>
        <h1 lang={lang} className="mt-2 text-3xl font-bold leading-tight tracking-tight text-slate-900 sm:text-4xl">{view.title}</h1>
        <p lang={lang} className="mt-4 text-lg leading-8 text-slate-700">{view.summary}</p>
        <p className="mt-4 text-sm text-slate-600">
          <time dateTime={view.publishedAt}>{t("publishedOn", { date: format.dateTime(publishedAt, "date") })}</time>
          {view.project ? <span lang={lang}> · {t("project", { code: view.project.code, title: view.project.title })}</span> : null}
        </p>
      </header>
      {view.translated ? null : (
        <Alert className="mt-6" tone="info">
          {t("notTranslated")}
        </Alert>
      )}
      <div lang={lang} className="mt-6">
        <OutcomeBody segments={view.segments} idPrefix="outcome" />
      </div>
      <p className="mt-10 border-t border-slate-200 pt-4 text-xs text-slate-600">{t("computedAt", { at: format.dateTime(new Date(view.computedAt), "short") })}</p>
    </article>
  );
}
