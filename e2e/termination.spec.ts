import type { Browser, Page } from "@playwright/test";
import { authFile, checkA11y, expect, expectNoHorizontalScroll, gotoStatus, outboxItems, srnFromUrl, test } from "./fixtures";

// 销户 (issue 4, part 4) as 周敏 (13800000004): the arrears check stops the wizard on her line
// 13800000004 (it has an overdue bill); she terminates 13800000014 with the code texted to her,
// an agent completes it, she gets the termination notice everywhere, and a supervisor reads the
// archive. Only this file changes 周敏's data; its tests run in order.

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } as const;

async function englishPhone(browser: Browser, name: "zhou" | "supervisor") {
  const context = await browser.newContext({ ...PHONE, locale: "en-US", storageState: authFile(name) });
  return context.newPage();
}

/** The newest termination code texted for the line, read from the outbox as she reads the SMS. */
async function terminationCode(admin: Page, number: string): Promise<string> {
  const item = (await outboxItems(admin, number, "SMS")).filter({ hasText: "销户验证码" }).first();
  const text = (await item.textContent()) ?? "";
  const match = /验证码 (\d{6})/.exec(text);
  expect(match, `no code in ${text}`).not.toBeNull();
  return match![1]!;
}

test("the arrears check on 13800000004 stops the wizard, with what to do, in Chinese and on an English phone", async ({ pageAs, browser }) => {
  const page = await pageAs("zhou");

  await test.step("my lines lists both lines with a terminate link each", async () => {
    await page.goto("/account/requests");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的号码" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的号码" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(2);
    await checkA11y(page, "my lines");
    await page.getByRole("link", { name: "为 13800000004 办理销户" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "销户 · 13800000004" })).toBeVisible();
    await checkA11y(page, "wizard: reason");
  });

  await test.step("the reason is required", async () => {
    await page.getByRole("button", { name: "下一步" }).click();
    await expect(page.getByText("请从列表中选择一项")).toBeVisible();
    await page.getByRole("group", { name: "为什么要销户？" }).getByText("其他原因", { exact: true }).click();
    await page.getByRole("button", { name: "下一步" }).click();
    await expect(page.getByText("至少填写 2 个字")).toBeVisible();
    await checkA11y(page, "wizard: reason with errors");
    await page.getByRole("group", { name: "为什么要销户？" }).getByText("资费太高", { exact: true }).click();
    await page.getByRole("button", { name: "下一步" }).click();
  });

  await test.step("checks: arrears need paying first, with a link to the bills; nothing goes further", async () => {
    const checks = page.getByRole("region", { name: "销户前检查" });
    await expect(checks).toBeVisible();
    await expect(page.getByRole("navigation", { name: "销户步骤" }).locator('[aria-current="step"]')).toHaveText(/检查/);
    const arrears = checks.getByRole("listitem").filter({ hasText: "欠费" });
    await expect(arrears).toContainText("需要处理");
    await expect(arrears).toContainText(/有 1 张账单逾期未缴，共 ¥\d+\.\d{2}。请先缴清欠费，再办理销户。/);
    await expect(arrears.getByRole("link", { name: "去缴费" })).toHaveAttribute("href", "/account/bills");
    await expect(checks.getByRole("listitem").filter({ hasText: "合约期" })).toContainText("通过");
    await expect(checks.getByText("标为“需要处理”的问题解决之前，不能办理销户。")).toBeVisible();
    await expect(checks.getByRole("link", { name: "下一步" })).toHaveCount(0);
    await checkA11y(page, "wizard: checks with arrears");
  });

  await test.step("a later step typed into the URL falls back to the checks", async () => {
    await page.goto(`${page.url().replace(/step=checks/, "step=confirm")}`);
    await expect(page.getByRole("region", { name: "销户前检查" })).toBeVisible();
    await expect(page.getByRole("button", { name: "发送验证码" })).toHaveCount(0);
  });

  await test.step("another customer gets a 404 for her line", async () => {
    const other = await pageAs("li");
    expect(await gotoStatus(other, new URL(page.url()).pathname)).toBe(404);
  });

  await test.step("in English on a phone", async () => {
    const phone = await englishPhone(browser, "zhou");
    await phone.goto("/account/lines");
    await expect(phone.getByRole("heading", { level: 1, name: "My lines" })).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await checkA11y(phone, "my lines (en, phone)");
    await phone.getByRole("link", { name: "Terminate 13800000004" }).click();
    await phone.getByRole("group", { name: "Why do you want to terminate?" }).getByText("Moving away", { exact: true }).click();
    await phone.getByRole("button", { name: "Next" }).click();
    const checks = phone.getByRole("region", { name: "Before terminating" });
    await expect(checks.getByRole("listitem").filter({ hasText: "Arrears" })).toContainText(/1 bill is overdue, CN¥\d+\.\d{2} in total/);
    await expect(checks.getByRole("link", { name: "Pay bills" })).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await checkA11y(phone, "wizard: checks with arrears (en, phone)");
    await phone.context().close();
  });
});

test("the wizard's steps for 13800000014 in English on a phone: checks, settlement, porting, confirmation", async ({ browser }) => {
  const phone = await englishPhone(browser, "zhou");
  await phone.goto("/account/lines");
  await phone.getByRole("link", { name: "Terminate 13800000014" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Terminate 13800000014" })).toBeVisible();
  await expect(phone.getByText("Step 1 of 5 · Reason")).toBeVisible();
  await expectNoHorizontalScroll(phone);
  await checkA11y(phone, "wizard: reason (en, phone)");
  await phone.getByRole("group", { name: "Why do you want to terminate?" }).getByText("I no longer need it", { exact: true }).click();
  await phone.getByRole("button", { name: "Next" }).click();

  const checks = phone.getByRole("region", { name: "Before terminating" });
  await expect(checks.getByRole("listitem").filter({ hasText: "Arrears" })).toContainText("No overdue bills.");
  await expect(checks).toContainText("Ringback tone: cancelled with the line.");
  await expect(checks).toContainText("The number is recycled 90 days after termination");
  await expectNoHorizontalScroll(phone);
  await checkA11y(phone, "wizard: checks (en, phone)");
  await checks.getByRole("link", { name: "Next" }).click();

  const settlement = phone.getByRole("region", { name: "Settlement preview" });
  await expect(settlement.getByRole("row", { name: /Prepaid balance refunded/ })).toContainText("+CN¥23.80");
  await expect(settlement.getByRole("row", { name: /Deposit returned/ })).toContainText("+CN¥50.00");
  await expect(settlement.getByRole("row", { name: /Final month's fee/ })).toContainText("-CN¥");
  await expect(settlement.getByRole("row", { name: /Total refunded to you/ })).toBeVisible();
  await expectNoHorizontalScroll(phone);
  await checkA11y(phone, "wizard: settlement (en, phone)");
  await settlement.getByRole("link", { name: "Next" }).click();

  const porting = phone.getByRole("region", { name: "Keep your number? Port it instead" });
  await expect(porting).toContainText("120 days or more on the network (300 days)");
  await expect(porting).toContainText("Your number can be ported.");
  await expect(porting.getByRole("link", { name: "Port my number instead, don't terminate" })).toHaveAttribute("href", "/account/lines");
  await expectNoHorizontalScroll(phone);
  await checkA11y(phone, "wizard: porting (en, phone)");
  await porting.getByRole("link", { name: "Terminate anyway" }).click();

  const confirm = phone.getByRole("region", { name: "Confirm the termination" });
  await confirm.getByRole("button", { name: "Terminate the line" }).click();
  await expect(confirm.getByText("Please confirm you understand what terminating means")).toBeVisible();
  await expect(confirm.getByText("Enter the 6-digit code")).toBeVisible();
  await expectNoHorizontalScroll(phone);
  await checkA11y(phone, "wizard: confirmation with errors (en, phone)");
  await phone.context().close();
});

test("周敏 terminates 13800000014 with the texted code, an agent completes it, and she gets the notice in every channel", async ({ pageAs, browser }) => {
  test.setTimeout(180_000);
  const page = await pageAs("zhou");
  const admin = await pageAs("admin");
  const agent = await pageAs("agent");
  let srn = "";
  let wizard = "";

  await test.step("reason, checks, settlement and porting", async () => {
    await page.goto("/account/lines");
    await page.getByRole("link", { name: "为 13800000014 办理销户" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "销户 · 13800000014" })).toBeVisible();
    wizard = new URL(page.url()).pathname;
    await page.getByRole("group", { name: "为什么要销户？" }).getByText("搬迁到外地", { exact: true }).click();
    await page.getByLabel("补充说明（选“其他原因”时必填）").fill("工作调到外地");
    await page.getByRole("button", { name: "下一步" }).click();
    const checks = page.getByRole("region", { name: "销户前检查" });
    await expect(checks.getByText("没有逾期未缴的账单。")).toBeVisible();
    await checkA11y(page, "wizard: checks passed");
    await checks.getByRole("link", { name: "下一步" }).click();
    const settlement = page.getByRole("region", { name: "费用结算预览" });
    await expect(settlement.getByRole("row", { name: /押金退还/ })).toContainText("+¥50.00");
    await expect(settlement.getByRole("row", { name: /合计应退您/ })).toContainText("¥");
    await checkA11y(page, "wizard: settlement");
    await settlement.getByRole("link", { name: "下一步" }).click();
    const porting = page.getByRole("region", { name: "不想换号？可以携号转网" });
    await expect(porting.getByRole("listitem")).toHaveCount(5);
    await expect(porting).toContainText("您的号码符合携号转网条件");
    await checkA11y(page, "wizard: porting");
    await porting.getByRole("link", { name: "仍要销户" }).click();
  });

  const confirm = page.getByRole("region", { name: "确认销户" });

  await test.step("confirmation: acknowledgement and the code, a wrong code first", async () => {
    await expect(confirm).toContainText("搬迁到外地 · 工作调到外地");
    await confirm.getByRole("button", { name: "确认销户" }).click();
    await expect(confirm.getByText("请确认您已了解销户的后果")).toBeVisible();
    await expect(confirm.getByText("请输入 6 位数字验证码")).toBeVisible();
    await checkA11y(page, "wizard: confirmation with errors");
    await confirm.getByRole("checkbox", { name: /我已了解/ }).check();
    await confirm.getByRole("button", { name: "发送验证码" }).click();
    await expect(confirm.getByText("验证码已发送至 138****0004，10 分钟内有效。")).toBeVisible();
    await checkA11y(page, "wizard: code sent");
    const code = await terminationCode(admin, "13800000014");
    await expect((await outboxItems(admin, "13800000014", "SMS")).filter({ hasText: "销户验证码" }).first()).toContainText("138****0004");
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await confirm.getByLabel("短信验证码").fill(wrong);
    await confirm.getByRole("button", { name: "确认销户" }).click();
    await expect(confirm.getByText("验证码不正确或已失效。请检查后重试，或重新获取验证码。")).toBeVisible();
    await confirm.getByLabel("短信验证码").fill(code);
    await confirm.getByRole("button", { name: "确认销户" }).click();
    await expect(page).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
    srn = srnFromUrl(page.url());
  });

  await test.step("the termination request, and the line shows it in progress", async () => {
    const summary = page.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText("销户");
    await expect(summary).toContainText("搬迁到外地");
    await expect(summary).toContainText("已了解携号转网，仍选择销户");
    await expect(summary.getByText("已提交", { exact: true })).toBeVisible();
    await checkA11y(page, "termination request");
    await page.goto("/account/lines");
    await expect(page.getByRole("article", { name: "移动 13800000014" })).toContainText(`销户办理中： ${srn}`);
    await expect(page.getByRole("link", { name: "为 13800000014 办理销户" })).toHaveCount(0);
  });

  await test.step("the agent accepts it and completes the termination", async () => {
    await agent.goto(`/admin/requests/${srn}`);
    await agent.getByRole("button", { name: "受理", exact: true }).click();
    const card = agent.getByRole("region", { name: "销户办理" });
    await expect(card.getByRole("button", { name: "完成销户" })).toBeVisible();
    await expect(card).toContainText("客户确认时看到的结算");
    await expect(agent.getByRole("button", { name: "标记为已解决" })).toHaveCount(0);
    await checkA11y(agent, "staff termination card");
    await card.getByRole("button", { name: "完成销户" }).click();
    await expect(card.getByText("至少填写 5 个字")).toBeVisible();
    await card.getByLabel("处理说明（客户可见）").fill("已核实无欠费，号码已销户，余额与押金将原路退回。");
    await card.getByRole("button", { name: "完成销户" }).click();
    await expect(card).toContainText("已于");
    await expect(card).toContainText("最终结算");
    await expect(card.getByRole("button", { name: "完成销户" })).toHaveCount(0);
    await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已关闭", { exact: true })).toBeVisible();
    await checkA11y(agent, "staff termination card, completed");
  });

  await test.step("she gets the termination notice in the app, with the end time, fees and advice", async () => {
    await page.goto("/account/notifications");
    const notice = page.getByRole("listitem").filter({ hasText: "销户通知：13800000014 已销户" });
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(/已于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 销户/);
    await expect(notice).toContainText("押金退还 ¥50.00");
    await expect(notice).toContainText("号码将在 90 天后回收");
    await expect(notice.getByRole("link", { name: "查看申请" })).toHaveAttribute("href", `/account/requests/${srn}`);
    await checkA11y(page, "notifications with the termination notice");
  });

  await test.step("…and by SMS and e-mail", async () => {
    const items = (await outboxItems(admin, "13800000014")).filter({ hasText: "销户通知" });
    await expect(items).toHaveCount(2);
    await expect(items.filter({ hasText: "138****0004" })).toContainText("押金退还 ¥50.00");
    await expect(items.filter({ hasText: "z*******@example.com" })).toContainText(`/account/requests/${srn}`);
  });

  await test.step("the line is terminated: listed with its archive, gone from the request forms, no wizard", async () => {
    await page.goto("/account/lines");
    const past = page.getByRole("region", { name: "已销户" });
    const line = past.getByRole("article", { name: "移动 13800000014" });
    await expect(line).toContainText("已销户");
    await expect(line).toContainText(/服务记录（1 张申请、账单与结算）已归档，保存至 \d{4}\/\d{2}\/\d{2}。/);
    await expect(line.getByRole("link", { name: `销户申请 ${srn}` })).toBeVisible();
    await checkA11y(page, "my lines with a terminated line");
    await page.goto("/account/requests/new/fault-repair");
    const select = page.getByLabel("报修号码 / 账号");
    await expect(select.getByRole("option", { name: / 13800000004 / })).toHaveCount(1);
    await expect(select.getByRole("option", { name: / 13800000014 / })).toHaveCount(0);
    expect(await gotoStatus(page, wizard)).toBe(404);
  });

  await test.step("a supervisor finds and reads the archive", async () => {
    const supervisor = await pageAs("supervisor");
    await supervisor.goto("/admin/archives");
    await expect(supervisor.getByRole("heading", { level: 1, name: "服务档案" })).toBeVisible();
    await supervisor.getByLabel("号码 / 账号").fill("13800000014");
    await supervisor.getByRole("button", { name: "搜索" }).click();
    const results = supervisor.getByRole("list", { name: "档案列表" }).getByRole("listitem");
    await expect(results).toHaveCount(1);
    await expect(results).toContainText("周敏");
    await checkA11y(supervisor, "archive search");
    await results.getByRole("link").click();
    await expect(supervisor.getByRole("heading", { level: 1, name: "服务档案 · 138****0014" })).toBeVisible();
    await expect(supervisor.getByText("只读档案。本次查看已记入审计日志。")).toBeVisible();
    await expect(supervisor.getByRole("region", { name: "申请记录" })).toContainText(srn);
    await expect(supervisor.getByRole("region", { name: "最终结算" })).toContainText("+¥50.00");
    await checkA11y(supervisor, "archive");
  });

  await test.step("in English on a phone: her lines, the notice and the request; the archive for the supervisor", async () => {
    const phone = await englishPhone(browser, "zhou");
    await phone.goto("/account/lines");
    await expect(phone.getByRole("region", { name: "Terminated" }).getByRole("article", { name: "Mobile 13800000014" })).toContainText("Final settlement: CN¥");
    await expectNoHorizontalScroll(phone);
    await checkA11y(phone, "my lines with a terminated line (en, phone)");
    await phone.goto("/account/notifications");
    const notice = phone.getByRole("listitem").filter({ hasText: "Termination notice: 13800000014 terminated" });
    await expect(notice).toContainText("deposit returned CNY 50.00");
    await expectNoHorizontalScroll(phone);
    await checkA11y(phone, "termination notice (en, phone)");
    await notice.getByRole("link", { name: "View request" }).click();
    await expect(phone.getByRole("heading", { level: 1, name: srn })).toBeVisible();
    await expect(phone.getByRole("region", { name: "Request" })).toContainText("Moving away");
    await expectNoHorizontalScroll(phone);
    await checkA11y(phone, "completed termination request (en, phone)");
    await phone.context().close();

    const supervisor = await englishPhone(browser, "supervisor");
    await supervisor.goto("/admin/archives?number=13800000014");
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "archive search (en, phone)");
    await supervisor.getByRole("list", { name: "Archives" }).getByRole("link").click();
    await expect(supervisor.getByRole("heading", { level: 1, name: "Service archive · 138****0014" })).toBeVisible();
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "archive (en, phone)");
    await supervisor.context().close();
  });
});
