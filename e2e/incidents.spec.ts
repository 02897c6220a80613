import { checkA11y, cstLocal, expect, expectNoHorizontalScroll, test } from "./fixtures";

// 故障公告 (issue 6): a supervisor declares an outage of mobile service in 深圳市南山区, where 周敏
// (13800000004) has her lines, posts an update, ticks a playbook step and restores it. 周敏 is told
// in the app at every stage, and by SMS into the outbox the admin reads. The incident's title is
// unique to the run, so other specs' data does not matter.

test("a supervisor declares, updates and restores an incident; the affected customer hears of every stage", async ({ pageAs }) => {
  const supervisor = await pageAs("supervisor");
  const title = `南山区移动网络中断（E2E ${Date.now()}）`;
  let code = "";

  await test.step("the list, from the header's link", async () => {
    await supervisor.goto("/admin");
    await supervisor.getByRole("banner").getByRole("link", { name: "故障公告" }).click();
    await expect(supervisor).toHaveURL("/admin/incidents");
    await expect(supervisor.getByRole("heading", { level: 1, name: "故障公告" })).toBeVisible();
    await expect(supervisor.getByRole("region", { name: "进行中的故障" }).first()).toContainText("朝阳区移动网络中断");
    await checkA11y(supervisor, "incidents list");
  });

  await test.step("declare: invalid input is refused with messages, then the incident is declared", async () => {
    await supervisor.getByRole("link", { name: "宣布故障" }).click();
    await expect(supervisor.getByRole("heading", { level: 1, name: "宣布故障" })).toBeVisible();
    await supervisor.getByRole("button", { name: "宣布并通知客户" }).click();
    await expect(supervisor.getByText("请至少选择一项业务")).toBeVisible();
    await expect(supervisor.getByText("请至少选择一个区域")).toBeVisible();
    await checkA11y(supervisor, "declare form with errors");
    await supervisor.getByLabel("标题（中文）").fill(title);
    await supervisor.getByLabel("对外说明（中文）").fill("南山区科技园一带基站传输中断，手机无信号，抢修人员已出发。");
    // The choices are pills: their labels take the click.
    await supervisor.getByText("II 级 · 重大", { exact: true }).click();
    await expect(supervisor.getByText("上报公司分管领导", { exact: true })).toBeVisible();
    await supervisor.getByText("III 级 · 较大", { exact: true }).click();
    await expect(supervisor.getByRole("radio", { name: "III 级 · 较大" })).toBeChecked();
    await expect(supervisor.getByText("指定抢修负责人", { exact: true })).toBeVisible();
    await supervisor.getByText("移动", { exact: true }).click();
    await supervisor.getByText("广东省深圳市南山区", { exact: true }).click();
    await expect(supervisor.getByRole("checkbox", { name: "广东省深圳市南山区" })).toBeChecked();
    await supervisor.getByLabel("预计恢复时间（选填）").fill(cstLocal(-2));
    await supervisor.getByRole("button", { name: "宣布并通知客户" }).click();
    await expect(supervisor).toHaveURL(/\/admin\/incidents\/INC\d{11}\?declared=1$/);
    code = new URL(supervisor.url()).pathname.split("/").pop()!;
    await expect(supervisor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(supervisor.getByText("故障已宣布，正在通知受影响的客户。")).toBeVisible();
    await checkA11y(supervisor, "incident detail");
  });

  await test.step("the fan-out tells 周敏: the stage shows how many were notified", async () => {
    const updates = supervisor.getByRole("region", { name: "对外通报" });
    await expect(async () => {
      await supervisor.reload();
      await expect(updates.getByText(/已通知 [1-9]\d* 人/)).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(supervisor.getByRole("region", { name: "概况" })).toContainText("受影响号码");
  });

  await test.step("tick a playbook step and post an update", async () => {
    await supervisor.getByRole("button", { name: "标记完成：指定抢修负责人" }).click();
    await expect(supervisor.getByRole("region", { name: "应急处置步骤" })).toContainText("班长 陈刚 ·");
    await supervisor.getByLabel("进展说明（中文）").fill("抢修人员已到场，正在更换传输板卡。");
    await supervisor.getByRole("button", { name: "发布并通知" }).click();
    await expect(supervisor.getByText("已发布，正在通知客户。")).toBeVisible();
    await expect(supervisor.getByRole("region", { name: "对外通报" })).toContainText("抢修人员已到场，正在更换传输板卡。");
  });

  await test.step("the detail page at 375 px", async () => {
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await supervisor.reload();
    await expect(supervisor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "incident detail at 375 px");
    await supervisor.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("restore", async () => {
    await supervisor.getByLabel("恢复说明（中文）").fill("传输板卡已更换，基站全部恢复。");
    await supervisor.getByRole("button", { name: "宣布恢复并通知" }).click();
    await expect(supervisor.getByText("故障已恢复，不能再发布进展或勾选步骤。")).toBeVisible();
    await expect(supervisor.getByRole("region", { name: "概况" })).toContainText("已恢复");
    await expect(supervisor.getByRole("button", { name: "发布并通知" })).toHaveCount(0);
    await checkA11y(supervisor, "restored incident");
  });

  await test.step("周敏's notifications show every stage, each leading to the status page", async () => {
    const customer = await pageAs("zhou");
    const notes = customer.getByRole("listitem").filter({ hasText: title });
    await expect(async () => {
      await customer.goto("/account/notifications");
      await expect(notes).toHaveCount(3, { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(notes.filter({ hasText: `故障公告：${title}` })).toContainText("广东省深圳市南山区受影响");
    await expect(notes.filter({ hasText: `故障进展：${title}` })).toContainText("正在更换传输板卡");
    await expect(notes.filter({ hasText: `故障已恢复：${title}` })).toContainText("传输板卡已更换，基站全部恢复。");
    for (const link of await notes.getByRole("link", { name: "查看故障公告" }).all()) await expect(link).toHaveAttribute("href", `/status/${code}`);
    await checkA11y(customer, "notifications with incident stages");
  });

  await test.step("the admin sees the SMS in the outbox", async () => {
    const admin = await pageAs("admin");
    const sms = admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: title }).filter({ hasText: "138****0004" });
    await expect(async () => {
      await admin.goto("/admin/outbox?channel=SMS");
      await expect(sms).toHaveCount(3, { timeout: 1_000 });
    }).toPass({ timeout: 45_000 });
    await expect(sms.filter({ hasText: `【ServiceHall】故障公告：${title}` })).toHaveCount(1);
    await checkA11y(admin, "outbox with incident SMS");
  });
});

test("read-only staff see incidents without the forms; customers are kept out", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  await agent.goto("/admin/incidents");
  await expect(agent.getByRole("link", { name: "宣布故障" })).toHaveCount(0);
  await agent.getByRole("link", { name: "朝阳区移动网络中断" }).click();
  await expect(agent.getByText("您可以查看故障公告；宣布、通报和恢复由网络运维和班长操作。")).toBeVisible();
  await expect(agent.getByRole("button", { name: /标记完成/ })).toHaveCount(0);
  await checkA11y(agent, "incident detail, read-only");
  const customer = await pageAs("zhang");
  await customer.goto("/admin/incidents");
  await expect(customer.getByRole("heading", { level: 1, name: "故障公告" })).toHaveCount(0);
});
