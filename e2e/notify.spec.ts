import { checkA11y, expect, expectNoHorizontalScroll, gotoStatus, outboxItems, reportFault, test, uniquePhone, openStaffMenu } from "./fixtures";

// Notifications beyond the app: a customer's request is notified in-app and, with no SMS gateway
// or SMTP server configured (as here), by SMS and e-mail into the outbox that admins read.
// 星河科技 (13800000003, it@xinghe.example.com) reports the faults; the tests in this file run in
// order, and the settings test turns SMS back on at its end.

test("a new request notifies the customer in-app, and by SMS and e-mail visible in /admin/outbox", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const admin = await pageAs("admin");
  const srn = await reportFault(customer, "1064800000031", `水表终端无法上报数据（通知测试 ${Date.now()}）`);

  await test.step("in-app: the bell and the notifications page", async () => {
    await customer.getByRole("link", { name: /^通知（\d+ 条未读）$/ }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
    const note = customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 已提交` });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText("未读");
    await checkA11y(customer, "notifications with the new request");
    // Other specs may add notifications for this customer meanwhile: only this one is checked.
    await customer.getByRole("button", { name: "全部标为已读" }).click();
    await expect(note).not.toContainText("未读");
    await expect(note).toContainText(`申请 ${srn} 已提交`);
  });

  await test.step("the admin finds the SMS and the e-mail in the outbox, masked and rendered", async () => {
    await admin.goto("/admin");
    await openStaffMenu(admin, "更多");
    await admin.getByRole("banner").getByRole("link", { name: "发件箱" }).click();
    await expect(admin).toHaveURL("/admin/outbox");
    await expect(admin.getByRole("heading", { level: 1, name: "发件箱" })).toBeVisible();
    const items = admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: srn });
    await expect(items).toHaveCount(2);
    const sms = items.filter({ hasText: "138****0003" });
    await expect(sms).toContainText("短信");
    await expect(sms).toContainText(`【ServiceHall】申请 ${srn} 已提交：我们将在`);
    const email = items.filter({ hasText: "i*@xinghe.example.com" });
    await expect(email).toContainText(`主题：申请 ${srn} 已提交`);
    await expect(email).toContainText(`/account/requests/${srn}`);
    await expect(admin.getByText("13800000003")).toHaveCount(0);
    await expect(admin.getByText("it@xinghe.example.com")).toHaveCount(0);
    await checkA11y(admin, "outbox");
  });

  await test.step("the server delivered both to the outbox after the customer's action", async () => {
    const items = admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: srn });
    // Delivery runs once the customer's response has gone out; reload until it has.
    await expect(async () => {
      await admin.reload();
      await expect(items.filter({ hasText: "已发送" })).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    for (const item of await items.all()) {
      await expect(item).toContainText("尝试 1 次");
      await expect(item).toContainText("方式：outbox");
    }
  });

  await test.step("filters live in the URL", async () => {
    await admin.getByLabel("渠道").selectOption({ label: "邮件" });
    await admin.getByRole("button", { name: "筛选" }).click();
    await expect(admin).toHaveURL(/\/admin\/outbox\?channel=EMAIL&status=$/);
    const items = admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: srn });
    await expect(items).toHaveCount(1);
    await expect(items).toContainText("i*@xinghe.example.com");
    await expect(admin.getByLabel("渠道")).toHaveValue("EMAIL");
    await checkA11y(admin, "outbox filtered to e-mail");
    await admin.goto("/admin/outbox?status=FAILED");
    await expect(admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: srn })).toHaveCount(0);
  });

  await test.step("in English", async () => {
    await admin.goto("/admin/outbox?channel=SMS");
    await admin.getByRole("group", { name: "切换语言" }).getByRole("button", { name: "English" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await expect(admin.getByLabel("Channel")).toHaveValue("SMS");
    // The message keeps the customer's language; the page around it is in English.
    await expect(admin.getByRole("list", { name: "Outbox" }).getByRole("listitem").filter({ hasText: srn })).toContainText("SMS");
    await checkA11y(admin, "outbox (en)");
  });
});

test("the outbox is for admins only", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  await agent.goto("/admin");
  await expect(agent.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
  await expect(agent.getByRole("banner").getByRole("link", { name: "发件箱" })).toHaveCount(0);
  expect(await gotoStatus(agent, "/admin/outbox")).toBe(404);
  await expect(agent.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await checkA11y(agent, "outbox 404 for an agent");

  const customer = await pageAs("li");
  expect(await gotoStatus(customer, "/admin/outbox")).toBe(404);
  await expect(customer.getByRole("list", { name: "发件箱" })).toHaveCount(0);
});

test("turning SMS off in the settings stops SMS; e-mail still goes out", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const admin = await pageAs("admin");
  const sms = () => customer.getByRole("checkbox", { name: "短信通知" });

  await test.step("the settings page, from the header", async () => {
    await customer.goto("/account/requests");
    await customer.getByRole("banner").getByRole("link", { name: "设置" }).click();
    await expect(customer).toHaveURL("/account/settings");
    await expect(customer.getByRole("heading", { level: 1, name: "通知设置" })).toBeVisible();
    await expect(sms()).toBeChecked();
    await expect(customer.getByText("发送至 138****0003")).toBeVisible();
    await checkA11y(customer, "settings");
  });

  await test.step("SMS off, saved", async () => {
    await sms().uncheck();
    await customer.getByRole("button", { name: "保存设置" }).click();
    await expect(customer.getByText("设置已保存。")).toBeVisible();
    await customer.reload();
    await expect(sms()).not.toBeChecked();
    await expect(customer.getByRole("checkbox", { name: "邮件通知" })).toBeChecked();
  });

  const srn = await reportFault(customer, "CL0300000001", `云主机磁盘只读（短信关闭测试 ${Date.now()}）`);

  await test.step("the new request has an e-mail and no SMS", async () => {
    await expect(await outboxItems(admin, srn, "EMAIL")).toHaveCount(1);
    await expect(await outboxItems(admin, srn, "SMS")).toHaveCount(0);
    await expect(await outboxItems(admin, srn)).toHaveCount(1);
  });

  await test.step("in English, then SMS back on", async () => {
    await customer.goto("/account/settings");
    await customer.getByRole("group", { name: "切换语言" }).getByRole("button", { name: "English" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();
    await checkA11y(customer, "settings (en)");
    await customer.getByRole("checkbox", { name: "SMS notifications" }).check();
    await customer.getByRole("button", { name: "Save settings" }).click();
    await expect(customer.getByText("Settings saved.")).toBeVisible();
  });
});

test("an account without e-mail sees e-mail notifications disabled, with the reason, and saves the rest", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("checkbox", { name: /我已阅读并同意/ }).check();
  await page.getByLabel("姓名", { exact: true }).fill("无邮箱用户");
  await page.getByLabel("手机号", { exact: true }).fill(uniquePhone());
  await page.getByLabel("设置密码", { exact: true }).fill("Passw0rd2026");
  await page.getByLabel("确认密码", { exact: true }).fill("Passw0rd2026");
  await page.getByRole("button", { name: "注册并登录" }).click();
  await expect(page).toHaveURL("/account/requests");

  await page.goto("/account/settings");
  const email = page.getByRole("checkbox", { name: "邮件通知" });
  await expect(email).toBeDisabled();
  await expect(email).not.toBeChecked();
  await expect(page.getByText("您的账号没有登记邮箱，无法开启邮件通知。")).toBeVisible();
  await checkA11y(page, "settings without e-mail");

  await page.getByRole("checkbox", { name: "短信通知" }).uncheck();
  await page.getByLabel("短信和邮件的语言").selectOption("en");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("设置已保存。")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "短信通知" })).not.toBeChecked();
  await expect(page.getByLabel("短信和邮件的语言")).toHaveValue("en");
  await expect(email).toBeDisabled();
});

test.describe("on a 375-px-wide phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("settings and the outbox fit without horizontal scrolling", async ({ pageAs }) => {
    const li = await pageAs("li");
    await li.goto("/account/settings");
    await expect(li.getByRole("heading", { level: 1, name: "通知设置" })).toBeVisible();
    await expectNoHorizontalScroll(li);
    await checkA11y(li, "settings (phone)");

    const admin = await pageAs("admin");
    await admin.goto("/admin/outbox");
    await expect(admin.getByRole("heading", { level: 1, name: "发件箱" })).toBeVisible();
    await expectNoHorizontalScroll(admin);
    await checkA11y(admin, "outbox (phone)");
  });
});
