import "server-only";
import { buildSearchTerms } from "@/lib/domain/search-terms";
import type { HelpArticleData, HelpCategoryData, UpdateHelpArticleData, UpdateHelpCategoryData } from "@/lib/schemas/help";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db";
import type { Actor, StaffActor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";
import { renderMarkdown } from "../markdown";

// /admin/help: every staff member reads all articles, drafts included; help:edit writes them.
// Each save recomputes the article's search terms and writes an audit row in its transaction.

function isStaffReader(actor: Actor): actor is StaffActor {
  return actor.kind === "staff" && can(actor, "admin:access");
}

function requireEditor(actor: Actor): StaffActor {
  if (actor.kind !== "staff" || !can(actor, "help:edit")) throw new ForbiddenError();
  return actor;
}

const slugTaken = () => new ExpectedError("help.errors.saveFailed", { slug: ["help.validation.slugTaken"] });
const categoryMissing = () => new ExpectedError("help.errors.saveFailed", { categoryId: ["help.validation.category"] });
/** Somebody saved first (optimistic locking): nothing was written, the editor's text is still in the form. */
const conflict = () => new ExpectedError("help.errors.conflict");
const categoryConflict = () => new ExpectedError("help.errors.categoryConflict");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Access: staff with admin:access; anyone else gets an empty list. Drafts included, newest edit first. */
export async function listHelpArticlesForStaff(actor: Actor) {
  if (!isStaffReader(actor)) return [];
  return db.faqArticle.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      published: true,
      helpfulYes: true,
      helpfulNo: true,
      version: true,
      updatedAt: true,
      category: { select: { name: true, nameEn: true } },
      updatedBy: { select: { displayName: true } },
    },
  });
}
export type StaffHelpArticleRow = Awaited<ReturnType<typeof listHelpArticlesForStaff>>[number];

/** Access: staff with admin:access; anyone else gets not-found. One article as its edit form needs it. */
export async function getHelpArticleForStaff(actor: Actor, id: string) {
  if (!isStaffReader(actor)) throw new NotFoundError();
  const article = await db.faqArticle.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      categoryId: true,
      title: true,
      titleEn: true,
      body: true,
      bodyEn: true,
      published: true,
      version: true,
      updatedAt: true,
      helpfulYes: true,
      helpfulNo: true,
      updatedBy: { select: { displayName: true } },
    },
  });
  if (!article) throw new NotFoundError();
  return article;
}
export type StaffHelpArticle = Awaited<ReturnType<typeof getHelpArticleForStaff>>;

/** Access: staff with admin:access; anyone else gets an empty list. Categories with all and published counts. */
export async function listHelpCategoriesForStaff(actor: Actor) {
  if (!isStaffReader(actor)) return [];
  const rows = await db.faqCategory.findMany({
    orderBy: [{ sort: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, name: true, nameEn: true, sort: true, _count: { select: { articles: true } } },
  });
  const published = await db.faqArticle.groupBy({ by: ["categoryId"], where: { published: true }, _count: { _all: true } });
  const publishedBy = new Map(published.map((p) => [p.categoryId, p._count._all]));
  return rows.map(({ _count, ...c }) => ({ ...c, articles: _count.articles, published: publishedBy.get(c.id) ?? 0 }));
}
export type StaffHelpCategory = Awaited<ReturnType<typeof listHelpCategoriesForStaff>>[number];

async function checkSlugAndCategory(tx: Tx, input: HelpArticleData, exceptId?: string) {
  const [other, category] = await Promise.all([
    tx.faqArticle.findFirst({ where: { slug: input.slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } }),
    tx.faqCategory.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
  ]);
  if (other) throw slugTaken();
  if (!category) throw categoryMissing();
}

const contentOf = (input: HelpArticleData) => ({
  slug: input.slug,
  categoryId: input.categoryId,
  title: input.title,
  titleEn: input.titleEn,
  body: input.body,
  bodyEn: input.bodyEn,
  published: input.published,
  searchTerms: buildSearchTerms(input),
});

/** Access: help:edit. A new article (version 1) with its search terms; audited. */
export async function createHelpArticle(actor: Actor, input: HelpArticleData) {
  const editor = requireEditor(actor);
  try {
    return await db.$transaction(async (tx) => {
      await checkSlugAndCategory(tx, input);
      const article = await tx.faqArticle.create({ data: { ...contentOf(input), updatedById: editor.userId }, select: { id: true, slug: true, version: true } });
      await audit(tx, editor, { action: "help.article.create", targetType: "FaqArticle", targetId: article.id, summary: { slug: article.slug, published: input.published } });
      return article;
    });
  } catch (error) {
    // Two editors racing for one slug: the loser is told, as if the check had caught it.
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

const EDITABLE = ["slug", "categoryId", "title", "titleEn", "body", "bodyEn", "published"] as const;

/**
 * Access: help:edit. Saves over the version the editor started from; when someone saved in
 * between, nothing is written and the editor gets a conflict. Recomputes the search terms,
 * bumps the version; audited with the fields that changed.
 */
export async function updateHelpArticle(actor: Actor, input: UpdateHelpArticleData) {
  const editor = requireEditor(actor);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.faqArticle.findUnique({ where: { id: input.id }, select: { version: true, slug: true, categoryId: true, title: true, titleEn: true, body: true, bodyEn: true, published: true } });
      if (!current) throw new NotFoundError();
      if (current.version !== input.version) throw conflict();
      await checkSlugAndCategory(tx, input, input.id);
      const changed = EDITABLE.filter((k) => current[k] !== input[k]);
      const { count } = await tx.faqArticle.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...contentOf(input), updatedById: editor.userId, version: { increment: 1 } },
      });
      // A save that committed between the read above and this update.
      if (count !== 1) throw conflict();
      await audit(tx, editor, {
        action: "help.article.update",
        targetType: "FaqArticle",
        targetId: input.id,
        summary: { slug: input.slug, version: input.version + 1, changed: [...changed], published: input.published },
      });
      return { id: input.id, slug: input.slug, version: input.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Access: help:edit. What a body will look like to readers: the same renderer and sanitizer. */
export function previewHelpMarkdown(actor: Actor, body: string): string {
  requireEditor(actor);
  return renderMarkdown(body);
}

const categorySlugTaken = () => new ExpectedError("help.errors.saveFailed", { slug: ["help.validation.slugTaken"] });

/** Access: help:edit. A new category; audited. */
export async function createHelpCategory(actor: Actor, input: HelpCategoryData) {
  const editor = requireEditor(actor);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.faqCategory.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw categorySlugTaken();
      const category = await tx.faqCategory.create({ data: input, select: { id: true, slug: true, name: true, nameEn: true, sort: true } });
      await audit(tx, editor, { action: "help.category.create", targetType: "FaqCategory", targetId: category.id, summary: { slug: input.slug } });
      return category;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw categorySlugTaken();
    throw error;
  }
}

/**
 * Access: help:edit. FaqCategory has no version column, so the update matches only while the row
 * still holds the values the editor started from (`original`); otherwise a conflict. Audited.
 */
export async function updateHelpCategory(actor: Actor, input: UpdateHelpCategoryData) {
  const editor = requireEditor(actor);
  const { id, original, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.faqCategory.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError();
      if (await tx.faqCategory.findFirst({ where: { slug: data.slug, id: { not: id } }, select: { id: true } })) throw categorySlugTaken();
      const { count } = await tx.faqCategory.updateMany({ where: { id, ...original }, data });
      if (count !== 1) throw categoryConflict();
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => original[k] !== data[k]);
      await audit(tx, editor, { action: "help.category.update", targetType: "FaqCategory", targetId: id, summary: { slug: data.slug, changed } });
      return { id, ...data };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw categorySlugTaken();
    throw error;
  }
}
