import type { Browser } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, DEMO_PASSWORD, expect, expectNoHorizontalScroll, fillSignIn, gotoStatus, srnFromUrl, test, unique } from "./fixtures";

// Customer 360 (issue 5, part 7): an agent finds 周敏 by her phone's last four digits, reads her
// record, and files a fault she reports by phone; the request shows the channel 电话 to staff and
// to her. An auditor reads the same record (read-only) and finds the customer.view audit rows.
// 周敏's fault goes on 13800000004, the line termination.spec leaves alone; tests run in order.

/** The auditor is not one of the saved sessions: sign in through the form in a context of its own. */
async function signInAuditor(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await fillSignIn(page, "auditor@demo.servicehall.cn", DEMO_PASSWORD);
  await expect(page).toHaveURL("/admin");
  return page;
}



test("an agent finds 周敏 by phone tail, reads her 360 and files a fault by phone for her", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const agent = await pageAs("agent");
  const note = `代客报修 ${unique()}：来电称打不出电话，重启无效。`;
  let srn = "";
  let customerPath = "";

  await test.step("the search, by the last four digits of her phone", async () => {
    await agent.goto("/admin");
    await agent.getByRole("link", { name: "客户", exact: true }).click();
    await expect(agent.getByRole("heading", { level: 1, name: "客户查询" })).toBeVisible();
    await agent.getByLabel("查找").fill("0004");
    await agent.getByRole("button", { name: "查询" }).click();
    await expect(agent).toHaveURL(/\/admin\/customers\?q=0004/);
    const results = agent.getByRole("list", { name: "查询结果" }).getByRole("listitem");
    await expect(results).toHaveCount(1);
    await expect(results).toContainText("周敏");
    await expect(results).toContainText("138****0004");
    await expect(results).not.toContainText("13800000004");
    await checkA11y(agent, "customer search");
    await results.getByRole("link").click();
  });

  await test.step("her 360: profile masked, lines, requests and consents", async () => {
    await expect(agent.getByRole("heading", { level: 1, name: "客户视图 · 周敏" })).toBeVisible();
    customerPath = new URL(agent.url()).pathname;
    await expect(agent.getByText("本次查看已记入审计日志。")).toBeVisible();
    const profile = agent.getByRole("region", { name: "客户资料" });
    await expect(profile).toContainText("138****0004");
    await expect(profile).toContainText("z*******@example.com");
    await expect(profile).toContainText("4403**********4321");
    await expect(profile).toContainText("已实名");
    const lines = agent.getByRole("region", { name: "号码与套餐" });
    await expect(lines).toContainText("138****0004");
    await expect(lines).toContainText("畅享 58 元套餐");
    await expect(agent.getByRole("region", { name: "进行中的申请" })).toBeVisible();
    await expect(agent.getByRole("region", { name: "历史申请" })).toBeVisible();
    const consents = agent.getByRole("region", { name: "授权与同意" });
    await expect(consents.getByRole("list", { name: "当前状态" })).toContainText("隐私政策");
    await expect(consents.getByRole("list", { name: "当前状态" }).getByRole("listitem").filter({ hasText: "营销短信" })).toContainText("已撤回");
    await expect(consents.getByRole("list", { name: "同意历史" })).toContainText("注册时");
    await checkA11y(agent, "customer 360");
  });

  await test.step("a fault taken by phone on her behalf, with the customer form's own checks", async () => {
    await agent.getByRole("link", { name: "代客提交申请" }).click();
    await expect(agent.getByRole("heading", { level: 1, name: "代客提交申请 · 周敏" })).toBeVisible();
    await agent.getByRole("radio", { name: "电话" }).check();
    await agent.getByLabel("申请类型", { exact: true }).selectOption({ label: "故障报修" });
    await agent.getByRole("button", { name: "继续" }).click();
    await expect(agent).toHaveURL(/channel=PHONE/);
    const form = agent.getByRole("region", { name: "故障报修 · 电话受理" });
    await form.getByLabel("报修号码 / 账号").selectOption({ label: "移动 · 138****0004 · 畅享 58 元套餐" });
    const duplicate = form.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
    if (await duplicate.isVisible()) await duplicate.check();
    await form.getByRole("button", { name: "提交报修" }).click();
    await expect(form.getByText("请选择故障现象")).toBeVisible();
    await checkA11y(agent, "on-behalf fault form with errors");
    await form.getByLabel("故障现象").selectOption({ label: "无法拨打或接听电话" });
    await form.getByLabel("详细描述").fill(note);
    await form.getByLabel("联系电话").fill("13800000004");
    await form.getByRole("button", { name: "提交报修" }).click();
    await expect(agent).toHaveURL(/\/admin\/requests\/SR\d{14}\?created=1$/);
    srn = srnFromUrl(agent.url());
  });

  await test.step("the staff page shows the channel 电话 and links her name to her 360", async () => {
    const summary = agent.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText(note);
    await expect(summary.getByText("电话", { exact: true })).toBeVisible();
    await agent.getByRole("region", { name: "客户信息" }).getByRole("link", { name: "周敏" }).click();
    await expect(agent.getByRole("heading", { level: 1, name: "客户视图 · 周敏" })).toBeVisible();
    const open = agent.getByRole("region", { name: "进行中的申请" }).getByRole("listitem").filter({ hasText: srn });
    await expect(open).toContainText("渠道：电话");
    await expect(open).toContainText("已提交");
  });

  await test.step("周敏 sees the channel on her own progress page", async () => {
    const zhou = await pageAs("zhou");
    await zhou.goto(`/account/requests/${srn}`);
    await expect(zhou.getByRole("region", { name: "申请信息" })).toContainText(note);
    await expect(zhou.getByRole("region", { name: "申请信息" }).getByText("电话", { exact: true })).toBeVisible();
    await checkA11y(zhou, "her progress page with the channel");
  });

  await test.step("at 375 px and in English", async () => {
    await agent.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(agent);
    await checkA11y(agent, "customer 360 at 375 px");
    await agent.goto("/admin/customers?q=0004&type=PERSONAL");
    await expectNoHorizontalScroll(agent);
    await agent.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL(agent.url()).origin }]);
    await agent.goto(customerPath);
    await expect(agent.getByRole("heading", { level: 1, name: "Customer 360 · 周敏" })).toBeVisible();
    await expect(agent.getByRole("region", { name: "Open requests" })).toContainText("Channel: Phone");
    await expectNoHorizontalScroll(agent);
    await checkA11y(agent, "customer 360 in English at 375 px");
    await agent.goto(`${customerPath}/requests/new?channel=COUNTER&type=CONSULTATION`);
    await expect(agent.getByRole("region", { name: /Consultation · taken by/ })).toBeVisible();
    await expectNoHorizontalScroll(agent);
    await checkA11y(agent, "on-behalf consultation form in English at 375 px");
  });
});

test("an auditor reads the 360 read-only and finds the customer.view rows in the audit log", async ({ browser, pageAs }) => {
  const auditor = await signInAuditor(browser);
  await auditor.goto("/admin/customers?q=13800000004");
  await auditor.getByRole("list", { name: "查询结果" }).getByRole("link").click();
  await expect(auditor.getByRole("heading", { level: 1, name: "客户视图 · 周敏" })).toBeVisible();
  const customerPath = new URL(auditor.url()).pathname;
  await expect(auditor.getByText("只读视图。本次查看已记入审计日志。", { exact: false })).toBeVisible();
  await expect(auditor.getByRole("link", { name: "代客提交申请" })).toHaveCount(0);
  await checkA11y(auditor, "customer 360 for an auditor");
  expect(await gotoStatus(auditor, `${customerPath}/requests/new`)).toBe(404);

  await auditor.goto("/admin/audit?action=customer.view");
  const rows = auditor.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "审计 刘洋" }).first()).toContainText("customer.view");
  // The agent's views, from the test before this one.
  await expect(rows.filter({ hasText: "客服 王芳" }).first()).toContainText("customer.view");
  await checkA11y(auditor, "audit log of customer views");
  await auditor.context().close();

  // Customers and the admin (no customer:read) do not find the customer pages.
  for (const name of ["zhou", "admin"] as const) {
    const page = await pageAs(name);
    expect(await gotoStatus(page, "/admin/customers"), name).toBe(404);
    expect(await gotoStatus(page, customerPath), name).toBe(404);
  }
});
