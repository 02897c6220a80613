import "server-only";
import type { Locale } from "@/lib/i18n";
import { markdownToText, queryTerms, rankArticles, snippet } from "@/lib/domain/search-terms";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { audit } from "../audit";
import { ExpectedError, NotFoundError } from "../action";
import { renderMarkdown } from "../markdown";
import { lockedForMs, recordFailure, type ThrottleKey } from "../throttle";

// The public FAQ (/help): anyone may read published articles; drafts do not exist for the
// public. Texts come back in the reader's language. Search: docs/decisions/0008-chinese-search.md.

/** Results a search shows; the consultation form shows fewer. */
export const SEARCH_LIMIT = 20;
export const SUGGEST_LIMIT = 5;
/** Candidates (sharing any term with the query) ranked in TypeScript; the most helpful first. */
export const CANDIDATE_LIMIT = 500;
const RELATED_LIMIT = 5;
/** "Was this helpful?" votes one IP may cast in 15 minutes. */
export const HELP_VOTE_IP_LIMIT = 30;

const published = { published: true } as const satisfies Prisma.FaqArticleWhereInput;
const pick = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh);

/** Access: anyone. Every category in order, with how many published articles it holds. */
export async function listHelpCategories(locale: Locale) {
  const rows = await db.faqCategory.findMany({
    orderBy: [{ sort: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true, nameEn: true, _count: { select: { articles: { where: published } } } },
  });
  return rows.map((c) => ({ slug: c.slug, name: pick(locale, c.name, c.nameEn), count: c._count.articles }));
}

/** Access: anyone. The published articles readers found most helpful. */
export async function listPopularArticles(locale: Locale, limit = 6) {
  const rows = await db.faqArticle.findMany({
    where: published,
    orderBy: [{ helpfulYes: "desc" }, { slug: "asc" }],
    take: limit,
    select: { slug: true, title: true, titleEn: true },
  });
  return rows.map((a) => ({ slug: a.slug, title: pick(locale, a.title, a.titleEn) }));
}

/** Access: anyone. A category and its published articles; null when there is no such category. */
export async function getHelpCategory(locale: Locale, slug: string) {
  const category = await db.faqCategory.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      articles: { where: published, orderBy: [{ helpfulYes: "desc" }, { slug: "asc" }], select: { slug: true, title: true, titleEn: true, updatedAt: true } },
    },
  });
  if (!category) return null;
  return {
    slug: category.slug,
    name: pick(locale, category.name, category.nameEn),
    articles: category.articles.map((a) => ({ slug: a.slug, title: pick(locale, a.title, a.titleEn), updatedAt: a.updatedAt })),
  };
}

/**
 * Access: anyone, published articles only (a draft is the same 404 as a missing slug). The body
 * is rendered from Markdown and sanitized here; pages insert nothing else as HTML.
 */
export async function getHelpArticle(locale: Locale, slug: string) {
  const article = await db.faqArticle.findFirst({
    where: { slug, ...published },
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      body: true,
      bodyEn: true,
      updatedAt: true,
      categoryId: true,
      category: { select: { slug: true, name: true, nameEn: true } },
    },
  });
  if (!article) return null;
  const related = await db.faqArticle.findMany({
    where: { categoryId: article.categoryId, id: { not: article.id }, ...published },
    orderBy: [{ helpfulYes: "desc" }, { slug: "asc" }],
    take: RELATED_LIMIT,
    select: { slug: true, title: true, titleEn: true },
  });
  return {
    id: article.id,
    slug: article.slug,
    title: pick(locale, article.title, article.titleEn),
    html: renderMarkdown(pick(locale, article.body, article.bodyEn)),
    updatedAt: article.updatedAt,
    category: { slug: article.category.slug, name: pick(locale, article.category.name, article.category.nameEn) },
    related: related.map((r) => ({ slug: r.slug, title: pick(locale, r.title, r.titleEn) })),
  };
}

export type HelpSearchResult = { slug: string; title: string; snippet: string; category: { slug: string; name: string } };

/**
 * Access: anyone, published articles only. Articles sharing a term with the query (array
 * overlap on the GIN-indexed searchTerms), ranked by rankArticles(). Each result has a snippet
 * around the first match, from the body in the reader's language or else the other one.
 */
export async function searchHelp(locale: Locale, query: string, limit = SEARCH_LIMIT): Promise<{ terms: string[]; results: HelpSearchResult[] }> {
  const terms = queryTerms(query);
  if (!terms.length) return { terms, results: [] };
  const candidates = await db.faqArticle.findMany({
    where: { ...published, searchTerms: { hasSome: terms } },
    orderBy: [{ helpfulYes: "desc" }, { id: "asc" }],
    take: CANDIDATE_LIMIT,
    select: { id: true, searchTerms: true, helpfulYes: true },
  });
  const ranked = rankArticles(candidates, terms, limit);
  if (!ranked.length) return { terms, results: [] };
  const rows = await db.faqArticle.findMany({
    where: { id: { in: ranked.map((r) => r.id) }, ...published },
    select: { id: true, slug: true, title: true, titleEn: true, body: true, bodyEn: true, category: { select: { slug: true, name: true, nameEn: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const results = ranked.flatMap((r) => {
    const a = byId.get(r.id);
    if (!a) return [];
    const own = markdownToText(pick(locale, a.body, a.bodyEn));
    const other = markdownToText(pick(locale, a.bodyEn, a.body));
    const matchesOwn = terms.some((t) => own.toLowerCase().includes(t));
    const matchesOther = terms.some((t) => other.toLowerCase().includes(t));
    return [
      {
        slug: a.slug,
        title: pick(locale, a.title, a.titleEn),
        snippet: snippet(!matchesOwn && matchesOther ? other : own, terms),
        category: { slug: a.category.slug, name: pick(locale, a.category.name, a.category.nameEn) },
      },
    ];
  });
  return { terms, results };
}

/** Access: anyone. Up to SUGGEST_LIMIT published articles that may answer a consultation question. */
export async function suggestHelpArticles(locale: Locale, question: string) {
  const { results } = await searchHelp(locale, question, SUGGEST_LIMIT);
  return results.map((r) => ({ slug: r.slug, title: r.title }));
}

export function helpVoteKeys(ip: string | null): ThrottleKey[] {
  return ip ? [{ key: `help-vote:ip:${ip}`, limit: HELP_VOTE_IP_LIMIT }] : [];
}

export type HelpVisitor = { ip: string | null; /** This browser has voted on the article before (its cookie says so). */ alreadyVoted: boolean };

/**
 * Access: anyone, on a published article. One vote per article per browser (the caller reads the
 * browser's cookie) and HELP_VOTE_IP_LIMIT votes per IP in 15 minutes. Counters are incremented
 * in SQL, atomically, without touching the article's version or updatedAt; audited.
 */
export async function voteOnArticle(visitor: HelpVisitor, input: { articleId: string; helpful: "yes" | "no" }): Promise<{ counted: boolean }> {
  const article = await db.faqArticle.findFirst({ where: { id: input.articleId, ...published }, select: { id: true } });
  if (!article) throw new NotFoundError();
  if (visitor.alreadyVoted) return { counted: false };
  const keys = helpVoteKeys(visitor.ip);
  if (await lockedForMs(keys)) throw new ExpectedError("help.errors.voteThrottled");
  await recordFailure(keys);
  await db.$transaction(async (tx) => {
    const count =
      input.helpful === "yes"
        ? await tx.$executeRaw`UPDATE "FaqArticle" SET "helpfulYes" = "helpfulYes" + 1 WHERE "id" = ${article.id} AND "published" = true`
        : await tx.$executeRaw`UPDATE "FaqArticle" SET "helpfulNo" = "helpfulNo" + 1 WHERE "id" = ${article.id} AND "published" = true`;
    // Unpublished between the read and the update.
    if (count !== 1) throw new NotFoundError();
    await audit(tx, null, { action: "help.vote", targetType: "FaqArticle", targetId: article.id, summary: { helpful: input.helpful } });
  });
  return { counted: true };
}
