import { checkA11y, DEMO_PASSWORD, expect, expectNoHorizontalScroll, fillSignIn, gotoStatus, test } from "./fixtures";

// Churn risk and win-back (issue 7 part 5): 班长 陈刚 opens 客户挽留, finds 李娜 scored at high risk
// by the seeded scoring run (prisma/demo/churn.ts: her complaints, missed deadlines and an
// unresolved fault), opens a win-back task for her given to himself, records a call not answered
// and then one that keeps her; the task then leaves his list. This spec alone works 李娜's
// win-back tasks; it leaves her with none open, so it can run again on the same data. The seeded
// task (星河科技, the agent's) is not touched. The technician is kept out.

test("a supervisor sees a risky customer with reasons, opens a win-back task and records NOT_REACHED then RETAINED", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const supervisor = await pageAs("supervisor");

  await test.step("the risk list shows 李娜 with her reasons and points, on a phone too", async () => {
    await supervisor.goto("/admin/retention");
    await expect(supervisor.getByRole("heading", { level: 1, name: "客户挽留" })).toBeVisible();
    const row = supervisor.getByRole("row").filter({ has: supervisor.getByRole("link", { name: "李**" }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("高风险");
    await expect(row.getByRole("list", { name: "评分原因" })).toContainText(/近 90 天投诉 \d+ 次 \+\d+/);
    await expect(row.getByRole("list", { name: "评分原因" })).toContainText(/超时的申请 \d+ 件/);
    await checkA11y(supervisor, "retention list");
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "retention list at 375 px");
    await supervisor.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("the band filter keeps only high-risk customers", async () => {
    await supervisor.getByLabel("风险等级").selectOption("HIGH");
    await supervisor.getByRole("button", { name: "筛选" }).click();
    await expect(supervisor).toHaveURL(/band=HIGH/);
    await expect(supervisor.getByRole("row").filter({ has: supervisor.getByRole("link", { name: "李**" }) })).toHaveCount(1);
    await expect(supervisor.getByRole("row").filter({ hasText: "中风险" })).toHaveCount(0);
  });

  await test.step("a win-back task for 李娜: 'other' needs details; then a data pack, given to himself", async () => {
    const row = supervisor.getByRole("row").filter({ has: supervisor.getByRole("link", { name: "李**" }) });
    await row.getByText("建立挽留任务").click();
    await row.getByLabel("挽留方案", { exact: true }).selectOption("OTHER");
    await row.getByRole("button", { name: "建立任务" }).click();
    await expect(row.getByText("请说明挽留方案。")).toBeVisible();
    await checkA11y(supervisor, "win-back form with an error");
    await row.getByLabel("挽留方案", { exact: true }).selectOption("DATA_PACK");
    await row.getByLabel("方案说明").fill("赠送 10GB 流量包");
    await row.getByLabel("跟进人").selectOption({ label: "班长 陈刚" });
    await row.getByRole("button", { name: "建立任务" }).click();
    await expect(row).toContainText("流量包：赠送 10GB 流量包");
    await expect(row).toContainText("班长 陈刚 跟进");
  });

  await test.step("the customer 360 page shows the risk and the open task", async () => {
    await supervisor.getByRole("link", { name: "李**" }).click();
    await expect(supervisor.getByRole("heading", { level: 1, name: /李娜/ })).toBeVisible();
    const card = supervisor.getByRole("region", { name: "流失风险" });
    await expect(card).toContainText("高风险");
    await expect(card).toContainText("挽留任务进行中：流量包");
    await checkA11y(supervisor, "customer 360 with churn risk");
  });

  await test.step("a call not answered stays open for another try; a call that keeps her closes the task", async () => {
    await supervisor.goto("/admin/retention/tasks");
    await expect(supervisor.getByRole("heading", { level: 1, name: "挽留任务" })).toBeVisible();
    const row = () => supervisor.getByRole("row").filter({ hasText: "李**" });
    await expect(row()).toHaveCount(1);
    await row().getByLabel("联系结果").selectOption("NOT_REACHED");
    await row().getByLabel("备注（选填）").fill("无人接听");
    await row().getByRole("button", { name: "保存结果" }).click();
    await expect(row()).toContainText("已联系 1/3 次");
    await expect(row()).toContainText("上次结果：未接通");
    await checkA11y(supervisor, "win-back tasks");
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(supervisor);
    await supervisor.setViewportSize({ width: 1280, height: 800 });
    await row().getByLabel("联系结果").selectOption("RETAINED");
    await row().getByLabel("备注（选填）").fill("接受流量包，继续使用");
    await row().getByRole("button", { name: "保存结果" }).click();
    await expect(row()).toHaveCount(0);
    await supervisor.getByRole("link", { name: "全部任务" }).click();
    await expect(supervisor.getByRole("row").filter({ hasText: "李**" })).toHaveCount(0);
  });
});

test("the technician is signed in but kept out of retention (a plain 404)", async ({ page }) => {
  await page.goto("/admin/retention");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await fillSignIn(page, "technician@demo.servicehall.cn", DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
  expect(await gotoStatus(page, "/admin/retention")).toBe(404);
  expect(await gotoStatus(page, "/admin/retention/tasks")).toBe(404);
  expect(await gotoStatus(page, "/admin")).toBe(200);
});
