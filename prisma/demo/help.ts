import { buildSearchTerms } from "../../lib/domain/search-terms";
import type { AreaSeeder } from "./context";
import { HELP_ARTICLES, HELP_CATEGORIES } from "./help-content";

const DAY = 86_400_000;

// The FAQ: five categories and their articles in both languages (help-content.ts), with
// helpful counts, and one unpublished draft. Search terms are built as every save builds them.
export const seedHelp: AreaSeeder = async ({ prisma, now, userIds }) => {
  const categoryIds: Record<string, string> = {};
  for (const [sort, c] of HELP_CATEGORIES.entries()) {
    categoryIds[c.slug] = (await prisma.faqCategory.create({ data: { slug: c.slug, name: c.name, nameEn: c.nameEn, sort: (sort + 1) * 10 } })).id;
  }
  for (const a of HELP_ARTICLES) {
    const updatedAt = new Date(now.getTime() - a.daysAgo * DAY);
    await prisma.faqArticle.create({
      data: {
        slug: a.slug,
        categoryId: categoryIds[a.category]!,
        title: a.title,
        titleEn: a.titleEn,
        body: a.body,
        bodyEn: a.bodyEn,
        published: a.published,
        searchTerms: buildSearchTerms(a),
        helpfulYes: a.helpful[0],
        helpfulNo: a.helpful[1],
        updatedById: userIds[a.editor] ?? null,
        version: a.version,
        createdAt: new Date(updatedAt.getTime() - 30 * DAY),
        updatedAt,
      },
    });
  }
};
