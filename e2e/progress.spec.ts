import type { Page } from "@playwright/test";
import { checkA11y, cstDate, expect, expectSteps, srnFromUrl, test, unique } from "./fixtures";

// The progress page (issue 3, part 2) and the status changes behind it, on requests each test
// makes for 星河科技 (13800000003): staff ask for information and the clocks pause until the
// customer answers; the customer confirms a resolution or says it is not resolved; withdrawal.

const MAIN = ["已提交", "已受理", "处理中", "已解决", "已关闭"];

async function newConsultation(page: Page, topic: string, question: string): Promise<string> {
  await page.goto("/account/requests/new/consultation");
  await page.getByLabel("咨询类别").selectOption({ label: topic });
  const box = page.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
  if (await box.isVisible()) await box.check();
  await page.getByLabel("您的问题").fill(question);
  await page.getByRole("button", { name: "提交咨询" }).click();
  await expect(page).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
  return srnFromUrl(page.url());
}

/** An agent accepts the request and resolves it with `result`. */
async function acceptAndResolve(agent: Page, srn: string, result: string) {
  await agent.goto(`/admin/requests/${srn}`);
  await agent.getByRole("region", { name: "受理" }).getByRole("button", { name: "受理", exact: true }).click();
  const resolve = agent.getByRole("region", { name: "处理完成" });
  await resolve.getByLabel("处理结果（客户可见）").fill("好了");
  await resolve.getByRole("button", { name: "标记为已解决" }).click();
  await expect(resolve.getByText("至少填写 5 个字")).toBeVisible();
  await checkA11y(agent, "resolve form with an error");
  await resolve.getByLabel("处理结果（客户可见）").fill(result);
  await resolve.getByRole("button", { name: "标记为已解决" }).click();
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已解决", { exact: true })).toBeVisible();
  // Closing without the customer's confirmation needs a recorded reason.
  await expect(agent.getByRole("region", { name: "关闭申请" }).getByLabel("关闭原因")).toBeVisible();
  await checkA11y(agent, "staff page of a resolved request");
}

test("staff ask for information: the customer's clocks pause, and the answer runs them again with the deadline moved", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const question = `请确认安装地址所在楼层是否已有光纤入户，并提供物业联系人电话（${unique()}）。`;

  await customer.goto("/account/requests/new/service-opening");
  await customer.getByLabel("开通业务").selectOption({ label: "开通宽带" });
  await customer.getByLabel("安装地址").fill(`北京市海淀区上地信息路 ${unique()} 号`);
  await customer.getByLabel("预约日期").fill(cstDate(3));
  await customer.getByLabel("预约时段").selectOption({ label: "15:00–18:00" });
  await customer.getByRole("button", { name: "提交开通申请" }).click();
  await expect(customer).toHaveURL(/\?created=1$/);
  const srn = srnFromUrl(customer.url());

  await test.step("the agent accepts, starts work and asks a question", async () => {
    await agent.goto(`/admin/requests/${srn}`);
    await agent.getByRole("region", { name: "受理" }).getByRole("button", { name: "受理", exact: true }).click();
    const start = agent.getByRole("region", { name: "开始处理" });
    await start.getByLabel("给客户的消息（选填）").fill("已派单至装维班组。");
    await start.getByRole("button", { name: "开始处理" }).click();
    await expect(agent.getByRole("region", { name: "申请信息" }).getByText("处理中", { exact: true })).toBeVisible();
    await expectSteps(agent, MAIN, "处理中");
    const ask = agent.getByRole("region", { name: "请客户补充信息" });
    await ask.getByLabel("需要客户补充的信息（客户可见）").fill(question);
    await ask.getByRole("button", { name: "请客户补充" }).click();
    await expect(agent.getByRole("region", { name: "申请信息" }).getByText("待补充信息", { exact: true })).toBeVisible();
    await expect(agent.getByRole("region", { name: "承诺时限" })).toContainText(/等待客户补充信息，自 .+ 起计时暂停。/);
    await expect(agent.getByText("当前状态下没有可执行的操作。")).toBeVisible();
    await checkA11y(agent, "staff page while waiting for the customer");
  });

  const resolveClock = customer.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "解决时限" });
  let pausedDeadline = "";

  await test.step("the customer sees the question and the clocks paused", async () => {
    await customer.goto(`/account/requests/${srn}`);
    await expectSteps(customer, ["已提交", "已受理", "待补充信息", "已解决", "已关闭"], "待补充信息");
    await expect(customer.getByRole("region", { name: "承诺时限" })).toContainText(/等待您补充信息，自 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 起计时暂停。/);
    await expect(resolveClock).toContainText(/计时暂停，剩余 /);
    pausedDeadline = (await resolveClock.getByText(/^截止 /).getAttribute("datetime")) ?? "";
    expect(pausedDeadline).not.toBe("");
    const card = customer.getByRole("region", { name: "补充信息" });
    await expect(card).toContainText(question);
    await expect(card).toContainText("客服 王芳 的问题");
    await checkA11y(customer, "request waiting for the customer");

    await card.getByLabel("您的回复").fill("有");
    await card.getByRole("button", { name: "提交补充信息" }).click();
    await expect(card.getByText("至少填写 5 个字")).toBeVisible();
    await checkA11y(customer, "answer with an error");
  });

  await test.step("the customer answers: in progress again, the clock runs with its deadline moved", async () => {
    const card = customer.getByRole("region", { name: "补充信息" });
    await card.getByLabel("您的回复").fill("7 楼已有光纤入户，物业王经理 13900001111。");
    await card.getByRole("button", { name: "提交补充信息" }).click();
    await expect(card).toHaveCount(0);
    await expectSteps(customer, MAIN, "处理中");
    await expect(customer.getByRole("region", { name: "承诺时限" })).not.toContainText("计时暂停");
    await expect(resolveClock).toContainText(/^解决时限截止 .+剩余 /);
    const resumed = (await resolveClock.getByText(/^截止 /).getAttribute("datetime")) ?? "";
    expect(new Date(resumed).getTime()).toBeGreaterThan(new Date(pausedDeadline).getTime());
    const timeline = customer.getByRole("region", { name: "处理记录" });
    await expect(timeline.getByRole("listitem").last()).toContainText("您补充了信息");
    await expect(timeline.getByRole("listitem").last()).toContainText("7 楼已有光纤入户");
    await checkA11y(customer, "request after the answer");
  });
});

test("resolve → the customer confirms, and the request closes with the result on record", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const result = `已核实：园区 3 号楼 5G 信号弱是因为基站扩容施工，今晚 22 点后恢复（${unique()}）。`;
  const srn = await newConsultation(customer, "网络与信号", `园区 3 号楼的 5G 信号为什么最近很弱？（${unique()}）`);
  await acceptAndResolve(agent, srn, result);

  await customer.goto(`/account/requests/${srn}`);
  await expectSteps(customer, MAIN, "已解决");
  const card = customer.getByRole("region", { name: "处理结果" });
  await expect(card).toContainText("客服 王芳");
  await expect(card).toContainText(result);
  await expect(customer.getByRole("region", { name: "问题未解决？" })).toBeVisible();
  // Answering the consultation met its respond-by clock.
  await expect(customer.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "响应时限" })).toContainText(/已于 .+ 完成/);
  await checkA11y(customer, "resolved request");

  await card.getByRole("button", { name: "确认已解决" }).click();
  await expectSteps(customer, MAIN, "已关闭");
  await expect(customer.getByRole("button", { name: "确认已解决" })).toHaveCount(0);
  await expect(customer.getByRole("region", { name: "问题未解决？" })).toHaveCount(0);
  await expect(customer.getByRole("region", { name: "处理结果" })).toContainText(result);
  await expect(customer.getByRole("region", { name: "处理记录" }).getByRole("listitem").last()).toContainText("您确认问题已解决");
  await checkA11y(customer, "closed request");

  await customer.goto("/account/notifications");
  await expect(customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 已处理完成` })).toContainText(result);
  await expect(customer.getByRole("listitem").filter({ hasText: `申请 ${srn} 已关闭` })).toHaveCount(1);
});

test("resolve → the customer says it is not resolved (in English) → back in progress for staff", async ({ pageAs, baseURL }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const reason = `The invoice still shows the old company name (${unique()}).`;
  const srn = await newConsultation(customer, "账户与实名", `公司已更名，发票抬头怎么改？（${unique()}）`);
  await acceptAndResolve(agent, srn, "已在系统中更新发票抬头为新公司名称。");

  await customer.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await customer.goto(`/account/requests/${srn}`);
  await expectSteps(customer, ["Submitted", "Accepted", "In progress", "Resolved", "Closed"], "Resolved");
  const reopen = customer.getByRole("region", { name: "Not solved?" });
  await reopen.getByRole("button", { name: "It is not solved" }).click();
  await expect(reopen.getByText("Write at least 5 characters")).toBeVisible();
  await checkA11y(customer, "not-resolved form with an error (en)");
  await reopen.getByLabel("What is still wrong").fill(reason);
  await reopen.getByRole("button", { name: "It is not solved" }).click();
  await expectSteps(customer, ["Submitted", "Accepted", "In progress", "Resolved", "Closed"], "In progress");
  await expect(customer.getByRole("region", { name: "Not solved?" })).toHaveCount(0);
  const last = customer.getByRole("region", { name: "Timeline" }).getByRole("listitem").last();
  await expect(last).toContainText("said it is not resolved");
  await expect(last).toContainText(reason);
  await checkA11y(customer, "reopened request (en)");

  await agent.goto(`/admin/requests/${srn}`);
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("处理中", { exact: true })).toBeVisible();
  await expect(agent.getByRole("region", { name: "处理记录" })).toContainText(reason);
  await expect(agent.getByRole("region", { name: "处理完成" })).toBeVisible();
  await checkA11y(agent, "staff page of a reopened request");
});

test("the customer withdraws a business change before acceptance", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  await customer.goto("/account/requests/new/business-change");
  const select = customer.getByLabel("办理号码 / 账号");
  await select.selectOption({ label: (await select.getByRole("option", { name: / 1064800000031 / }).textContent()) ?? "" });
  const box = customer.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
  if (await box.isVisible()) await box.check();
  await customer.getByLabel("变更事项").selectOption({ label: "变更登记联系人" });
  await customer.getByLabel("新联系人姓名").fill("赵磊");
  await customer.getByLabel("新联系人手机号").fill("13911112222");
  await customer.getByRole("button", { name: "提交变更申请" }).click();
  await expect(customer).toHaveURL(/\?created=1$/);
  await expect(customer.getByRole("region", { name: "申请信息" })).toContainText("赵磊 · 13911112222");

  customer.once("dialog", (dialog) => void dialog.accept());
  await customer.getByRole("button", { name: "撤销申请" }).click();
  await expectSteps(customer, ["已提交", "已撤销"], "已撤销");
  await expect(customer.getByRole("button", { name: "撤销申请" })).toHaveCount(0);
  await checkA11y(customer, "withdrawn business change");
});
