import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, expect, expectNoHorizontalScroll, reportFault, test, unique } from "./fixtures";

// An agent's day on the request page (/admin/requests/[srn]), on requests each test reports for
// 星河科技 (13800000003): accept, reply from a template, dispatch to the field technician, an
// internal note the customer never sees, ask for information, resolve; escalation to the
// supervisor and back; and a reveal of the customer's details that an admin then finds in the
// audit log.

test("an agent's day: accept, reply from a template, hand over to a technician, note, ask, resolve", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const srn = await reportFault(customer, "13800000003", `会议室电话无法接听（坐席一天 ${unique()}）`);
  const note = `客户说下午三点后才有人在会议室（${unique()}）`;
  await agent.goto(`/admin/requests/${srn}`);
  const timeline = agent.getByRole("region", { name: "处理记录" });
  const status = agent.getByRole("region", { name: "申请信息" });
  const panel = agent.getByRole("region", { name: "协作与沟通" });

  await test.step("the customer is shown masked", async () => {
    const card = agent.getByRole("region", { name: "客户信息" });
    await expect(card).toContainText("138****0003");
    await expect(card).toContainText("9111**********CD2X");
    await expect(card).toContainText("企业共享 588 元套餐");
    await expect(card).not.toContainText("13800000003");
  });

  await test.step("accept: the agent owns it", async () => {
    await agent.getByLabel("给客户的消息（选填）").fill("已受理，稍后回复您处理安排。");
    await agent.getByRole("button", { name: "受理", exact: true }).click();
    await expect(status.getByText("已受理", { exact: true })).toBeVisible();
    await expect(panel).toContainText("当前负责人：客服 王芳");
  });

  await test.step("reply from a template, filled for this request and edited", async () => {
    await panel.getByLabel("回复模板（选填）").selectOption({ label: "已派装维人员上门" });
    const message = panel.getByLabel("给客户的消息", { exact: true });
    await expect(message).toHaveValue(new RegExp(`^星河科技有限公司您好，您报修的故障（${srn}）已派装维工程师处理`));
    await message.fill(`${await message.inputValue()} 工程师：装维 李强。`);
    await checkA11y(agent, "request page with a reply from a template");
    await panel.getByRole("button", { name: "发送给客户" }).click();
    await expect(timeline.getByRole("listitem").filter({ hasText: "工程师：装维 李强。" })).toContainText("回复了消息");
    await expect(message).toHaveValue("");
  });

  await test.step("hand over to the field technician (首问负责: an explicit handover)", async () => {
    await panel.getByText("移交 / 派单", { exact: true }).click();
    await panel.getByLabel("新负责人").selectOption({ label: "装维 李强 · 技术人员 · 装维服务" });
    await panel.getByLabel("移交说明（内部，选填）").fill("请上门检查会议室话机线路。");
    await panel.getByRole("button", { name: "移交", exact: true }).click();
    const handover = timeline.getByRole("listitem").filter({ hasText: "客服 王芳 → 装维 李强（装维服务）" });
    await expect(handover).toContainText("移交了申请");
    await expect(handover).toContainText("内部");
    await expect(status).toContainText("装维 李强");
    await expect(panel).toContainText("只有负责人（装维 李强）或班长可以移交这件申请。");
  });

  await test.step("an internal note", async () => {
    await panel.getByText("内部备注", { exact: true }).click();
    await panel.getByLabel("备注内容").fill(note);
    await panel.getByRole("button", { name: "添加备注" }).click();
    const item = timeline.getByRole("listitem").filter({ hasText: note });
    await expect(item).toContainText("添加了内部备注");
    await expect(item).toContainText("内部");
  });

  await test.step("ask the customer; they answer, reading the reply but none of the internal events", async () => {
    const ask = agent.getByRole("region", { name: "请客户补充信息" });
    await ask.getByLabel("需要客户补充的信息（客户可见）").fill("请告诉我们会议室电话的分机号。");
    await ask.getByRole("button", { name: "请客户补充" }).click();
    await expect(status.getByText("待补充信息", { exact: true })).toBeVisible();

    await customer.goto(`/account/requests/${srn}`);
    const theirs = customer.getByRole("region", { name: "处理记录" });
    await expect(theirs).toContainText("工程师：装维 李强。");
    await expect(theirs).not.toContainText(note);
    await expect(theirs).not.toContainText("移交");
    await expect(theirs).not.toContainText("内部");
    const card = customer.getByRole("region", { name: "补充信息" });
    await card.getByLabel("您的回复").fill("分机号 8021，在 3 楼会议室。");
    await card.getByRole("button", { name: "提交补充信息" }).click();
    await expect(card).toHaveCount(0);
    await customer.goto("/account/notifications");
    await expect(customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 有新消息` })).toContainText("工程师：装维 李强。");
  });

  await test.step("resolve: the owner stays the technician", async () => {
    await agent.reload();
    const resolve = agent.getByRole("region", { name: "处理完成" });
    await resolve.getByLabel("处理结果（客户可见）").fill("已更换会议室话机线路，电话恢复正常。");
    await resolve.getByRole("button", { name: "标记为已解决" }).click();
    await expect(status.getByText("已解决", { exact: true })).toBeVisible();
    await expect(status).toContainText("装维 李强");
    await checkA11y(agent, "resolved request with its full timeline");
  });
});

test("escalation: the agent escalates with a reason, the supervisor sees it and clears it", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const supervisor = await pageAs("supervisor");
  const srn = await reportFault(customer, "CL0300000001", `云主机反复重启（升级测试 ${unique()}）`);
  const reason = `客户第三次来电，需要班长协调网络部门（${unique()}）`;
  await agent.goto(`/admin/requests/${srn}`);
  const panel = agent.getByRole("region", { name: "协作与沟通" });
  await panel.getByText("升级给班长", { exact: true }).click();
  await panel.getByRole("button", { name: "升级", exact: true }).click();
  await expect(panel.getByText("至少填写 5 个字")).toBeVisible();
  await panel.getByLabel("升级原因").fill(reason);
  await panel.getByRole("button", { name: "升级", exact: true }).click();
  const banner = agent.getByRole("status").filter({ hasText: "已升级给 班长 陈刚" });
  await expect(banner).toContainText(reason);
  await expect(panel.getByText("升级给班长", { exact: true })).toHaveCount(0);

  await supervisor.goto(`/admin/requests/${srn}`);
  const theirs = supervisor.getByRole("status").filter({ hasText: "已升级给 班长 陈刚" });
  await theirs.getByLabel("处理说明（内部，选填）").fill("已协调网络部门加急处理。");
  await checkA11y(supervisor, "escalated request for the supervisor");
  await theirs.getByRole("button", { name: "已处理，解除升级" }).click();
  await expect(supervisor.getByText("已升级给 班长 陈刚")).toHaveCount(0);
  await expect(supervisor.getByRole("region", { name: "处理记录" }).getByRole("listitem").filter({ hasText: "已协调网络部门加急处理。" })).toContainText("解除了升级");
});

test("a reveal is recorded: the agent sees the full numbers with a reason, an admin finds it in the audit log", async ({ pageAs }) => {
  // Three pages, four accessibility scans and two languages: more than the default minute on a busy machine.
  test.slow();
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const srn = await reportFault(customer, "1064800000031", `水表终端离线（查看测试 ${unique()}）`);
  const reason = `客户来电要求核对证件号码（${unique()}）`;
  await agent.goto(`/admin/requests/${srn}`);
  const card = agent.getByRole("region", { name: "客户信息" });
  await card.getByRole("button", { name: "查看完整信息" }).click();
  await card.getByRole("button", { name: "查看并记录" }).click();
  await expect(card.getByText("至少填写 5 个字")).toBeVisible();
  await card.getByLabel("查看原因").fill(reason);
  await card.getByRole("button", { name: "查看并记录" }).click();
  await expect(card).toContainText("13800000003");
  await expect(card).toContainText("91110105MA01ABCD2X");
  await checkA11y(agent, "customer details revealed");
  // Only for that view: a reload shows them masked again.
  await agent.reload();
  await expect(card).toContainText("9111**********CD2X");
  await expect(card).not.toContainText("91110105MA01ABCD2X");

  // The phone and the page in English, without sideways scrolling.
  await agent.setViewportSize({ width: 375, height: 800 });
  await agent.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL(agent.url()).origin }]);
  await agent.reload();
  await expect(agent.getByRole("region", { name: "Collaboration and messages" })).toBeVisible();
  await expectNoHorizontalScroll(agent);
  await checkA11y(agent, "request page in English at 375 px");

  const admin = await pageAs("admin");
  await admin.goto("/admin/audit?action=customer.reveal");
  const row = admin.getByRole("table").getByRole("row").filter({ hasText: reason });
  await expect(row).toContainText("客服 王芳");
  await expect(row).toContainText(srn);
  await expect(row).toContainText("idNumber");
  await checkA11y(admin, "the reveal in the audit log");
});
