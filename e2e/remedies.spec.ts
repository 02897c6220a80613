import { cstMonthKey } from "../lib/domain/time";
import { checkA11y, expect, expectNoHorizontalScroll, test } from "./fixtures";

// Remedies (issue 6 part 5): 班长 陈刚 approves the seeded proposal for 李娜's fault report that
// nobody accepted in time (CNY 2, prisma/demo/remedies.ts); 李娜 then finds the credit on her bill,
// in her notifications and on the request's page. The admin reads the queue without the buttons,
// opens the rules from 管理 and raises the special-case acceptance credit (no demo request is a
// special case). This spec alone decides 李娜's proposals and edits rules.

test("a supervisor approves a proposed remedy; the customer sees the credit on her bill, in her notifications and on the request", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const supervisor = await pageAs("supervisor");
  const customer = await pageAs("li");
  const month = cstMonthKey(new Date());
  let srn = "";

  await test.step("the supervisor finds the proposal in the queue, on a phone too", async () => {
    await supervisor.goto("/admin");
    await supervisor.getByRole("link", { name: "补偿审核" }).first().click();
    await expect(supervisor).toHaveURL("/admin/remedies");
    await expect(supervisor.getByRole("heading", { level: 1, name: "补偿" })).toBeVisible();
    const row = supervisor.getByRole("row").filter({ hasText: "李**" }).filter({ hasText: "未在承诺时限内受理" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("¥2.00");
    await expect(row).toContainText("受理超时补偿 2 元");
    srn = (await row.getByRole("link", { name: /^SR\d{14}$/ }).textContent())!.trim();
    await checkA11y(supervisor, "remedies queue");
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "remedies queue at 375 px");
    await supervisor.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("rejecting needs a reason; approving credits it and leaves the queue", async () => {
    const row = supervisor.getByRole("row").filter({ hasText: srn }).filter({ hasText: "未在承诺时限内受理" });
    await row.getByText("不予补偿…").click();
    await row.getByRole("button", { name: "驳回" }).click();
    await expect(row.getByText("至少填写 5 个字")).toBeVisible();
    await checkA11y(supervisor, "remedies queue with a rejection error");
    await row.getByLabel("批准备注（选填）").fill("已核实受理超时");
    await row.getByRole("button", { name: "批准" }).click();
    await expect(supervisor.getByRole("row").filter({ hasText: srn }).filter({ hasText: "未在承诺时限内受理" })).toHaveCount(0);
    await supervisor.getByLabel("状态").selectOption("APPROVED");
    await supervisor.getByRole("button", { name: "筛选" }).click();
    await expect(supervisor).toHaveURL(/status=APPROVED/);
    const approved = supervisor.getByRole("row").filter({ hasText: srn }).filter({ hasText: "未在承诺时限内受理" });
    await expect(approved).toContainText("已批准");
    await expect(approved).toContainText(`计入 ${month} 账单`);
    await expect(approved).toContainText("已核实受理超时");
    await checkA11y(supervisor, "approved remedies");
  });

  await test.step("the customer finds the credit on her bill", async () => {
    await customer.goto("/account/bills");
    const bill = customer.getByRole("article").filter({ hasText: "服务补偿" });
    await expect(bill).toHaveCount(1);
    await bill.getByText("账单明细").click();
    const item = bill.getByRole("listitem").filter({ hasText: `服务补偿：申请 ${srn} 未在承诺时限内受理` });
    await expect(item).toContainText("-¥2.00");
    await checkA11y(customer, "bills with a remedy");
    await customer.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(customer);
    await checkA11y(customer, "bills with a remedy at 375 px");
    await customer.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("…in her notifications, leading to the bills, and on the request's page", async () => {
    await customer.goto("/account/notifications");
    const note = customer.getByRole("listitem").filter({ hasText: "服务补偿已到账" });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText(`因申请 ${srn} 未在承诺时限内受理，我们为您补偿 ¥2.00，将计入 ${month} 账单。`);
    await checkA11y(customer, "notifications with a remedy");
    await note.getByRole("link", { name: "查看账单" }).click();
    await expect(customer).toHaveURL("/account/bills");
    await customer.goto(`/account/requests/${srn}`);
    await expect(customer.getByRole("region", { name: "服务补偿" })).toContainText(`因受理超时，已补偿 ¥2.00，计入 ${month} 账单。`);
    await checkA11y(customer, "request with a remedy");
  });
});

test("an admin reads the queue without deciding, and edits a rule from 管理", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/remedies");
  await expect(admin.getByText("您可以查看补偿，但无权审核。")).toBeVisible();
  await expect(admin.getByRole("button", { name: "批准" })).toHaveCount(0);
  await checkA11y(admin, "remedies, read-only");
  await admin.goto("/admin/settings");
  await admin.getByRole("link", { name: /补偿规则/ }).click();
  await expect(admin).toHaveURL("/admin/remedies/rules");
  const accept = admin.getByRole("region", { name: "受理超时补偿 2 元", exact: true });
  await expect(accept).toContainText("受理超时：补偿 ¥2.00");
  await expect(accept.getByLabel("补偿金额（元）")).toHaveValue("2.00");
  await checkA11y(admin, "remedy rules");
  const special = admin.getByRole("region", { name: "特殊情况受理超时补偿 2 元" });
  await special.getByLabel("补偿金额（元）").fill("abc");
  await special.getByRole("button", { name: "保存" }).click();
  await expect(special.getByText("请输入金额（元），最多两位小数")).toBeVisible();
  await special.getByLabel("补偿金额（元）").fill("3");
  await special.getByRole("button", { name: "保存" }).click();
  await expect(special).toContainText("已保存。");
  await expect(special).toContainText("特殊情况受理超时：补偿 ¥3.00");
  await expect(special).toContainText("第 2 版");
  await admin.setViewportSize({ width: 375, height: 800 });
  await expectNoHorizontalScroll(admin);
  await checkA11y(admin, "remedy rules at 375 px");
});
