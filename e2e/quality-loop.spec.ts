import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";

// The quality loop end to end (issue 7): complaint → hot spot in the reports → improvement project
// started from it (baseline computed from the complaints) → a service-outcome page with a live
// figure and the project's chart, written by the quality manager and approved by someone else →
// read by an anonymous visitor. Creates its own project and page; changes nothing else.

const suffix = randomBytes(3).toString("hex");
const projectTitle = `徐汇网络质量投诉治理 ${suffix}`;
const slug = `loop-${suffix}`;
const pageTitle = `徐汇网络投诉治理进展 ${suffix}`;

test.describe.configure({ mode: "serial" });

let projectCode = "";

test("a quality manager starts an improvement project from a complaint hot spot in the reports", async ({ pageAs }) => {
  const quality = await pageAs("quality");
  await quality.goto("/admin/reports");
  const hotspots = quality.getByRole("region", { name: "投诉热点（类别 × 地区 × 套餐）" });
  const row = hotspots.getByRole("row").filter({ hasText: "网络质量" }).filter({ hasText: "徐汇" }).filter({ hasText: "M128" });
  const complaints = Number((await row.getByRole("link", { name: /^查看 \d+ 件投诉$/ }).textContent())!.match(/\d+/)![0]);
  expect(complaints).toBeGreaterThan(0);
  await row.getByRole("link", { name: "立项改进" }).click();

  await expect(quality.getByRole("heading", { level: 1, name: "新建改进项目" })).toBeVisible();
  await expect(quality.getByText("来自报表热点")).toBeVisible();
  await expect(quality.getByLabel("指标", { exact: true })).toHaveValue("complaints");
  await expect(quality.getByLabel("投诉类别", { exact: true })).toHaveValue("NETWORK_QUALITY");
  // The baseline is computed from the records over the baseline period, not typed in.
  const baseline = Number(await quality.getByTestId("baseline-value").textContent());
  expect(baseline).toBeGreaterThan(0);
  await quality.getByLabel("项目名称").fill(projectTitle);
  await quality.getByLabel("问题描述").fill("徐汇区 M128 用户网络质量投诉持续上升，集中在晚高峰室内信号弱。");
  await quality.getByRole("button", { name: "创建项目" }).click();
  await expect(quality.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible();
  await expect(quality.getByTestId("project-baseline")).toHaveText(String(baseline));
  projectCode = quality.url().match(/\/admin\/improvements\/(IMP\d{9})/)![1]!;
});

test("she writes an outcome page with a live figure and the project's chart; an admin publishes it", async ({ pageAs }) => {
  expect(projectCode).not.toBe("");
  const quality = await pageAs("quality");
  await quality.goto("/admin/outcomes/new");
  await quality.getByLabel("地址").fill(slug);
  await quality.getByLabel("关联的改进项目（选填）").selectOption(projectCode);
  await quality.getByLabel("中文标题").fill(pageTitle);
  await quality.getByLabel("中文摘要").fill("徐汇区网络质量投诉的治理进展，数据实时计算。");
  await quality.getByLabel("中文正文（Markdown）").fill("## 近 90 天网络质量投诉\n\n{{metric complaints 90 category=NETWORK_QUALITY area=上海市徐汇区}}\n\n## 治理前后\n\n{{project-chart}}");
  await quality.getByRole("button", { name: "创建草稿" }).click();
  await expect(quality.getByText("已保存（第 1 版）。")).toBeVisible();
  await quality.getByRole("button", { name: "提交审核" }).click();
  await expect(quality.getByText("已提交审核。")).toBeVisible();
  await quality.reload();
  await expect(quality.getByRole("button", { name: "审核通过并发布" })).toHaveCount(0);

  const admin = await pageAs("admin");
  await admin.goto("/admin/outcomes?status=IN_REVIEW");
  await admin.getByRole("link", { name: pageTitle }).click();
  await admin.getByRole("button", { name: "审核通过并发布" }).click();
  await expect(admin.getByText("已发布。")).toBeVisible();
});

test("an anonymous visitor reads the published page with its live figure and the project's baseline", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "服务成效" }).click();
  await page.getByRole("list", { name: "已发布的服务成效" }).getByRole("link", { name: pageTitle, exact: true }).click();
  await expect(page).toHaveURL(`/outcomes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: pageTitle })).toBeVisible();
  const figure = page.getByRole("figure", { name: /^投诉量 · 类别：网络质量/ });
  await expect(figure.getByText(/^\d+ 件$/)).toBeVisible();
  await expect(page.getByRole("figure", { name: `改进前后对比：${projectTitle}` })).toBeVisible();
  await context.close();
});
