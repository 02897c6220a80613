// Test data for the FAQ: categories and articles with search terms built as a save builds them.
import { randomUUID } from "node:crypto";
import { buildSearchTerms } from "@/lib/domain/search-terms";
import type { HelpArticleData } from "@/lib/schemas/help";
import { db } from "@/server/db";

let counter = 0;

export async function makeHelpCategory(overrides: Partial<{ slug: string; name: string; nameEn: string; sort: number }> = {}) {
  const n = ++counter;
  return db.faqCategory.create({ data: { slug: `cat-${n}-${randomUUID().slice(0, 6)}`, name: `分类${n}`, nameEn: `Category ${n}`, sort: n, ...overrides } });
}

/** A valid article input in a category (for createHelpArticle, or written straight by makeHelpArticle). */
export function helpArticleInput(categoryId: string, overrides: Partial<HelpArticleData> = {}): HelpArticleData {
  const n = ++counter;
  return {
    slug: `article-${n}-${randomUUID().slice(0, 6)}`,
    categoryId,
    title: `文章${n}`,
    titleEn: `Article ${n}`,
    body: "这是一篇测试文章的正文。",
    bodyEn: "The body of a test article.",
    published: true,
    ...overrides,
  };
}

export async function makeHelpArticle(categoryId: string, overrides: Partial<HelpArticleData> & { helpfulYes?: number; helpfulNo?: number } = {}) {
  const { helpfulYes = 0, helpfulNo = 0, ...rest } = overrides;
  const input = helpArticleInput(categoryId, rest);
  return db.faqArticle.create({ data: { ...input, searchTerms: buildSearchTerms(input), helpfulYes, helpfulNo } });
}
