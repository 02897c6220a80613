import { beforeEach, describe, expect, it, vi } from "vitest";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { roleCan } from "@/lib/domain/permissions";
import { TITLE_PREFIX } from "@/lib/domain/search-terms";
import { updateHelpArticleSchema, type UpdateHelpArticleData } from "@/lib/schemas/help";
import { createHelpArticleAction, updateHelpArticleAction } from "@/app/admin/help/actions";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { helpArticleInput, makeHelpArticle, makeHelpCategory } from "@/prisma/test/help-factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { searchHelp } from "./help";
import {
  createHelpArticle,
  createHelpCategory,
  getHelpArticleForStaff,
  listHelpArticlesForStaff,
  listHelpCategoriesForStaff,
  previewHelpMarkdown,
  updateHelpArticle,
  updateHelpCategory,
} from "./help-admin";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const EDITORS = STAFF_ROLES.filter((r) => roleCan(r, "help:edit"));
const NON_EDITORS = STAFF_ROLES.filter((r) => !roleCan(r, "help:edit"));

function keyOf(error: unknown) {
  expect(error).toBeInstanceOf(ExpectedError);
  return { key: (error as ExpectedError).key, fieldErrors: (error as ExpectedError).fieldErrors };
}

/** The edit an editor makes from the article as it is now. */
async function editOf(id: string, changes: Partial<UpdateHelpArticleData> = {}): Promise<UpdateHelpArticleData> {
  const a = await db.faqArticle.findUniqueOrThrow({ where: { id } });
  return { id, version: a.version, slug: a.slug, categoryId: a.categoryId, title: a.title, titleEn: a.titleEn, body: a.body, bodyEn: a.bodyEn, published: a.published, ...changes };
}

describe("the permission table", () => {
  it("lets supervisors, quality managers and admins edit the FAQ, and no customer", () => {
    expect(EDITORS).toEqual(["SUPERVISOR", "QUALITY_MANAGER", "ADMIN"]);
    expect(roleCan("CUSTOMER", "help:edit")).toBe(false);
  });
});

describe("listHelpArticlesForStaff / getHelpArticleForStaff", () => {
  it("shows every staff member all articles, drafts included, with who changed them last", async () => {
    const category = await makeHelpCategory();
    const { actor: admin, user } = await makeStaff("ADMIN");
    const published = await createHelpArticle(admin, helpArticleInput(category.id));
    const draft = await createHelpArticle(admin, helpArticleInput(category.id, { published: false }));
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      const rows = await listHelpArticlesForStaff(actor);
      expect(rows.map((r) => r.id).sort(), role).toEqual([published.id, draft.id].sort());
      expect(rows.find((r) => r.id === draft.id)).toMatchObject({ published: false, version: 1, updatedBy: { displayName: user.displayName } });
      expectNoSecrets(rows);
      const one = await getHelpArticleForStaff(actor, draft.id);
      expect(one).toMatchObject({ id: draft.id, published: false, version: 1 });
      expectNoSecrets(one);
    }
  });

  it("gives customers nothing: an empty list, and not-found for an article", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const { actor } = await makeCustomer();
    expect(await listHelpArticlesForStaff(actor)).toEqual([]);
    expect(await listHelpCategoriesForStaff(actor)).toEqual([]);
    expect(await rejectionOf(() => getHelpArticleForStaff(actor, article.id))).toBeInstanceOf(NotFoundError);
  });

  it("says not-found for an unknown id", async () => {
    const { actor } = await makeStaff("AGENT");
    expect(await rejectionOf(() => getHelpArticleForStaff(actor, "nope"))).toBeInstanceOf(NotFoundError);
  });

  it("counts all and published articles per category", async () => {
    const category = await makeHelpCategory();
    await makeHelpArticle(category.id);
    await makeHelpArticle(category.id, { published: false });
    const { actor } = await makeStaff("AUDITOR");
    expect(await listHelpCategoriesForStaff(actor)).toEqual([{ id: category.id, slug: category.slug, name: category.name, nameEn: category.nameEn, sort: category.sort, articles: 2, published: 1 }]);
  });
});

describe("createHelpArticle", () => {
  it.each(EDITORS)("lets a %s create an article, searchable at once; audited", async (role) => {
    const category = await makeHelpCategory();
    const { actor } = await makeStaff(role);
    const input = helpArticleInput(category.id, { title: "携号转网需要什么条件", body: "入网满 120 天，无欠费。" });
    const created = await createHelpArticle(actor, input);
    expect(created).toEqual({ id: expect.any(String), slug: input.slug, version: 1 });
    const row = await db.faqArticle.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ title: input.title, updatedById: actor.userId, helpfulYes: 0, helpfulNo: 0 });
    expect(row.searchTerms).toEqual(expect.arrayContaining(["携号", "转网", `${TITLE_PREFIX}携号`, "欠费", "120"]));
    expect((await searchHelp("zh-CN", "携号转网")).results.map((r) => r.slug)).toEqual([input.slug]);
    expect(await auditRows("help.article.create")).toEqual([
      expect.objectContaining({ actorId: actor.userId, actorRole: role, targetType: "FaqArticle", targetId: created.id, summary: { slug: input.slug, published: true } }),
    ]);
  });

  it("refuses other staff and customers, writing nothing", async () => {
    const category = await makeHelpCategory();
    const actors = [...(await Promise.all(NON_EDITORS.map((r) => makeStaff(r)))).map((s) => s.actor), (await makeCustomer()).actor];
    for (const actor of actors) {
      expect(await rejectionOf(() => createHelpArticle(actor, helpArticleInput(category.id))), actor.role).toBeInstanceOf(ForbiddenError);
    }
    expect(await db.faqArticle.count()).toBe(0);
    expect(await auditRows("help.article.create")).toEqual([]);
  });

  it("refuses a slug in use and a category that does not exist, as field errors", async () => {
    const category = await makeHelpCategory();
    const existing = await makeHelpArticle(category.id);
    const { actor } = await makeStaff("ADMIN");
    expect(keyOf(await rejectionOf(() => createHelpArticle(actor, helpArticleInput(category.id, { slug: existing.slug }))))).toEqual({
      key: "help.errors.saveFailed",
      fieldErrors: { slug: ["help.validation.slugTaken"] },
    });
    expect(keyOf(await rejectionOf(() => createHelpArticle(actor, helpArticleInput("missing-category"))))).toEqual({
      key: "help.errors.saveFailed",
      fieldErrors: { categoryId: ["help.validation.category"] },
    });
    expect(await db.faqArticle.count()).toBe(1);
  });
});

describe("updateHelpArticle", () => {
  it("saves over the version the editor started from, recomputes the search terms, bumps the version; audited", async () => {
    const category = await makeHelpCategory();
    const other = await makeHelpCategory();
    const article = await makeHelpArticle(category.id, { title: "流量不够用怎么办", body: "订购流量包。" });
    const { actor } = await makeStaff("SUPERVISOR");
    const saved = await updateHelpArticle(actor, await editOf(article.id, { title: "宽带无法上网的排查步骤", body: "重启光猫。", categoryId: other.id, published: false }));
    expect(saved).toEqual({ id: article.id, slug: article.slug, version: 2 });
    const row = await db.faqArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ version: 2, title: "宽带无法上网的排查步骤", categoryId: other.id, published: false, updatedById: actor.userId });
    expect(row.searchTerms).toContain("光猫");
    expect(row.searchTerms).not.toContain("流量");
    expect((await auditRows("help.article.update"))[0]).toMatchObject({
      actorId: actor.userId,
      targetId: article.id,
      summary: { slug: article.slug, version: 2, changed: ["categoryId", "title", "body", "published"], published: false },
    });
    // Published again, it is found by its new words and not by the old ones.
    await updateHelpArticle(actor, await editOf(article.id, { published: true }));
    expect((await searchHelp("zh-CN", "光猫")).results.map((r) => r.slug)).toEqual([article.slug]);
    expect((await searchHelp("zh-CN", "流量")).results).toEqual([]);
  });

  it("gives the second of two editors a conflict, never a silent overwrite", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const { actor: first } = await makeStaff("SUPERVISOR");
    const { actor: second } = await makeStaff("QUALITY_MANAGER");
    const startedFrom = await editOf(article.id);
    await updateHelpArticle(first, { ...startedFrom, title: "第一位编辑的标题" });
    expect(keyOf(await rejectionOf(() => updateHelpArticle(second, { ...startedFrom, title: "第二位编辑的标题" })))).toEqual({ key: "help.errors.conflict", fieldErrors: undefined });
    const row = await db.faqArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect([row.title, row.version, row.updatedById]).toEqual(["第一位编辑的标题", 2, first.userId]);
    expect(await auditRows("help.article.update")).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const { actor: a } = await makeStaff("ADMIN");
    const { actor: b } = await makeStaff("SUPERVISOR");
    const startedFrom = await editOf(article.id);
    const results = await Promise.allSettled([updateHelpArticle(a, { ...startedFrom, title: "甲的标题" }), updateHelpArticle(b, { ...startedFrom, title: "乙的标题" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(keyOf(lost.reason).key).toBe("help.errors.conflict");
    const row = await db.faqArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.version).toBe(2);
    expect(await auditRows("help.article.update")).toHaveLength(1);
  });

  it("refuses non-editors, unknown articles and a slug another article has", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const taken = await makeHelpArticle(category.id);
    const { actor: agent } = await makeStaff("AGENT");
    const { actor: customer } = await makeCustomer();
    const { actor: admin } = await makeStaff("ADMIN");
    for (const actor of [agent, customer]) expect(await rejectionOf(async () => updateHelpArticle(actor, await editOf(article.id, { title: "改" + "标题" })))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(async () => updateHelpArticle(admin, { ...(await editOf(article.id)), id: "nope" }))).toBeInstanceOf(NotFoundError);
    expect(keyOf(await rejectionOf(async () => updateHelpArticle(admin, await editOf(article.id, { slug: taken.slug }))))).toEqual({
      key: "help.errors.saveFailed",
      fieldErrors: { slug: ["help.validation.slugTaken"] },
    });
    const row = await db.faqArticle.findUniqueOrThrow({ where: { id: article.id } });
    expect([row.version, row.title, row.slug]).toEqual([1, article.title, article.slug]);
  });
});

describe("the admin actions", () => {
  it("validate with the shared schema and change nothing on bad input", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const { user } = await makeStaff("ADMIN");
    signInAs(user);
    const bad = { ...(await editOf(article.id)), slug: "Not A Slug!", title: "x", body: "短", categoryId: "" };
    expect(updateHelpArticleSchema.safeParse(bad).success).toBe(false);
    expect(await updateHelpArticleAction(bad)).toEqual({
      ok: false,
      fieldErrors: { slug: ["help.validation.slug"], categoryId: ["help.validation.category"], title: ["help.validation.title"], body: ["help.validation.body"] },
    });
    expect((await db.faqArticle.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(1);
  });

  it("answer a customer who calls them directly with a refusal", async () => {
    const category = await makeHelpCategory();
    const { user } = await makeCustomer();
    signInAs(user);
    expect(await createHelpArticleAction(helpArticleInput(category.id))).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.faqArticle.count()).toBe(0);
  });

  it("turn a conflict into the form's message", async () => {
    const category = await makeHelpCategory();
    const article = await makeHelpArticle(category.id);
    const { user } = await makeStaff("QUALITY_MANAGER");
    signInAs(user);
    const startedFrom = await editOf(article.id);
    expect(await updateHelpArticleAction({ ...startedFrom, title: "第一次保存" })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateHelpArticleAction({ ...startedFrom, title: "过时的保存" })).toEqual({ ok: false, formError: "help.errors.conflict" });
  });
});

describe("previewHelpMarkdown", () => {
  it("renders what readers will see, sanitized, for editors only", async () => {
    const { actor: editor } = await makeStaff("SUPERVISOR");
    expect(previewHelpMarkdown(editor, "**粗体** <img src=x onerror=alert(1)> [x](javascript:alert(1))")).toBe("<p><strong>粗体</strong>  x</p>");
    const { actor: agent } = await makeStaff("AGENT");
    expect(() => previewHelpMarkdown(agent, "**粗体**")).toThrow(ForbiddenError);
  });
});

describe("help categories", () => {
  it("are created and edited by editors, against the values the editor loaded; audited", async () => {
    const { actor } = await makeStaff("ADMIN");
    const created = await createHelpCategory(actor, { slug: "roaming", name: "漫游", nameEn: "Roaming", sort: 5 });
    const original = { slug: "roaming", name: "漫游", nameEn: "Roaming", sort: 5 };
    const saved = await updateHelpCategory(actor, { id: created.id, original, slug: "roaming", name: "国际漫游", nameEn: "International roaming", sort: 5 });
    expect(saved).toEqual({ id: created.id, slug: "roaming", name: "国际漫游", nameEn: "International roaming", sort: 5 });
    // A second editor who loaded the old values gets a conflict.
    expect(keyOf(await rejectionOf(() => updateHelpCategory(actor, { id: created.id, original, slug: "roaming", name: "出境漫游", nameEn: "Roaming abroad", sort: 5 })))).toEqual({
      key: "help.errors.categoryConflict",
      fieldErrors: undefined,
    });
    expect((await db.faqCategory.findUniqueOrThrow({ where: { id: created.id } })).name).toBe("国际漫游");
    expect((await auditRows("help.category.create")).map((r) => r.targetId)).toEqual([created.id]);
    expect((await auditRows("help.category.update")).map((r) => r.summary)).toEqual([{ slug: "roaming", changed: ["name", "nameEn"] }]);
  });

  it("refuse a slug in use and non-editors", async () => {
    const existing = await makeHelpCategory();
    const { actor } = await makeStaff("SUPERVISOR");
    expect(keyOf(await rejectionOf(() => createHelpCategory(actor, { slug: existing.slug, name: "重复", nameEn: "Duplicate", sort: 1 }))).fieldErrors).toEqual({ slug: ["help.validation.slugTaken"] });
    const { actor: agent } = await makeStaff("AGENT");
    expect(await rejectionOf(() => createHelpCategory(agent, { slug: "new-one", name: "新的", nameEn: "New", sort: 1 }))).toBeInstanceOf(ForbiddenError);
    const original = { slug: existing.slug, name: existing.name, nameEn: existing.nameEn, sort: existing.sort };
    expect(await rejectionOf(() => updateHelpCategory(agent, { id: existing.id, original, ...original, name: "改名" }))).toBeInstanceOf(ForbiddenError);
    expect(await db.faqCategory.count()).toBe(1);
  });
});
