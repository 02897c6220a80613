import { randomBytes } from "node:crypto";
import { checkA11y, expect, expectNoHorizontalScroll, test } from "./fixtures";

// 服务成效页 (issue 7): 质检 孙丽 writes a page with a live metric block and the demo project's
// before/after chart, is stopped by a bad block, fixes it and submits; she may not approve her own
// page; 管理员 赵敏 approves it; an anonymous visitor reads it. The page is this spec's own (a
// random slug); it only reads the demo project IMP202610001 and the seeded published page.

const slug = `e2e-outcome-${randomBytes(3).toString("hex")}`;
const title = `端到端成效页 ${slug.slice(-6)}`;
const GOOD_BODY = "## 效果\n\n最近 30 天的账单类投诉：\n\n{{metric complaints 30 category=BILLING}}\n\n修复前后对比：\n\n{{project-chart}}";

test.describe.configure({ mode: "serial" });

test("a quality manager writes a page with live blocks, fixes a bad block and submits it; she cannot approve it herself", async ({ pageAs }) => {
  const page = await pageAs("quality");
  await page.goto("/admin/outcomes/new");
  await expect(page.getByRole("heading", { level: 1, name: "新建服务成效页" })).toBeVisible();
  await page.getByLabel("地址").fill(slug);
  await page.getByLabel("关联的改进项目（选填）").selectOption("IMP202610001");
  await page.getByLabel("中文标题").fill(title);
  await page.getByLabel("中文摘要").fill("修复重复扣费之后，账单类投诉的变化。");
  await page.getByLabel("中文正文（Markdown）").fill(`${GOOD_BODY}\n\n{{metric happiness 30}}`);
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByRole("region", { name: "预览：公开页面上的效果" });
  await expect(preview.getByRole("figure", { name: /^投诉量 · 类别：计费收费/ })).toContainText(/\d+ 件/);
  await expect(preview.getByRole("figure", { name: "改进前后对比：账单投诉减少" })).toBeVisible();
  await expect(preview.getByRole("note")).toContainText("无法识别的数据块（第 11 行）");
  await expect(preview.getByRole("note")).toContainText("没有这个指标");
  await checkA11y(page, "outcome editor with preview");
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page).toHaveURL(/\/admin\/outcomes\/[a-z0-9]+\?created=1$/);
  await expect(page.getByText("已保存（第 1 版）。")).toBeVisible();

  // A bad block stops the submission, with a message that says what to do.
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("正文中有无法识别的数据块，不能提交。")).toBeVisible();
  await page.getByLabel("中文正文（Markdown）").fill(GOOD_BODY);
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("已保存（第 2 版）。")).toBeVisible();
  // The saved version reaches the page's forms with the refresh that also lists the new revision.
  await expect(page.getByRole("list", { name: "修改记录，最新的在前" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("已提交审核。")).toBeVisible();
  await page.reload();
  await expect(page.getByText("待审核", { exact: true }).first()).toBeVisible();
  // No self-approval: the approve button is not offered, and the reason is given.
  await expect(page.getByText(/不能审核自己的内容/)).toBeVisible();
  await expect(page.getByRole("button", { name: "审核通过并发布" })).toHaveCount(0);
  const history = page.getByRole("list", { name: "修改记录，最新的在前" });
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("listitem").first()).toContainText("提交审核 · 质检 孙丽");
  await checkA11y(page, "outcome page in review, as its author");
});

test("an admin approves it, and an anonymous visitor reads it with its live figure and chart", async ({ pageAs, browser }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/outcomes?status=IN_REVIEW");
  await expect(admin.getByRole("heading", { level: 1, name: "服务成效页" })).toBeVisible();
  await checkA11y(admin, "outcome list, in review");
  await admin.getByRole("link", { name: title }).click();
  await admin.getByRole("button", { name: "审核通过并发布" }).click();
  await expect(admin.getByText("已发布。")).toBeVisible();
  await admin.reload();
  await expect(admin.getByText("审核人：管理员 赵敏")).toBeVisible();
  await checkA11y(admin, "published outcome page, staff view");

  // A new context with no session: the public pages need no sign-in.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/outcomes");
  await expect(page.getByRole("heading", { level: 1, name: "服务成效" })).toBeVisible();
  const list = page.getByRole("list", { name: "已发布的服务成效" });
  // Newest first: this page was published just now, before the demo's.
  await expect(list.getByRole("heading", { level: 2 }).first()).toHaveText(title);
  await expect(list.getByRole("heading", { level: 2, name: "账单投诉减少：重复扣费问题已修复" })).toBeVisible();
  await checkA11y(page, "public outcome list");
  await list.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(`/outcomes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const figure = page.getByRole("figure", { name: /^投诉量 · 类别：计费收费/ });
  await expect(figure.getByText(/^\d+ 件$/)).toBeVisible();
  await expect(figure).toContainText(/最近 30 天：\d{4}\/\d{2}\/\d{2} 至 \d{4}\/\d{2}\/\d{2}/);
  const chart = page.getByRole("figure", { name: "改进前后对比：账单投诉减少" });
  await expect(chart.getByRole("img", { name: "投诉量 改进前 1 件，改进后 0 件" })).toBeVisible();
  await expect(chart.getByRole("row", { name: /改进前（基线）/ })).toContainText("1 件");
  await expect(chart.getByText("有改善")).toBeVisible();
  await checkA11y(page, "public outcome page");
  await context.close();
});

test.describe("on a 375-px-wide phone, in English", () => {
  test.use({ locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the demo's published page reads in English and fits; a draft is not found", async ({ page }) => {
    await page.goto("/outcomes/billing-complaints-down");
    await expect(page.getByRole("heading", { level: 1, name: "Fewer billing complaints: the double charge is fixed" })).toBeVisible();
    await expect(page.getByRole("figure", { name: /^Complaints · Category: / })).toBeVisible();
    await expect(page.getByRole("table", { name: "Complaints: before and after the improvement" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "public outcome page in English at 375 px");
    // The demo's page in review is not public.
    const response = await page.goto("/outcomes/satisfaction-and-complaints");
    expect(response?.status()).toBe(404);
  });
});
