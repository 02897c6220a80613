import { describe, expect, it } from "vitest";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeHelpArticle, makeHelpCategory } from "@/prisma/test/help-factories";
import { ExpectedError, NotFoundError } from "../action";
import { db } from "../db";
import {
  HELP_VOTE_IP_LIMIT,
  SUGGEST_LIMIT,
  getHelpArticle,
  getHelpCategory,
  listHelpCategories,
  listPopularArticles,
  searchHelp,
  suggestHelpArticles,
  voteOnArticle,
} from "./help";

// The public FAQ reads published articles only, in the reader's language. Search runs the
// array-overlap query on this engine (PGlite, or PostgreSQL in CI) and ranks in TypeScript.

async function library() {
  const billing = await makeHelpCategory({ slug: "billing", name: "账单与缴费", nameEn: "Bills and payments", sort: 1 });
  const network = await makeHelpCategory({ slug: "network", name: "网络与故障", nameEn: "Network and faults", sort: 2 });
  const bill = await makeHelpArticle(billing.id, {
    slug: "check-bill",
    title: "如何查询话费账单",
    titleEn: "How to check your phone bill",
    body: "登录后打开**账单**页面，选择月份。",
    bodyEn: "Sign in and open the **Bills** page.",
    helpfulYes: 10,
  });
  const data = await makeHelpArticle(billing.id, {
    slug: "data-running-out",
    title: "流量不够用怎么办",
    titleEn: "Running out of mobile data",
    body: "订购流量包，或升级套餐。账单中可以看到流量费用。",
    bodyEn: "Buy a data pack or upgrade your plan.",
    helpfulYes: 30,
  });
  const broadband = await makeHelpArticle(network.id, {
    slug: "broadband-not-working",
    title: "宽带无法上网的排查步骤",
    titleEn: "Broadband not working: troubleshooting",
    body: "## 看光猫指示灯\n\nLOS 灯红色闪烁说明光纤中断。\n\n<script>alert(1)</script>",
    bodyEn: "Look at the modem lights. A blinking red LOS light means the fibre is broken.",
    helpfulYes: 20,
  });
  const draft = await makeHelpArticle(billing.id, { slug: "draft-bill", title: "话费账单草稿", titleEn: "Draft about bills", body: "尚未发布的账单说明。", published: false, helpfulYes: 99 });
  return { billing, network, bill, data, broadband, draft };
}

describe("listHelpCategories", () => {
  it("lists categories in order with their published article counts, in the reader's language", async () => {
    await library();
    await makeHelpCategory({ slug: "empty", name: "空分类", nameEn: "Empty", sort: 3 });
    expect(await listHelpCategories("zh-CN")).toEqual([
      { slug: "billing", name: "账单与缴费", count: 2 },
      { slug: "network", name: "网络与故障", count: 1 },
      { slug: "empty", name: "空分类", count: 0 },
    ]);
    expect((await listHelpCategories("en")).map((c) => c.name)).toEqual(["Bills and payments", "Network and faults", "Empty"]);
  });
});

describe("listPopularArticles", () => {
  it("lists the most helpful published articles, never a draft", async () => {
    await library();
    expect(await listPopularArticles("zh-CN", 2)).toEqual([
      { slug: "data-running-out", title: "流量不够用怎么办" },
      { slug: "broadband-not-working", title: "宽带无法上网的排查步骤" },
    ]);
    expect((await listPopularArticles("en")).map((a) => a.slug)).not.toContain("draft-bill");
  });
});

describe("getHelpCategory", () => {
  it("returns a category with its published articles only; an unknown slug is null", async () => {
    await library();
    const category = await getHelpCategory("en", "billing");
    expect(category).toMatchObject({ slug: "billing", name: "Bills and payments" });
    expect(category!.articles.map((a) => [a.slug, a.title])).toEqual([
      ["data-running-out", "Running out of mobile data"],
      ["check-bill", "How to check your phone bill"],
    ]);
    expect(await getHelpCategory("zh-CN", "nope")).toBeNull();
  });
});

describe("getHelpArticle", () => {
  it("renders a published article's Markdown, sanitized, with related articles of its category", async () => {
    const { bill, broadband } = await library();
    const article = await getHelpArticle("zh-CN", "check-bill");
    expect(article).toMatchObject({ id: bill.id, slug: "check-bill", title: "如何查询话费账单", category: { slug: "billing", name: "账单与缴费" } });
    expect(article!.html).toBe("<p>登录后打开<strong>账单</strong>页面，选择月份。</p>");
    expect(article!.related).toEqual([{ slug: "data-running-out", title: "流量不够用怎么办" }]);
    const fibre = await getHelpArticle("zh-CN", broadband.slug);
    expect(fibre!.html).toContain("<h2>看光猫指示灯</h2>");
    expect(fibre!.html).not.toMatch(/script|alert/);
    expect(fibre!.related).toEqual([]);
    expect((await getHelpArticle("en", "check-bill"))!.html).toBe("<p>Sign in and open the <strong>Bills</strong> page.</p>");
  });

  it("treats a draft like a slug that does not exist", async () => {
    await library();
    expect(await getHelpArticle("zh-CN", "draft-bill")).toBeNull();
    expect(await getHelpArticle("zh-CN", "no-such-article")).toBeNull();
  });
});

describe("searchHelp", () => {
  it("finds Chinese text without spaces, title matches first, drafts never", async () => {
    await library();
    const { terms, results } = await searchHelp("zh-CN", "话费账单");
    expect(terms).toEqual(["话费", "费账", "账单"]);
    // data-running-out has only 账单, in its body: far below check-bill, so it is left out.
    expect(results).toEqual([{ slug: "check-bill", title: "如何查询话费账单", snippet: "登录后打开 账单 页面，选择月份。", category: { slug: "billing", name: "账单与缴费" } }]);
    // On its own, 账单 finds both: the title match first, then the body match. The draft never.
    expect((await searchHelp("zh-CN", "账单")).results.map((r) => r.slug)).toEqual(["check-bill", "data-running-out"]);
  });

  it("finds a longer Chinese question and leaves out weak matches", async () => {
    await library();
    const { results } = await searchHelp("zh-CN", "家里宽带无法上网了");
    expect(results.map((r) => r.slug)).toEqual(["broadband-not-working"]);
  });

  it("finds a one-character query", async () => {
    await library();
    expect((await searchHelp("zh-CN", "猫")).results.map((r) => r.slug)).toEqual(["broadband-not-working"]);
  });

  it("finds English words by their stems, whatever the reader's language", async () => {
    await library();
    expect((await searchHelp("en", "bills")).results.map((r) => r.slug)).toEqual(["check-bill"]);
    const zh = await searchHelp("zh-CN", "fibre broken");
    expect(zh.results.map((r) => r.slug)).toEqual(["broadband-not-working"]);
    // The Chinese body does not mention it, so the snippet comes from the English one.
    expect(zh.results[0]!.snippet).toContain("fibre is broken");
    expect(zh.results[0]!.title).toBe("宽带无法上网的排查步骤");
  });

  it("returns nothing for no terms, and for terms no article has", async () => {
    await library();
    expect(await searchHelp("zh-CN", "  的 ，")).toEqual({ terms: [], results: [] });
    expect((await searchHelp("zh-CN", "量子纠缠")).results).toEqual([]);
  });

  it("honours the limit and picks up an article's new terms after a save", async () => {
    const { billing } = await library();
    for (let i = 0; i < 4; i++) await makeHelpArticle(billing.id, { title: `套餐问题 ${i}` });
    expect((await searchHelp("zh-CN", "套餐", 3)).results).toHaveLength(3);
  });
});

describe("suggestHelpArticles", () => {
  it("suggests at most five published articles for a consultation question", async () => {
    const { billing } = await library();
    for (let i = 0; i < 7; i++) await makeHelpArticle(billing.id, { title: `话费问题 ${i}` });
    const suggestions = await suggestHelpArticles("zh-CN", "我想问一下话费为什么这么高");
    expect(suggestions).toHaveLength(SUGGEST_LIMIT);
    expect(suggestions.every((s) => Object.keys(s).sort().join() === "slug,title")).toBe(true);
    expect(suggestions.map((s) => s.slug)).not.toContain("draft-bill");
    expect(await suggestHelpArticles("zh-CN", "的")).toEqual([]);
  });
});

describe("voteOnArticle", () => {
  const visitor = (ip: string | null = "203.0.113.7") => ({ ip, alreadyVoted: false });

  it("counts yes and no atomically without touching the version or the update time; audited", async () => {
    const { bill } = await library();
    expect(await voteOnArticle(visitor(), { articleId: bill.id, helpful: "yes" })).toEqual({ counted: true });
    expect(await voteOnArticle(visitor(), { articleId: bill.id, helpful: "no" })).toEqual({ counted: true });
    await Promise.all([1, 2, 3].map(() => voteOnArticle(visitor(), { articleId: bill.id, helpful: "yes" })));
    const after = await db.faqArticle.findUniqueOrThrow({ where: { id: bill.id } });
    expect([after.helpfulYes, after.helpfulNo]).toEqual([bill.helpfulYes + 4, bill.helpfulNo + 1]);
    expect(after.version).toBe(bill.version);
    expect(after.updatedAt).toEqual(bill.updatedAt);
    const rows = await auditRows("help.vote");
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ actorId: null, targetType: "FaqArticle", targetId: bill.id, summary: { helpful: "yes" } });
  });

  it("counts nothing when this browser has voted before", async () => {
    const { bill } = await library();
    expect(await voteOnArticle({ ip: "203.0.113.8", alreadyVoted: true }, { articleId: bill.id, helpful: "no" })).toEqual({ counted: false });
    const after = await db.faqArticle.findUniqueOrThrow({ where: { id: bill.id } });
    expect(after.helpfulNo).toBe(bill.helpfulNo);
    expect(await auditRows("help.vote")).toEqual([]);
  });

  it("refuses drafts and unknown articles", async () => {
    const { draft } = await library();
    expect(await rejectionOf(() => voteOnArticle(visitor(), { articleId: draft.id, helpful: "yes" }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(() => voteOnArticle(visitor(), { articleId: "nope", helpful: "yes" }))).toBeInstanceOf(NotFoundError);
    expect((await db.faqArticle.findUniqueOrThrow({ where: { id: draft.id } })).helpfulYes).toBe(draft.helpfulYes);
  });

  it("stops an IP after its limit, counting nothing more; other IPs go on", async () => {
    const { bill } = await library();
    for (let i = 0; i < HELP_VOTE_IP_LIMIT; i++) await voteOnArticle(visitor("198.51.100.1"), { articleId: bill.id, helpful: "yes" });
    const error = await rejectionOf(() => voteOnArticle(visitor("198.51.100.1"), { articleId: bill.id, helpful: "yes" }));
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).key).toBe("help.errors.voteThrottled");
    expect((await db.faqArticle.findUniqueOrThrow({ where: { id: bill.id } })).helpfulYes).toBe(bill.helpfulYes + HELP_VOTE_IP_LIMIT);
    expect(await voteOnArticle(visitor("198.51.100.2"), { articleId: bill.id, helpful: "yes" })).toEqual({ counted: true });
  });
});
