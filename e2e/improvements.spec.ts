import { checkA11y, cstDate, expect, expectNoHorizontalScroll, gotoStatus, test, unique } from "./fixtures";

// 服务改进项目库 (issue 7): 质检 孙丽 follows a reports hot spot (账单 complaints in 北京市) to a new
// improvement project: the scope arrives prefilled and the baseline is computed; she creates the
// project, adds an action, moves it to Do and to Check and reads the computed check. The project's
// title is unique to the run; the demo's own projects are only read. Agents do not see the area.
// With SCREENSHOT_DIR set, the pages are also photographed at 1280 and 375 px.

const HOTSPOT = `/admin/improvements/new?metric=complaints&category=BILLING&area=${encodeURIComponent("北京市")}`;

test("a quality manager plans a project from a hot spot and runs it to a computed check", async ({ pageAs }) => {
  const quality = await pageAs("quality");
  const title = `北京账单投诉治理（E2E ${unique()}）`;
  const shots = process.env.SCREENSHOT_DIR;
  const shoot = async (name: string) => {
    if (!shots) return;
    for (const width of [1280, 375]) {
      await quality.setViewportSize({ width, height: 900 });
      await quality.screenshot({ path: `${shots}/improvements-${name}-${width}.png`, fullPage: true });
    }
    await quality.setViewportSize({ width: 1280, height: 900 });
  };

  await test.step("the list shows the demo's projects", async () => {
    await quality.goto("/admin/improvements");
    await expect(quality.getByRole("heading", { level: 1, name: "服务改进项目库" })).toBeVisible();
    const table = quality.getByRole("region", { name: "服务改进项目库" });
    await expect(table).toContainText("北京地区账单类投诉治理");
    await expect(table).toContainText("徐汇区田林路一带晚间信号投诉治理");
    await checkA11y(quality, "improvements list");
    await shoot("list");
    await quality.getByLabel("阶段").selectOption("CLOSED");
    await quality.getByRole("button", { name: "筛选" }).click();
    await expect(table).toContainText("徐汇区田林路一带晚间信号投诉治理");
    await expect(table).not.toContainText("北京地区账单类投诉治理");
  });

  await test.step("the hot spot's link prefills the scope and the baseline is computed", async () => {
    await quality.goto(HOTSPOT);
    await expect(quality.getByRole("heading", { level: 1, name: "新建改进项目" })).toBeVisible();
    await expect(quality.getByText("来自报表热点")).toBeVisible();
    await expect(quality.getByLabel("指标", { exact: true })).toHaveValue("complaints");
    await expect(quality.getByLabel("投诉类别", { exact: true })).toHaveValue("BILLING");
    await expect(quality.getByLabel("区域", { exact: true })).toHaveValue("北京市");
    // Complaints: the value is the number of complaints, the sample the same count (at least the
    // demo's two: 张伟's data pack and 星河科技's invoice).
    const value = Number(await quality.getByTestId("baseline-value").textContent());
    expect(value).toBeGreaterThanOrEqual(2);
    await expect(quality.getByText(new RegExp(`样本 ${value} 条`)).first()).toBeVisible();
    await checkA11y(quality, "new project from a hot spot");
    await expectNoHorizontalScroll(quality);
    await shoot("new");
  });

  await test.step("create: the baseline is stored with its period and sample", async () => {
    const value = (await quality.getByTestId("baseline-value").textContent())!.trim();
    await quality.getByRole("button", { name: "创建项目" }).click();
    await expect(quality.getByText("至少填写 5 个字")).toBeVisible();
    await expect(quality.getByText("至少填写 10 个字，描述越详细处理越快")).toBeVisible();
    await quality.getByLabel("项目名称").fill(title);
    await quality.getByLabel("问题描述").fill("北京地区计费收费类投诉集中在流量包重复扣费和发票延误。");
    await quality.getByLabel("目标值（可选）").fill("0");
    await expect(quality.getByLabel(/关联基线期内范围内的 \d+ 条投诉/)).toBeChecked();
    await quality.getByRole("button", { name: "创建项目" }).click();
    await expect(quality).toHaveURL(/\/admin\/improvements\/IMP\d{9}\?created=1$/);
    await expect(quality.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(quality.getByText("项目已创建，基线已按记录计算并保存。")).toBeVisible();
    await expect(quality.getByTestId("project-baseline")).toHaveText(value);
    const plan = quality.getByRole("region", { name: "策划 Plan" });
    await expect(plan).toContainText(`关联的请求（${value} 条）`);
    await expect(plan.getByRole("link", { name: /^SR\d{14}$/ }).first()).toHaveAttribute("href", /\/admin\/requests\/SR\d{14}$/);
  });

  await test.step("Do: an action with an owner and a due date, then the stage moves", async () => {
    const doStage = quality.getByRole("region", { name: "实施 Do" });
    await doStage.getByLabel("措施内容").fill("核查流量加油包计费对账规则");
    await doStage.getByLabel("责任人").selectOption({ label: "客服 王芳" });
    await doStage.getByLabel("截止日期").fill(cstDate(7));
    await doStage.getByRole("button", { name: "添加措施" }).click();
    await expect(doStage.getByText("核查流量加油包计费对账规则")).toBeVisible();
    await expect(doStage.getByText(/责任人：客服 王芳 · 截止/)).toBeVisible();
    await quality.getByRole("button", { name: "进入实施" }).click();
    await expect(quality.getByText(/实施开始于/)).toBeVisible();
    await doStage.getByRole("button", { name: "标记完成：核查流量加油包计费对账规则" }).click();
    await expect(doStage.getByText(/已完成/)).toBeVisible();
  });

  await test.step("Check: the after-value is computed against the baseline, with a chart and its table", async () => {
    await quality.getByRole("button", { name: "进入检查并计算" }).click();
    const check = quality.getByRole("region", { name: "检查 Check" });
    await expect(check.getByTestId("check-value")).toContainText(/样本 \d+ 条/);
    await expect(check.getByTestId("check-verdict")).toHaveText(/改善|变差|持平/);
    await expect(check.getByRole("img", { name: /基线 \d+，改进后 \d+/ })).toBeVisible();
    await expect(check.getByRole("table", { name: "改进前后对比" })).toBeVisible();
    await check.getByRole("button", { name: "重新计算" }).click();
    await expect(check.getByText(/计算于/)).toBeVisible();
    await checkA11y(quality, "project in Check");
    await expectNoHorizontalScroll(quality);
    await shoot("detail");
  });

  await test.step("an illegal move is not offered; the demo's closed project shows its standardised check", async () => {
    await quality.goto("/admin/improvements?status=CLOSED");
    await quality.getByRole("link", { name: "徐汇区田林路一带晚间信号投诉治理" }).click();
    await expect(quality.getByText("标准化（关闭项目）")).toBeVisible();
    await expect(quality.getByRole("region", { name: "检查 Check" }).getByTestId("check-verdict")).toHaveText("改善");
    await expect(quality.getByRole("button", { name: /进入/ })).toHaveCount(0);
    await checkA11y(quality, "closed project");
    await shoot("closed");
  });
});

test("agents do not see improvement projects", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  expect(await gotoStatus(agent, "/admin/improvements")).toBe(404);
  expect(await gotoStatus(agent, HOTSPOT)).toBe(404);
});
