import { z } from "zod";
import { idSchema, versionSchema } from "./common";

// The FAQ / knowledge base (/help, /admin/help). One schema per form, shared by the form and its
// action. Error messages are message keys (help.validation.* or validation.*).

export const HELP_LIMITS = {
  slugMin: 3,
  slugMax: 80,
  titleMin: 2,
  titleMax: 120,
  bodyMin: 10,
  bodyMax: 20_000,
  categoryNameMax: 40,
  /** A search box query; longer input is cut, not refused (it comes from a GET form). */
  queryMax: 100,
  /** The consultation form's question (lib/schemas/request-create.ts allows 1,000). */
  questionMax: 1000,
  sortMax: 999,
} as const;

/** Lower-case letters, digits and single hyphens: `port-number`. Used in /help/<slug>. */
export const HELP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const helpSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(HELP_LIMITS.slugMin, "help.validation.slug")
  .max(HELP_LIMITS.slugMax, "help.validation.slug")
  .regex(HELP_SLUG, "help.validation.slug");

const title = z.string().trim().min(HELP_LIMITS.titleMin, "help.validation.title").max(HELP_LIMITS.titleMax, "help.validation.title");
// Markdown keeps its line breaks; only the ends are trimmed.
const body = z.string().trim().min(HELP_LIMITS.bodyMin, "help.validation.body").max(HELP_LIMITS.bodyMax, "help.validation.body");

export const helpArticleSchema = z.object({
  slug: helpSlugSchema,
  categoryId: z.string().min(1, "help.validation.category").max(40, "help.validation.category"),
  title,
  titleEn: title,
  body,
  bodyEn: body,
  published: z.boolean(),
});
export type HelpArticleInput = z.input<typeof helpArticleSchema>;
export type HelpArticleData = z.output<typeof helpArticleSchema>;

/** An edit names the version the editor started from: a newer one is a conflict, never overwritten. */
export const updateHelpArticleSchema = helpArticleSchema.extend({ id: idSchema, version: versionSchema });
export type UpdateHelpArticleInput = z.input<typeof updateHelpArticleSchema>;
export type UpdateHelpArticleData = z.output<typeof updateHelpArticleSchema>;

export const previewMarkdownSchema = z.object({ body: z.string().max(HELP_LIMITS.bodyMax, "help.validation.body") });

const categoryFields = {
  slug: helpSlugSchema,
  name: z.string().trim().min(2, "help.validation.categoryName").max(HELP_LIMITS.categoryNameMax, "help.validation.categoryName"),
  nameEn: z.string().trim().min(2, "help.validation.categoryName").max(HELP_LIMITS.categoryNameMax, "help.validation.categoryName"),
  sort: z.coerce.number<string | number>("help.validation.sort").int("help.validation.sort").min(0, "help.validation.sort").max(HELP_LIMITS.sortMax, "help.validation.sort"),
};
export const helpCategorySchema = z.object(categoryFields);
export type HelpCategoryInput = z.input<typeof helpCategorySchema>;
export type HelpCategoryData = z.output<typeof helpCategorySchema>;

/**
 * A category has no version column: an edit carries the values the editor started from, and
 * the update matches only while the row still holds them (optimistic locking on the values).
 */
export const updateHelpCategorySchema = helpCategorySchema.extend({
  id: idSchema,
  original: z.object({ slug: z.string().max(HELP_LIMITS.slugMax), name: z.string().max(200), nameEn: z.string().max(200), sort: z.number().int() }),
});
export type UpdateHelpCategoryInput = z.input<typeof updateHelpCategorySchema>;
export type UpdateHelpCategoryData = z.output<typeof updateHelpCategorySchema>;

/** "Was this helpful?" — once per article per browser. */
export const helpVoteSchema = z.object({ articleId: idSchema, helpful: z.enum(["yes", "no"], "validation.required") });
export type HelpVoteInput = z.input<typeof helpVoteSchema>;

/** What the customer has typed into the consultation form so far. */
export const helpSuggestSchema = z.object({ question: z.string().max(HELP_LIMITS.questionMax, "validation.tooLong.1000") });

/** The search box's ?q=, cut to its limit (a GET parameter is never refused). */
export function searchQueryFrom(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === "string" ? raw.trim().slice(0, HELP_LIMITS.queryMax) : "";
}
