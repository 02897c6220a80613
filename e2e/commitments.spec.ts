import { checkA11y, expect, expectNoHorizontalScroll, test } from "./fixtures";

// The published commitments (服务承诺): readable without signing in, each promise beside its
// measured figures and exclusions; the home page's summary; an admin publishing a new version of
// the complaint-reply promise (only its wording changes, so no other spec's figures move).

const TITLES = ["受理时限", "特殊情况受理时限", "重大故障响应", "一般故障响应", "网络故障恢复", "业务故障恢复", "投诉答复"];

test("a visitor reads every promise with its figures and what is excluded", async ({ page }) => {
  await page.goto("/commitments");
  await expect(page.getByRole("heading", { level: 1, name: "服务承诺" })).toBeVisible();
  await expect(page.getByText(/^数据计算于 .+，每 5 分钟更新一次。$/)).toBeVisible();
  for (const title of TITLES) {
    const card = page.getByRole("region", { name: title, exact: true });
    await expect(card.getByRole("heading", { level: 3, name: "最近 30 天" })).toBeVisible();
    await expect(card.getByRole("heading", { level: 3, name: "最近 90 天" })).toBeVisible();
    await expect(card.getByRole("heading", { level: 3, name: "不计入哪些情况，为什么" })).toBeVisible();
    await expect(card.getByText(/^承诺时限：/)).toBeVisible();
    await expect(card.getByText(/^第 \d+ 版，发布于 /)).toBeVisible();
  }
  // The demo's general faults past their response time: the promise reads as missed, never green.
  const general = page.getByRole("region", { name: "一般故障响应", exact: true });
  await expect(general.getByText(/^\d+ 次未达成$/).first()).toBeVisible();
  await expect(general.getByRole("img", { name: /^最近 30 天达成率 [\d.]+%$/ })).toBeVisible();
  await expect(general.getByText("全部达成")).toHaveCount(0);
  // The seeded exclusions text and the excluded cases by reason.
  const accept = page.getByRole("region", { name: "受理时限", exact: true });
  await expect(accept).toContainText("不计入：受理期限尚未到达、仍在等待受理的申请");
  await expect(accept.getByText(/^最近 30 天未计入 \d+ 个案例：$/)).toBeVisible();
  await expect(accept.getByText(/^投诉（按投诉答复时限统计）：\d+ 个$/).first()).toBeVisible();
  await checkA11y(page, "commitments");
});

test.describe("in English on a 375-px-wide phone", () => {
  test.use({ locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the commitments page reads in English and fits the screen", async ({ page }) => {
    await page.goto("/commitments");
    await expect(page.getByRole("heading", { level: 1, name: "Our service commitments" })).toBeVisible();
    const restore = page.getByRole("region", { name: "Network outage restored", exact: true });
    await expect(restore.getByText("Promise: within 2 hours")).toBeVisible();
    await expect(restore.getByRole("heading", { name: "Last 90 days" })).toBeVisible();
    await expect(restore.getByRole("heading", { name: "What is excluded, and why" })).toBeVisible();
    await page.getByText("How we count").click();
    await expect(page.getByText(/counts in the period in which its result became known/)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "commitments in English at 375 px");
  });

  test("the home page's summary reads in English and fits the screen", async ({ page }) => {
    await page.goto("/");
    const summary = page.getByRole("region", { name: "Our service commitments" });
    await expect(summary.getByRole("listitem").filter({ hasText: "Complaint answered: within 15 days" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "home in English at 375 px");
  });
});

test("the home page shows the live commitment summary and the outage box", async ({ page }) => {
  await page.goto("/");
  const summary = page.getByRole("region", { name: "我们的服务承诺" });
  const items = summary.getByRole("listitem");
  await expect(items).toHaveCount(TITLES.length);
  await expect(items.first()).toContainText("受理时限：1 天内");
  await expect(items.filter({ hasText: "一般故障响应" }).getByText(/^\d+ 次未达成$/)).toBeVisible();
  await summary.getByRole("link", { name: "查看全部承诺、统计方法和不计入的情况" }).click();
  await expect(page).toHaveURL(/\/commitments$/);

  await page.goto("/");
  const outages = page.getByRole("region", { name: /^(当前故障|所有服务运行正常。)$/ });
  await expect(outages).toBeVisible();
  if ((await outages.getByRole("heading").textContent()) === "当前故障") {
    // Every active outage links to its page on /status.
    for (const link of await outages.getByRole("link", { name: /^查看故障 INC\d{11} 的详情$/ }).all()) await expect(link).toHaveAttribute("href", /^\/status\/INC\d{11}$/);
  } else {
    await expect(outages.getByRole("link", { name: "查看服务状态" })).toHaveAttribute("href", "/status");
  }
  await checkA11y(page, "home");
});

test("an admin publishes a new version and the public page shows it", async ({ pageAs, page }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/settings");
  await admin.getByRole("main").getByRole("link", { name: "服务承诺", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "服务承诺管理" })).toBeVisible();
  await checkA11y(admin, "admin commitments");
  await admin.getByRole("link", { name: "发布“投诉答复”的新版本" }).click();
  const heading = admin.getByRole("heading", { level: 1, name: "发布新版本：投诉答复" });
  await expect(heading).toBeVisible();
  const submit = admin.getByRole("button", { name: /^发布第 \d+ 版$/ });
  const next = Number((await submit.textContent())!.match(/(\d+)/)![1]);

  await admin.getByLabel("承诺时限（分钟）").fill("十五天");
  await submit.click();
  await expect(admin.getByText("请填写整数分钟")).toBeVisible();
  await checkA11y(admin, "commitment form with an error");

  const marker = `（端到端测试 ${Date.now()}）`;
  await admin.getByLabel("承诺时限（分钟）").fill("21600");
  await admin.getByLabel("承诺内容（中文）").fill(`您的投诉在 15 日内给出答复。${marker}`);
  await submit.click();
  await expect(admin.getByText(`已发布第 ${next} 版。`)).toBeVisible();
  const history = admin.getByRole("region", { name: "版本记录" });
  await expect(history.getByRole("row", { name: new RegExp(`^${next} .*管理员 赵敏`) })).toBeVisible();
  await expect(admin.getByRole("button", { name: `发布第 ${next + 1} 版` })).toBeVisible();
  await checkA11y(admin, "commitment published");

  await page.goto("/commitments");
  const card = page.getByRole("region", { name: "投诉答复", exact: true });
  await expect(card).toContainText(marker);
  await expect(card.getByText(new RegExp(`^第 ${next} 版，发布于 `))).toBeVisible();
  await card.getByText(/^以往版本（\d+）$/).click();
  await expect(card.getByText(new RegExp(`^第 ${next - 1} 版，`))).toBeVisible();
});
