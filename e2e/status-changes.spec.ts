import { checkA11y, expect, reportFault, test } from "./fixtures";

// Status changes besides acceptance, on requests each test makes for 星河科技 (13800000003):
// the customer withdraws, an agent returns with a reason, and two staff act on one request.

test("the customer withdraws a request before acceptance, after confirming", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const srn = await reportFault(customer, "CL0300000001", `云主机无法远程登录（撤销测试 ${Date.now()}）`);
  const summary = customer.getByRole("region", { name: "申请信息" });
  const withdraw = customer.getByRole("button", { name: "撤销申请" });
  await expect(customer.getByRole("region", { name: "撤销申请" })).toContainText("受理之前，您可以撤销这张申请");
  await checkA11y(customer, "request page with the withdraw card");

  // Dismissing the confirmation changes nothing.
  customer.once("dialog", (dialog) => void dialog.dismiss());
  await withdraw.click();
  await customer.reload();
  await expect(summary.getByText("已提交", { exact: true })).toBeVisible();

  customer.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("确定要撤销这张申请吗？");
    void dialog.accept();
  });
  await withdraw.click();
  await expect(summary.getByText("已撤销", { exact: true })).toBeVisible();
  await expect(withdraw).toHaveCount(0);
  await expect(customer.getByRole("region", { name: "处理记录" }).getByRole("listitem").nth(1)).toContainText("您撤销了申请");
  // A withdrawn request's clocks stop instead of running into a breach.
  await expect(customer.getByRole("region", { name: "承诺时限" }).getByText("无需计时").first()).toBeVisible();
  await checkA11y(customer, "withdrawn request");

  await customer.goto("/account/requests");
  await expect(customer.getByRole("link", { name: new RegExp(srn) })).toContainText("已撤销");
});

test("an agent returns a request with a reason the customer then reads", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const srn = await reportFault(customer, "1064800000031", `水表终端离线（退回测试 ${Date.now()}）`);
  const reason = `该终端不在本公司网络内，请联系设备厂商（${Date.now()}）。`;

  await agent.goto(`/admin/requests/${srn}`);
  const returnCard = agent.getByRole("region", { name: "退回" });
  await returnCard.getByLabel("退回原因（客户可见）").fill("太短");
  await returnCard.getByRole("button", { name: "退回" }).click();
  await expect(returnCard.getByText("至少填写 5 个字")).toBeVisible();
  await checkA11y(agent, "return form with an error");
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已提交", { exact: true })).toBeVisible();

  await returnCard.getByLabel("退回原因（客户可见）").fill(reason);
  await returnCard.getByRole("button", { name: "退回" }).click();
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已退回", { exact: true })).toBeVisible();
  await expect(agent.getByText("当前状态下没有可执行的操作。")).toBeVisible();

  await customer.goto(`/account/requests/${srn}`);
  await expect(customer.getByRole("region", { name: "申请信息" }).getByText("已退回", { exact: true })).toBeVisible();
  await expect(customer.getByRole("region", { name: "处理记录" })).toContainText(reason);
  await customer.goto("/account/notifications");
  const note = customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 被退回` });
  await expect(note).toContainText(`退回原因：${reason}`);
  await checkA11y(customer, "notifications with a returned request");
});

test("two staff on one request: the second sees a conflict and the current state, not an overwrite", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const supervisor = await pageAs("supervisor");
  const srn = await reportFault(customer, "13800000003", `前台电话无法接听（并发测试 ${Date.now()}）`);

  await agent.goto(`/admin/requests/${srn}`);
  await supervisor.goto(`/admin/requests/${srn}`);
  await supervisor.getByLabel("给客户的消息（选填）").fill("班长已受理。");
  await supervisor.getByRole("button", { name: "受理", exact: true }).click();
  await expect(supervisor.getByRole("region", { name: "申请信息" }).getByText("已受理", { exact: true })).toBeVisible();

  // The agent's page is stale: accepting again is refused with an explanation and a fresh view.
  await agent.getByLabel("给客户的消息（选填）").fill("客服也来受理。");
  await agent.getByRole("button", { name: "受理", exact: true }).click();
  await expect(agent.getByText("该申请刚刚已被他人更新，页面已显示最新状态，请确认后再操作。")).toBeVisible();
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已受理", { exact: true })).toBeVisible();
  await expect(agent.getByRole("region", { name: "申请信息" })).toContainText("班长 陈刚");
  await checkA11y(agent, "staff request page after a conflict");

  const timeline = agent.getByRole("region", { name: "处理记录" });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline).toContainText("班长已受理。");
  await expect(timeline).not.toContainText("客服也来受理。");
});
