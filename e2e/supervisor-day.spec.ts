import type { Page } from "@playwright/test";
import { checkA11y, expect, expectNoHorizontalScroll, srnFromUrl, test, unique } from "./fixtures";

// A supervisor's day (issue 5): 客服 王芳 replies to 星河科技's seeded level-1 (major) complaint —
// the reply waits for approval and the customer sees nothing yet; 班长 陈刚 approves it, edited,
// from 答复审批 (/admin/approvals), and the customer then reads it. 陈刚 also creates a reply
// template (an unknown variable is refused, the preview fills in sample values), finds it in the
// list and deactivates it. The complaint is the demo's only level-1 one; this spec alone replies to it.

async function inEnglish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
}

test("an agent's reply to a level-1 complaint waits for the supervisor, who approves it; then the customer reads it", async ({ pageAs }) => {
  test.setTimeout(150_000);
  const agent = await pageAs("agent");
  const supervisor = await pageAs("supervisor");
  const customer = await pageAs("xinghe");
  const tag = unique();
  const draft = `经核查，中断由机房核心交换机故障引起，已更换设备并增加冗余（${tag}）。`;
  const addition = "按合同为您减免当月云主机费用。";
  let srn = "";

  await test.step("the agent opens the level-1 complaint from the queue and submits a reply for approval", async () => {
    await agent.goto("/admin/queue?type=COMPLAINT&level=1&view=open");
    await agent.getByRole("table").getByRole("link", { name: /^SR\d{14}$/ }).first().click();
    await expect(agent).toHaveURL(/\/admin\/requests\/SR\d{14}$/);
    srn = srnFromUrl(agent.url());
    const reply = agent.getByRole("region", { name: "反馈：答复客户" });
    await expect(reply).toContainText("这是一级投诉：您的答复将先提交班长审批");
    await reply.getByLabel("答复内容（客户可见）").fill(draft);
    await reply.getByLabel("答复内容（客户可见）").blur();
    await reply.getByRole("button", { name: "提交班长审批" }).click();
    await expect(reply).toContainText("等待班长审批");
    await expect(reply).toContainText(draft);
    await expect(reply.getByRole("button", { name: "提交班长审批" })).toHaveCount(0);
    await expect(agent.getByRole("region", { name: "处理记录" })).toContainText("起草了答复，等待班长审批");
    await checkA11y(agent, "complaint with a reply waiting for approval");
  });

  await test.step("the customer sees no reply yet", async () => {
    await customer.goto(`/account/requests/${srn}`);
    await expect(customer.getByRole("region", { name: "答复", exact: true })).toContainText("尚未答复");
    await expect(customer.getByText(draft)).toHaveCount(0);
    await expect(customer.getByRole("main")).not.toContainText("等待班长审批");
  });

  await test.step("the supervisor finds it at 答复审批, with the statutory deadline, also on a phone", async () => {
    await supervisor.goto("/admin");
    await supervisor.getByRole("link", { name: "答复审批" }).first().click();
    await expect(supervisor).toHaveURL("/admin/approvals");
    await expect(supervisor.getByRole("heading", { level: 1, name: "答复审批" })).toBeVisible();
    const item = supervisor.getByRole("region", { name: `投诉 ${srn}` });
    await expect(item).toContainText("法定答复期限：");
    await expect(item).toContainText("王芳");
    await expect(item.getByLabel("答复内容（可修改后批准）")).toHaveValue(draft);
    await checkA11y(supervisor, "approvals");
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "approvals at 375 px");
    await supervisor.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("rejecting needs a note; the supervisor edits the reply and approves it", async () => {
    const item = supervisor.getByRole("region", { name: `投诉 ${srn}` });
    await item.getByRole("button", { name: "退回修改" }).click();
    await expect(item.getByText("至少填写 5 个字")).toBeVisible();
    await item.getByLabel("答复内容（可修改后批准）").fill(`${draft}${addition}`);
    await item.getByRole("button", { name: "批准并发送" }).click();
    await expect(supervisor.getByRole("region", { name: `投诉 ${srn}` })).toHaveCount(0);
  });

  await test.step("the customer now reads the reply, from its author, and the clock says it was met", async () => {
    await customer.goto(`/account/requests/${srn}`);
    const replies = customer.getByRole("region", { name: "答复", exact: true });
    await expect(replies).toContainText("第 1 次答复");
    await expect(replies).toContainText(`${draft}${addition}`);
    await expect(replies).toContainText("王芳");
    await expect(customer.getByRole("main")).toContainText(/已于 .+ 答复（在期限内）/);
    await checkA11y(customer, "complaint replied after approval");
  });

  await test.step("the agent's page shows the reply sent", async () => {
    await agent.goto(`/admin/requests/${srn}`);
    await expect(agent.getByRole("region", { name: "答复", exact: true })).toContainText(addition);
    await expect(agent.getByRole("region", { name: "处理记录" })).toContainText("批准了答复");
  });
});

test("a supervisor creates a reply template, previews it, finds it in the list and deactivates it", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const supervisor = await pageAs("supervisor");
  const code = `E2E-${unique()}`;

  await test.step("an unknown variable is refused; the preview fills in sample values", async () => {
    await supervisor.goto("/admin/templates");
    await expect(supervisor.getByRole("heading", { level: 1, name: "答复模板" })).toBeVisible();
    await checkA11y(supervisor, "templates list");
    await supervisor.getByRole("link", { name: "新建模板" }).click();
    await expect(supervisor).toHaveURL("/admin/templates/new");
    await supervisor.getByLabel("模板编号").fill(code);
    await supervisor.getByLabel("中文标题").fill("重大投诉致歉");
    await supervisor.getByLabel("英文标题").fill("Apology for a major complaint");
    await supervisor.getByLabel("中文正文").fill("尊敬的{customerName}：关于您的投诉 {srn}，退还 {amount} 元。");
    await supervisor.getByLabel("英文正文").fill("Dear {customerName}, about your complaint {srn}: we apologise.");
    await supervisor.getByRole("group", { name: "适用的申请类型" }).getByText("投诉", { exact: true }).click();
    await expect(supervisor.getByRole("checkbox", { name: "投诉" })).toBeChecked();
    const preview = supervisor.getByRole("region", { name: "预览" });
    await expect(preview).toContainText("尊敬的张伟：关于您的投诉 SR20261128000123");
    await expect(preview).toContainText("未知变量：{amount}");
    await expect(preview).toContainText("Dear Zhang Wei");
    await supervisor.getByRole("button", { name: "创建模板" }).click();
    await expect(supervisor.getByText("正文中有不认识的变量，请只使用下面列出的变量")).toBeVisible();
    await checkA11y(supervisor, "template form with errors");
  });

  await test.step("fixed, it is created and listed", async () => {
    await supervisor.getByLabel("中文正文").fill("尊敬的{customerName}：关于您的投诉 {srn}，{agentName} 已为您处理，深表歉意。");
    await supervisor.getByRole("button", { name: "创建模板" }).click();
    await expect(supervisor).toHaveURL(/\/admin\/templates\/[^/?]+\?created=1$/);
    await expect(supervisor.getByText("模板已创建。")).toBeVisible();
    await checkA11y(supervisor, "template edit page");
    await supervisor.goto(`/admin/templates?q=${code}`);
    const list = supervisor.getByRole("list", { name: "模板列表" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText(code);
    await expect(list).toContainText("适用：投诉");
    await expect(list).toContainText("启用中");
  });

  await test.step("deactivated, it leaves the active list and shows among the inactive", async () => {
    await supervisor.getByRole("link", { name: "重大投诉致歉" }).click();
    await supervisor.getByRole("button", { name: "停用模板" }).click();
    await expect(supervisor.getByRole("button", { name: "启用模板" })).toBeVisible();
    await supervisor.goto(`/admin/templates?q=${code}`);
    await expect(supervisor.getByText("没有符合条件的模板。")).toBeVisible();
    await supervisor.goto(`/admin/templates?q=${code}&status=inactive`);
    await expect(supervisor.getByRole("list", { name: "模板列表" })).toContainText("已停用");
  });

  await test.step("in English", async () => {
    await inEnglish(supervisor);
    await supervisor.goto(`/admin/templates?q=${code}&status=all`);
    await expect(supervisor.getByRole("heading", { level: 1, name: "Reply templates" })).toBeVisible();
    await expect(supervisor.getByRole("link", { name: "Apology for a major complaint" })).toBeVisible();
    await checkA11y(supervisor, "templates list in English");
  });
});

test("agents do not get the supervisor's pages", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  for (const path of ["/admin/approvals", "/admin/templates", "/admin/templates/new"]) {
    const response = await agent.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await agent.goto("/admin");
  await expect(agent.getByRole("link", { name: "答复审批" })).toHaveCount(0);
});
