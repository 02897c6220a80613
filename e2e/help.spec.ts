import type { Page } from "@playwright/test";
import { checkA11y, expect, expectNoHorizontalScroll, gotoStatus, test, unique } from "./fixtures";

// The FAQ / knowledge base (issue 4 part 6) and the consultation form's suggestions (issue 3
// part 1): browsing, search in Chinese and English, an article and its "was this helpful?",
// editing by staff with optimistic locking, and suggestions as the customer types.
// Data: the demo FAQ (prisma/demo/help-content.ts). Only this spec changes it: votes on
// broadband-not-working and no-signal, edits to change-contact-phone and close-account.

async function inEnglish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
}

/** The "helpful" count the staff list shows for an article. */
async function helpfulCounts(staff: Page, title: string) {
  await staff.goto("/admin/help");
  const item = staff.getByRole("list", { name: "文章列表" }).getByRole("listitem").filter({ has: staff.getByRole("link", { name: title, exact: true }) });
  const text = (await item.textContent()) ?? "";
  const m = /有帮助 (\d+) · 没帮助 (\d+)/.exec(text);
  expect(m, text).not.toBeNull();
  return { yes: Number(m![1]), no: Number(m![2]) };
}

test("anyone browses the categories, opens an article and says whether it helped", async ({ page, pageAs }) => {
  test.setTimeout(180_000);
  const staff = await pageAs("supervisor");
  const before = await helpfulCounts(staff, "宽带无法上网的排查步骤");

  await test.step("帮助中心 is in the header, with the categories and their article counts", async () => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "帮助中心" }).click();
    await expect(page).toHaveURL("/help");
    await expect(page.getByRole("heading", { level: 1, name: "帮助中心" })).toBeVisible();
    const categories = page.getByRole("region", { name: "按分类浏览" }).getByRole("link");
    await expect(categories).toHaveCount(5);
    for (const [i, name] of ["账单与缴费", "套餐与业务", "网络与故障", "宽带安装", "账户与隐私"].entries()) await expect(categories.nth(i)).toContainText(name);
    // The draft (eSIM) is not counted: 套餐与业务 shows its four published articles.
    await expect(categories.nth(1)).toContainText("4 篇文章");
    await expect(page.getByRole("region", { name: "常见问题" }).getByRole("link").first()).toHaveText("流量不够用怎么办");
    await checkA11y(page, "help centre");
  });

  await test.step("a category lists its articles", async () => {
    await page.getByRole("link", { name: /^网络与故障/ }).click();
    await expect(page).toHaveURL("/help/c/network");
    await expect(page.getByRole("heading", { level: 1, name: "网络与故障" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(3 + 1); // three articles and the breadcrumb
    await checkA11y(page, "help category");
  });

  await test.step("an article: breadcrumb, rendered Markdown, update date, related questions", async () => {
    await page.getByRole("link", { name: "宽带无法上网的排查步骤" }).click();
    await expect(page).toHaveURL("/help/broadband-not-working");
    await expect(page.getByRole("heading", { level: 1, name: "宽带无法上网的排查步骤" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "导航路径" }).getByRole("link", { name: "网络与故障" })).toHaveAttribute("href", "/help/c/network");
    await expect(page.getByRole("heading", { level: 2, name: "1. 看光猫指示灯" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("光信号告警（LOS）");
    await expect(page.getByRole("link", { name: "故障报修" })).toHaveAttribute("href", "/account/requests/new/fault-repair");
    await expect(page.getByText(/^更新于 \d{4}\/\d{2}\/\d{2}$/)).toBeVisible();
    await expect(page.getByRole("complementary", { name: "同类问题" }).getByRole("link", { name: "手机没有信号怎么办" })).toBeVisible();
    await checkA11y(page, "help article");
  });

  await test.step("有帮助 counts once and thanks the reader, also after a reload", async () => {
    const vote = page.getByRole("region", { name: "这篇文章有帮助吗？" });
    await vote.getByRole("button", { name: "有帮助" }).click();
    await expect(vote.getByText("感谢您的反馈！")).toBeVisible();
    await expect(vote.getByRole("button")).toHaveCount(0);
    await checkA11y(page, "help article after a vote");
    await page.reload();
    await expect(page.getByRole("region", { name: "这篇文章有帮助吗？" }).getByText("感谢您的反馈！")).toBeVisible();
    expect(await helpfulCounts(staff, "宽带无法上网的排查步骤")).toEqual({ yes: before.yes + 1, no: before.no });
  });

  await test.step("没帮助 thanks the reader and offers to ask a person", async () => {
    await page.goto("/help/no-signal");
    const vote = page.getByRole("region", { name: "这篇文章有帮助吗？" });
    await vote.getByRole("button", { name: "没帮助" }).click();
    await expect(vote.getByText("感谢反馈，我们会改进这篇文章。")).toBeVisible();
    await expect(vote.getByRole("link", { name: "提交咨询，客服 24 小时内答复" })).toHaveAttribute("href", "/account/requests/new/consultation");
    await checkA11y(page, "help article after a no");
  });

  await test.step("a draft and an unknown article are a 404", async () => {
    expect(await gotoStatus(page, "/help/esim-guide")).toBe(404);
    expect(await gotoStatus(page, "/help/no-such-article")).toBe(404);
    expect(await gotoStatus(page, "/help/c/no-such-category")).toBe(404);
  });
});

test("search finds Chinese and English text and marks the matches", async ({ page }) => {
  test.setTimeout(180_000);
  await test.step("in Chinese, from the search box (a GET form)", async () => {
    await page.goto("/help");
    await page.getByRole("searchbox", { name: "搜索帮助文章" }).fill("携号转网");
    await page.getByRole("searchbox", { name: "搜索帮助文章" }).press("Enter");
    await expect(page).toHaveURL(`/help?q=${encodeURIComponent("携号转网")}`);
    await expect(page.getByRole("heading", { level: 2, name: "“携号转网”的搜索结果" })).toBeVisible();
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText("携号转网需要什么条件");
    await expect(first.locator("mark").first()).toHaveText("携号转网");
    await checkA11y(page, "search results");
    await first.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: "携号转网需要什么条件" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("入网满 120 天");
  });

  await test.step("a question in a sentence, without spaces, finds the right article first", async () => {
    await page.goto(`/help?q=${encodeURIComponent("家里的宽带上不了网")}`);
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText("宽带无法上网的排查步骤");
  });

  await test.step("nothing found: say so and offer a consultation", async () => {
    await page.goto(`/help?q=${encodeURIComponent("量子纠缠")}`);
    await expect(page.getByText("没有找到与“量子纠缠”相关的文章。")).toBeVisible();
    await expect(page.getByRole("link", { name: "提交咨询，客服 24 小时内答复" })).toBeVisible();
    await checkA11y(page, "search without results");
  });

  await test.step("the draft is never found", async () => {
    await page.goto("/help?q=eSIM");
    await expect(page.getByRole("link", { name: /eSIM/ })).toHaveCount(0);
  });

  await test.step("in English: English words, and Chinese words showing English titles", async () => {
    await inEnglish(page);
    await page.goto("/help");
    await page.getByRole("searchbox", { name: "Search help articles" }).fill("porting");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Results for “porting”" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText("Number porting: keeping your number with another operator");
    await checkA11y(page, "search results in English");
    await page.goto(`/help?q=${encodeURIComponent("话费账单")}`);
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText("How to check your phone bill");
  });
});

test.describe("on a 375-px-wide phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the help centre, a search and an article fit, in both languages", async ({ page }) => {
    test.setTimeout(180_000);
    for (const language of ["zh-CN", "en"] as const) {
      if (language === "en") await inEnglish(page);
      for (const url of ["/help", `/help?q=${encodeURIComponent("宽带无法上网")}`, "/help/c/billing", "/help/broadband-not-working", "/help/port-number"]) {
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await checkA11y(page, `${url} at 375 px (${language})`);
      }
    }
  });
});

test("an editor changes an article and the change shows publicly; a second editor gets a conflict", async ({ page, pageAs }) => {
  test.setTimeout(180_000);
  const tag = unique();
  const supervisor = await pageAs("supervisor");

  await test.step("the staff list shows every article, the draft too", async () => {
    await supervisor.goto("/admin/help");
    await expect(supervisor.getByRole("heading", { level: 1, name: "帮助文章" })).toBeVisible();
    const list = supervisor.getByRole("list", { name: "文章列表" });
    await expect(list.getByRole("listitem").filter({ hasText: "eSIM 开通指南（草稿）" })).toContainText("草稿");
    await checkA11y(supervisor, "staff help list");
  });

  await test.step("edit with a preview, save: the version goes up", async () => {
    const item = supervisor.getByRole("list", { name: "文章列表" }).getByRole("listitem").filter({ has: supervisor.getByRole("link", { name: "如何修改联系电话", exact: true }) });
    await item.getByRole("link", { name: /^编辑/ }).click();
    await expect(supervisor.getByRole("heading", { level: 1, name: "如何修改联系电话" })).toBeVisible();
    const body = supervisor.getByLabel("中文正文（Markdown）");
    await body.fill(`${await body.inputValue()}\n\n## 营业厅办理\n\n也可以携带身份证件到营业厅修改（编号 ${tag}）。<script>alert(1)</script>`);
    await supervisor.getByRole("button", { name: "预览" }).click();
    const preview = supervisor.getByRole("region", { name: "预览：读者看到的效果" });
    await expect(preview.getByRole("heading", { name: "营业厅办理" })).toBeVisible();
    await expect(preview).toContainText(`编号 ${tag}`);
    await expect(preview).not.toContainText("alert(1)");
    await checkA11y(supervisor, "article editor with preview");
    await supervisor.getByRole("button", { name: "保存", exact: true }).click();
    await expect(supervisor.getByText(/^已保存（第 \d+ 版）。$/)).toBeVisible();
  });

  await test.step("readers see the change at once, and search finds it", async () => {
    await page.goto("/help/change-contact-phone");
    await expect(page.getByRole("heading", { level: 2, name: "营业厅办理" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`编号 ${tag}`);
    await expect(page.getByRole("main")).not.toContainText("alert(1)");
    await page.goto(`/help?q=${tag}`);
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toHaveText("如何修改联系电话");
  });

  await test.step("two editors open the same article; the second to save gets a conflict, not an overwrite", async () => {
    const admin = await pageAs("admin");
    for (const p of [supervisor, admin]) {
      await p.goto("/admin/help");
      await p.getByRole("list", { name: "文章列表" }).getByRole("listitem").filter({ has: p.getByRole("link", { name: "如何销户", exact: true }) }).getByRole("link", { name: /^编辑/ }).click();
      await expect(p.getByRole("heading", { level: 1, name: "如何销户" })).toBeVisible();
    }
    await supervisor.getByLabel("英文标题").fill(`Closing a number or service (${tag})`);
    await supervisor.getByRole("button", { name: "保存", exact: true }).click();
    await expect(supervisor.getByText(/^已保存（第 \d+ 版）。$/)).toBeVisible();
    await admin.getByLabel("英文标题").fill("Closing your account — overwritten?");
    await admin.getByRole("button", { name: "保存", exact: true }).click();
    await expect(admin.getByText("这篇文章在您编辑期间已被他人修改，您的修改没有保存。", { exact: false })).toBeVisible();
    await expect(admin.getByLabel("英文标题")).toHaveValue("Closing your account — overwritten?");
    await expect(admin.getByRole("link", { name: /打开最新版本/ })).toBeVisible();
    await checkA11y(admin, "article editor after a conflict");
    await inEnglish(page);
    await page.goto("/help/close-account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Closing a number or service (${tag})`);
  });

  await test.step("an agent reads but cannot edit; a customer does not see the staff pages", async () => {
    const agent = await pageAs("agent");
    await agent.goto("/admin/help");
    await expect(agent.getByText("您可以查看文章，编辑需要班长、质量经理或管理员权限。")).toBeVisible();
    await expect(agent.getByRole("link", { name: "新建文章" })).toHaveCount(0);
    await checkA11y(agent, "staff help list, read-only");
    expect(await gotoStatus(agent, "/admin/help/new")).toBe(404);
    const customer = await pageAs("li");
    expect(await gotoStatus(customer, "/admin/help")).toBe(404);
  });
});

test("the consultation form suggests articles as the customer types", async ({ pageAs }) => {
  test.setTimeout(180_000);
  const page = await pageAs("li");

  await test.step("in Chinese: suggestions appear after a pause, and open in a new tab", async () => {
    await page.goto("/account/requests/new/consultation");
    await expect(page.getByRole("heading", { level: 1, name: "咨询" })).toBeVisible();
    await expect(page.getByRole("region", { name: "相关帮助文章" })).toHaveCount(0);
    await page.getByRole("textbox", { name: "您的问题" }).pressSequentially("手机没有信号", { delay: 40 });
    const suggestions = page.getByRole("region", { name: "相关帮助文章" });
    await expect(suggestions.getByRole("heading", { name: "这些文章也许能回答您的问题" })).toBeVisible();
    const link = suggestions.getByRole("link", { name: /手机没有信号怎么办/ });
    await expect(link).toHaveAttribute("href", "/help/no-signal");
    await expect(link).toHaveAttribute("target", "_blank");
    expect(await suggestions.getByRole("link").count()).toBeLessThanOrEqual(5);
    await checkA11y(page, "consultation form with suggestions");
    // Clearing the question clears the suggestions; the form is untouched otherwise.
    await page.getByRole("textbox", { name: "您的问题" }).fill("");
    await expect(suggestions).toHaveCount(0);
  });

  await test.step("in English on a phone", async () => {
    await inEnglish(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/account/requests/new/consultation");
    await page.getByRole("textbox", { name: "Your question" }).pressSequentially("How do I port my number?", { delay: 20 });
    const suggestions = page.getByRole("region", { name: "Related help articles" });
    await expect(suggestions.getByRole("link").first()).toContainText("Number porting");
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "consultation form with suggestions, English, 375 px");
  });
});
