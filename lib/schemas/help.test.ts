import { describe, expect, it } from "vitest";
import { HELP_LIMITS, helpArticleSchema, helpCategorySchema, helpSlugSchema, helpSuggestSchema, helpVoteSchema, previewMarkdownSchema, searchQueryFrom, updateHelpArticleSchema } from "./help";

const valid = { slug: "port-number", categoryId: "c1", title: "携号转网", titleEn: "Number porting", body: "入网满 120 天，无欠费。", bodyEn: "120 days on the network.", published: true };
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("helpSlugSchema", () => {
  it("takes lower-case words joined by single hyphens, trimming and lower-casing", () => {
    expect(helpSlugSchema.parse(" Port-Number ")).toBe("port-number");
    expect(helpSlugSchema.parse("5g-plans")).toBe("5g-plans");
  });

  it("refuses anything else, and slugs too short for /help/c to be mistaken for one", () => {
    for (const slug of ["c", "ab", "port number", "port--number", "-port", "port-", "携号转网", "port_number", "a/b", "x".repeat(HELP_LIMITS.slugMax + 1)]) {
      expect(helpSlugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });
});

describe("helpArticleSchema", () => {
  it("accepts a complete article and trims its texts", () => {
    expect(helpArticleSchema.parse({ ...valid, title: "  携号转网  ", body: "\n入网满 120 天，无欠费。\n" })).toEqual(valid);
  });

  it("names every field that is wrong with a message key", () => {
    const result = helpArticleSchema.safeParse({ slug: "No!", categoryId: "", title: "x", titleEn: "", body: "短", bodyEn: "y".repeat(HELP_LIMITS.bodyMax + 1), published: "yes" });
    expect(errorsOf(result)).toEqual({
      slug: "help.validation.slug",
      categoryId: "help.validation.category",
      title: "help.validation.title",
      titleEn: "help.validation.title",
      body: "help.validation.body",
      bodyEn: "help.validation.body",
      published: expect.any(String),
    });
  });

  it("keeps Markdown up to the limit", () => {
    const body = "# 标题\n\n".padEnd(HELP_LIMITS.bodyMax, "字");
    expect(helpArticleSchema.parse({ ...valid, body }).body).toHaveLength(HELP_LIMITS.bodyMax);
  });
});

describe("updateHelpArticleSchema", () => {
  it("needs the id and the version the edit started from", () => {
    expect(updateHelpArticleSchema.safeParse(valid).success).toBe(false);
    expect(updateHelpArticleSchema.safeParse({ ...valid, id: "a1", version: 0 }).success).toBe(false);
    expect(updateHelpArticleSchema.parse({ ...valid, id: "a1", version: 3 })).toMatchObject({ id: "a1", version: 3 });
  });
});

describe("helpCategorySchema", () => {
  it("reads the sort number from a text field and keeps it in range", () => {
    expect(helpCategorySchema.parse({ slug: "billing", name: "账单", nameEn: "Bills", sort: "20" })).toEqual({ slug: "billing", name: "账单", nameEn: "Bills", sort: 20 });
    for (const sort of ["-1", "1000", "1.5", "abc"]) expect(errorsOf(helpCategorySchema.safeParse({ slug: "billing", name: "账单", nameEn: "Bills", sort })), sort).toEqual({ sort: "help.validation.sort" });
    expect(errorsOf(helpCategorySchema.safeParse({ slug: "billing", name: "账", nameEn: "x".repeat(41), sort: 1 }))).toEqual({ name: "help.validation.categoryName", nameEn: "help.validation.categoryName" });
  });
});

describe("the public inputs", () => {
  it("take a vote of yes or no on an article id", () => {
    expect(helpVoteSchema.parse({ articleId: "a1", helpful: "no" })).toEqual({ articleId: "a1", helpful: "no" });
    expect(helpVoteSchema.safeParse({ articleId: "a1", helpful: "maybe" }).success).toBe(false);
    expect(helpVoteSchema.safeParse({ articleId: "x".repeat(41), helpful: "yes" }).success).toBe(false);
  });

  it("cap the consultation question and the preview at their form's limits", () => {
    expect(helpSuggestSchema.safeParse({ question: "字".repeat(HELP_LIMITS.questionMax) }).success).toBe(true);
    expect(helpSuggestSchema.safeParse({ question: "字".repeat(HELP_LIMITS.questionMax + 1) }).success).toBe(false);
    expect(previewMarkdownSchema.safeParse({ body: "字".repeat(HELP_LIMITS.bodyMax + 1) }).success).toBe(false);
  });

  it("cut a search query to its limit instead of refusing it", () => {
    expect(searchQueryFrom("  携号转网 ")).toBe("携号转网");
    expect(searchQueryFrom("字".repeat(500))).toHaveLength(HELP_LIMITS.queryMax);
    expect(searchQueryFrom(["宽带", "账单"])).toBe("宽带");
    expect(searchQueryFrom(undefined)).toBe("");
  });
});
