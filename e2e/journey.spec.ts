import { checkA11y, chooseLine, cstLocal, expect, expectAcceptByFromNow, srnFromUrl, test } from "./fixtures";

// The core journey: a customer reports a fault, an agent accepts it, the customer sees the
// acceptance and is notified — in Chinese, then the same key screens in English.
// Customer 张伟 (13800000001): both his lines already have an open fault request, and his mobile
// line is in the demo's announced outage in 北京市朝阳区 (prisma/demo/incidents.ts).

test("customer reports a fault, an agent accepts it, the customer is notified (zh-CN, then English)", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const customer = await pageAs("zhang");
  const agent = await pageAs("agent");
  const message = `已受理，维修人员将在 2 小时内联系您（${Date.now()}）。`;
  let srn = "";

  await test.step("the customer opens 我的申请", async () => {
    await customer.goto("/account/requests");
    await expect(customer.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
    await checkA11y(customer, "我的申请");
    await customer.getByRole("main").getByRole("link", { name: "新建申请", exact: true }).click();
    await expect(customer).toHaveURL("/account/requests/new");
    await expect(customer.getByRole("heading", { level: 1, name: "新建申请" })).toBeVisible();
    await checkA11y(customer, "request type chooser");
    await customer.getByRole("main").getByRole("link", { name: /^故障报修/ }).click();
    await expect(customer).toHaveURL("/account/requests/new/fault-repair");
    await expect(customer.getByRole("heading", { level: 1, name: "故障报修" })).toBeVisible();
    await checkA11y(customer, "fault form");
  });

  const submit = customer.getByRole("button", { name: "提交报修" });

  await test.step("the line is in an announced outage: the form shows it first, and he reports anyway", async () => {
    await chooseLine(customer, "报修号码 / 账号", "13800000001");
    await expect(customer.getByRole("heading", { name: "该号码所在区域有正在处理的故障" })).toBeVisible();
    await expect(submit).toBeHidden();
    await checkA11y(customer, "fault form with the outage first");
    await customer.getByRole("button", { name: "仍要报修" }).click();
  });

  await test.step("the line already has an open request: the form asks before a second one", async () => {
    const duplicate = customer.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
    if (await duplicate.isVisible()) {
      await expect(customer.getByText("这个号码已有一张未完成的报修")).toBeVisible();
      await expect(submit).toBeDisabled();
      await checkA11y(customer, "fault form with the duplicate warning");
      await duplicate.check();
    }
    await expect(submit).toBeEnabled();
  });

  await test.step("an incomplete form shows translated errors", async () => {
    await submit.click();
    await expect(customer.getByText("请选择故障现象")).toBeVisible();
    await expect(customer.getByText("至少填写 10 个字，描述越详细处理越快")).toBeVisible();
    await expect(customer.getByLabel("故障现象")).toHaveAttribute("aria-invalid", "true");
    await expect(customer).toHaveURL("/account/requests/new/fault-repair");
    await checkA11y(customer, "fault form with errors");
  });

  await test.step("the customer reports the fault with a double click", async () => {
    await customer.getByLabel("故障现象").selectOption({ label: "手机无信号" });
    await customer.getByLabel("故障开始时间").fill(cstLocal(2));
    await customer.getByLabel("详细描述").fill("小区楼下和家里都没有信号，重启手机后仍然如此。（端到端测试）");
    await expect(customer.getByLabel("联系电话")).toHaveValue("13800000001");
    await submit.dblclick();
    await expect(customer).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
    srn = srnFromUrl(customer.url());
    expect(srn).toMatch(/^SR\d{14}$/);
  });

  await test.step("the request page shows the SRN, status, timeline and the accept-by clock", async () => {
    await expect(customer.getByRole("heading", { level: 1, name: srn })).toBeVisible();
    await expect(customer.getByText(`申请已提交。请记下您的服务请求编号：${srn}`)).toBeVisible();
    const summary = customer.getByRole("region", { name: "申请信息" });
    await expect(summary.getByText("已提交", { exact: true })).toBeVisible();
    await expect(summary.getByText("手机无信号")).toBeVisible();
    const timeline = customer.getByRole("region", { name: "处理记录" });
    // Submitted, and linked to the announced outage on his line (told with its stages).
    await expect(timeline.getByRole("listitem")).toHaveCount(2);
    await expect(timeline.getByRole("listitem").first()).toContainText("您提交了申请");
    await expect(timeline.getByRole("listitem").nth(1)).toContainText("INC");
    const clocks = customer.getByRole("region", { name: "承诺时限" });
    await expect(clocks.getByText("受理时限")).toBeVisible();
    // Accept within 24 working hours (China's working days) and restore a general fault within 4 hours.
    await expectAcceptByFromNow(clocks);
    await expect(clocks.getByRole("group", { name: "解决时限" })).toContainText(/剩余 3 小时/);
    await expect(clocks.getByText("解决时限")).toBeVisible();
    await checkA11y(customer, "new request page");
  });

  await test.step("the double click made one request: the list shows the SRN once", async () => {
    await customer.getByRole("link", { name: "返回我的申请" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
    await expect(customer.getByRole("link", { name: new RegExp(srn) })).toHaveCount(1);
    await expect(customer.getByText(srn, { exact: true })).toHaveCount(1);
    await expect(customer.getByRole("link", { name: new RegExp(srn) })).toContainText("已提交");
    await checkA11y(customer, "我的申请 with the new request");
  });

  await test.step("the agent finds the request in the queue and accepts it with a message", async () => {
    await agent.goto("/admin/queue");
    await expect(agent.getByRole("heading", { level: 1, name: "待办队列" })).toBeVisible();
    await expect(agent.getByRole("link", { name: "待受理" })).toHaveAttribute("aria-current", "page");
    const row = agent.getByRole("row").filter({ has: agent.getByRole("link", { name: srn }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("张伟");
    await checkA11y(agent, "queue");
    await row.getByRole("link", { name: srn }).click();
    await expect(agent).toHaveURL(`/admin/requests/${srn}`);
    await expect(agent.getByRole("heading", { level: 1, name: `申请 ${srn}` })).toBeVisible();
    await checkA11y(agent, "staff request page");
    await agent.getByLabel("给客户的消息（选填）").fill(message);
    await agent.getByRole("button", { name: "受理", exact: true }).click();
    await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已受理", { exact: true })).toBeVisible();
    await expect(agent.getByRole("button", { name: "受理", exact: true })).toHaveCount(0);
    await expect(agent.getByRole("region", { name: "处理记录" })).toContainText(message);
    await checkA11y(agent, "staff request page after accepting");
  });

  await test.step("the customer reloads: accepted, with the agent's message in the timeline", async () => {
    await customer.goto(`/account/requests/${srn}`);
    await expect(customer.getByRole("region", { name: "申请信息" }).getByText("已受理", { exact: true })).toBeVisible();
    const entries = customer.getByRole("region", { name: "处理记录" }).getByRole("listitem");
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(2)).toContainText("客服 王芳受理了申请");
    await expect(entries.nth(2)).toContainText(message);
    // Accepting with a message meets both the accept-by and the respond-by clock.
    const clocks = customer.getByRole("region", { name: "承诺时限" });
    await expect(clocks.getByText("受理时限")).toBeVisible();
    await expect(clocks.getByText(/^已于 .+ 完成$/)).toHaveCount(2);
    await checkA11y(customer, "accepted request page");
  });

  await test.step("a new unread notification names the SRN", async () => {
    const bell = customer.getByRole("link", { name: /^通知（\d+ 条未读）$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(customer).toHaveURL("/account/notifications");
    await expect(customer.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
    const accepted = customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 已受理` });
    await expect(accepted).toHaveCount(1);
    await expect(accepted).toContainText("未读");
    await expect(accepted).toContainText(message);
    await expect(accepted.getByRole("link", { name: "查看申请" })).toHaveAttribute("href", `/account/requests/${srn}`);
    await checkA11y(customer, "notifications");
  });

  await test.step("the customer switches to English with the header switcher", async () => {
    const switcher = customer.getByRole("group", { name: "切换语言" });
    await expect(switcher.getByRole("button", { name: "简体中文" })).toHaveAttribute("aria-pressed", "true");
    await switcher.getByRole("button", { name: "English" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const english = customer.getByRole("group", { name: "Change language" }).getByRole("button", { name: "English" });
    await expect(english).toHaveAttribute("aria-pressed", "true");
    expect(await customer.evaluate(() => document.documentElement.lang)).toBe("en");
    const cookies = await customer.context().cookies();
    expect(cookies.find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");
    const accepted = customer.getByRole("listitem").filter({ hasText: `Request ${srn} accepted` });
    await expect(accepted).toContainText("Unread");
    await checkA11y(customer, "notifications (en)");
  });

  await test.step("English persists across navigation: my requests, the request, the fault form", async () => {
    await customer.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My requests" }).click();
    await expect(customer).toHaveURL("/account/requests");
    await expect(customer.getByRole("heading", { level: 1, name: "My requests" })).toBeVisible();
    await expect(customer.getByRole("link", { name: new RegExp(srn) })).toContainText("Accepted");
    await checkA11y(customer, "my requests (en)");

    await customer.goto(`/account/requests/${srn}`);
    expect(await customer.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect(customer.getByRole("link", { name: "Back to my requests" })).toBeVisible();
    await expect(customer.getByRole("region", { name: "Request" }).getByText("Accepted", { exact: true })).toBeVisible();
    await expect(customer.getByRole("region", { name: "Timeline" }).getByRole("listitem").nth(2)).toContainText("accepted the request");
    await expect(customer.getByRole("region", { name: "Promised time limits" }).getByText("Acceptance")).toBeVisible();
    await checkA11y(customer, "request page (en)");

    await customer.goto("/account/requests/new/fault-repair");
    await expect(customer.getByRole("heading", { level: 1, name: "Report a fault" })).toBeVisible();
    for (const label of ["Number or account", "What is wrong", "Since when", "Details", "Contact phone"]) {
      await expect(customer.getByLabel(label, { exact: true })).toBeVisible();
    }
    await chooseLine(customer, "Number or account", "13800000001");
    await customer.getByRole("button", { name: "Report anyway" }).click();
    await expect(customer.getByRole("checkbox", { name: "It is a different problem — submit anyway" })).toBeVisible();
    await expect(customer.getByRole("button", { name: "Submit", exact: true })).toBeDisabled();
    await checkA11y(customer, "fault form (en)");
    expect((await customer.context().cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");
  });

  await test.step("the agent's screens in English too", async () => {
    await agent.getByRole("group", { name: "切换语言" }).getByRole("button", { name: "English" }).click();
    await expect(agent.getByRole("heading", { level: 1, name: `Request ${srn}` })).toBeVisible();
    await expect(agent.getByRole("region", { name: "Request" }).getByText("Accepted", { exact: true })).toBeVisible();
    await agent.getByRole("link", { name: "Back to the queue" }).click();
    await expect(agent.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
    await expect(agent.getByRole("link", { name: "To accept" })).toHaveAttribute("aria-current", "page");
    await checkA11y(agent, "queue (en)");
  });
});
