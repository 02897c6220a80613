import { checkA11y, expect, reportFault, test } from "./fixtures";

// The SLA engine: an admin saves a new version of a policy (销户, whose warning threshold only
// changes when staff are warned, so other specs' deadlines stay as they are), and an agent sets
// the level of a fault 星河科技 reports here, which moves its deadlines.

test("an admin saves a policy as a new version; bad input is explained", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/sla");
  await expect(admin.getByRole("heading", { level: 1, name: "时限策略" })).toBeVisible();
  await checkA11y(admin, "SLA policies");
  await admin.getByRole("link", { name: "查看与编辑销户的时限策略" }).click();
  const heading = admin.getByRole("heading", { level: 1, name: /^销户 · 版本 \d+$/ });
  await expect(heading).toBeVisible();
  const version = Number((await heading.textContent())!.match(/版本 (\d+)/)![1]);

  const warn = admin.getByLabel("预警比例（%）");
  const from = await warn.inputValue();
  const to = from === "80" ? "85" : "80";
  await warn.fill("0");
  await admin.getByLabel("修改说明").fill("端到端测试：调整预警比例");
  await admin.getByRole("button", { name: `保存为版本 ${version + 1}` }).click();
  await expect(admin.getByText("预警比例须为 1 到 99 之间的整数")).toBeVisible();
  await checkA11y(admin, "policy form with an error");

  await warn.fill(to);
  await expect(admin.getByText(`预警比例（%）：${from} → ${to}`)).toBeVisible();
  await expect(admin.getByText(`将保存为版本 ${version + 1}。`)).toBeVisible();
  await admin.getByRole("button", { name: `保存为版本 ${version + 1}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `销户 · 版本 ${version + 1}` })).toBeVisible();
  const history = admin.getByRole("region", { name: "版本历史" });
  await expect(history.getByRole("heading", { name: new RegExp(`^版本 ${version + 1} · .* · 管理员 赵敏$`) })).toBeVisible();
  await expect(history).toContainText("端到端测试：调整预警比例");
  await checkA11y(admin, "policy saved");

  await admin.goto("/admin/calendars");
  await admin.getByRole("link", { name: "中国工作日（法定节假日与调休）" }).click();
  const days = admin.getByRole("region", { name: "节假日与调休上班日" });
  await expect(days).toContainText("2026-02-14");
  await expect(days).toContainText("春节调休上班");
  await checkA11y(admin, "business calendar");
});

test("an agent sets a fault's level and its deadlines move", async ({ pageAs }) => {
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const srn = await reportFault(customer, "CL0300000001", `云主机全部中断（分级测试 ${Date.now()}）`);
  await agent.goto(`/admin/requests/${srn}`);
  const clocks = agent.getByRole("region", { name: "承诺时限" });
  const resolveBy = clocks.getByRole("group", { name: "解决时限" }).locator("time");
  const before = Date.parse((await resolveBy.getAttribute("datetime"))!);

  const card = agent.getByRole("region", { name: "级别（分级响应）" });
  await expect(card).toContainText("2 一般 · 业务中断 · 2 小时响应 · 4 小时恢复");
  await checkA11y(agent, "request page with the level card");
  await card.getByRole("radio", { name: "1 重大 · 网络中断 · 1 小时响应 · 2 小时恢复" }).check();
  await card.getByRole("button", { name: "保存级别" }).click();
  await expect(agent.getByRole("region", { name: "处理记录" })).toContainText("调整了级别");
  await expect.poll(async () => Date.parse((await resolveBy.getAttribute("datetime"))!)).toBe(before - 2 * 3_600_000);
  await checkA11y(agent, "level changed");

  // The customer is told, and sees the new deadline on the progress page.
  await customer.goto(`/account/requests/${srn}`);
  await expect
    .poll(async () => Date.parse((await customer.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "解决时限" }).locator("time").getAttribute("datetime"))!))
    .toBe(before - 2 * 3_600_000);
});
