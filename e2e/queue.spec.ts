import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, expect, expectNoHorizontalScroll, reportFault, test } from "./fixtures";

// The staff queue: filters that live in the URL, search, and a supervisor's bulk hand-over, on
// two fault reports this spec files for 星河科技 (13800000003).

test("a supervisor filters the queue, shares the view by its address, and hands two requests over", async ({ pageAs }) => {
  test.slow();
  const customer = await pageAs("xinghe");
  const tag = `队列测试 ${Date.now()}`;
  const first = await reportFault(customer, "CL0300000001", `云主机磁盘只读（${tag}）`);
  const second = await reportFault(customer, "CL0300000001", `云主机无法重启（${tag}）`);

  const supervisor = await pageAs("supervisor");
  await test.step("search by SRN finds exactly that request", async () => {
    await supervisor.goto(`/admin/queue?q=${first}`);
    await expect(supervisor.getByRole("link", { name: first })).toBeVisible();
    await expect(supervisor.getByRole("link", { name: second })).toHaveCount(0);
  });

  await test.step("the filter form writes its choices into the address", async () => {
    await supervisor.goto("/admin/queue");
    await supervisor.getByText("筛选", { exact: true }).click();
    await supervisor.getByLabel("搜索").fill("星河");
    await supervisor.getByLabel("类型").selectOption({ label: "故障报修" });
    await supervisor.getByLabel("排序").selectOption({ label: "最新提交" });
    await supervisor.getByRole("button", { name: "应用筛选" }).click();
    await expect(supervisor).toHaveURL(/type=FAULT_REPAIR/);
    await expect(supervisor).toHaveURL(/sort=newest/);
    // Newest first: the second report heads the list.
    const links = supervisor.getByRole("table").getByRole("link", { name: /^SR\d{14}$/ });
    await expect(links.first()).toHaveText(second);
    await expect(links.nth(1)).toHaveText(first);
    await checkA11y(supervisor, "queue with filters");
  });

  await test.step("an agent opening the same address sees the same view", async () => {
    const agent = await pageAs("agent");
    await agent.goto(supervisor.url());
    await expect(agent.getByLabel("类型")).toHaveValue("FAULT_REPAIR");
    await expect(agent.getByRole("table").getByRole("link", { name: /^SR\d{14}$/ }).first()).toHaveText(second);
    // Agents do not hand over in bulk.
    await expect(agent.getByRole("button", { name: "移交所选申请" })).toHaveCount(0);
    await expect(agent.getByRole("checkbox", { name: `选择 ${first}` })).toHaveCount(0);
  });

  await test.step("bulk hand-over needs a choice, then moves both to the field team", async () => {
    await supervisor.getByRole("checkbox", { name: `选择 ${first}` }).check();
    await supervisor.getByRole("checkbox", { name: `选择 ${second}` }).check();
    await supervisor.getByRole("button", { name: "移交所选申请" }).click();
    await expect(supervisor.getByText("请选择新负责人或新班组。")).toBeVisible();
    await supervisor.getByLabel("新班组").selectOption({ label: "装维服务" });
    await supervisor.getByRole("button", { name: "移交所选申请" }).click();
    await expect(supervisor.getByText("已移交 2 件。")).toBeVisible();
    for (const srn of [first, second]) {
      await expect(supervisor.getByRole("row").filter({ has: supervisor.getByRole("link", { name: srn }) })).toContainText("装维服务");
    }
    await checkA11y(supervisor, "queue after a bulk hand-over");
  });

  await test.step("the hand-over is on the request's internal timeline", async () => {
    await supervisor.goto(`/admin/requests/${first}`);
    await expect(supervisor.getByRole("region", { name: "处理记录" })).toContainText("移交了申请");
  });

  await test.step("a bad filter in the address is named and ignored", async () => {
    await supervisor.goto("/admin/queue?level=9&type=FAULT_REPAIR");
    await expect(supervisor.getByText("以下筛选条件无效，已忽略：等级")).toBeVisible();
    await expect(supervisor.getByLabel("类型")).toHaveValue("FAULT_REPAIR");
  });

  await test.step("on a phone the page does not scroll sideways, and in English it reads in English", async () => {
    await supervisor.setViewportSize({ width: 375, height: 800 });
    await supervisor.goto(`/admin/queue?q=${second}`);
    await expectNoHorizontalScroll(supervisor);
    await checkA11y(supervisor, "queue at 375 px");
    await supervisor.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL(supervisor.url()).origin }]);
    await supervisor.goto("/admin/queue?level=9");
    await expect(supervisor.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
    await expect(supervisor.getByText("These filters were not valid and were ignored: Level")).toBeVisible();
    await checkA11y(supervisor, "queue in English");
  });
});
