import { readFile } from "node:fs/promises";
import { checkA11y, expect, expectNoHorizontalScroll, gotoStatus, test } from "./fixtures";

// Reports (issue 7, /admin/reports): the quality manager reads the period's figures, changes the
// period, finds the demo's complaint hot spot (network quality in 上海市徐汇区 on M128, from
// prisma/demo/reports.ts), drills down to its complaints and downloads a table as CSV. Reads only.

test("the quality manager reads the reports, changes the period, drills into a hot spot and downloads a CSV", async ({ pageAs }) => {
  const quality = await pageAs("quality");
  await quality.goto("/admin/reports");
  await expect(quality.getByRole("heading", { level: 1, name: "服务质量报表" })).toBeVisible();
  await expect(quality.getByText(/统计期：.*（90 天）/)).toBeVisible();
  await expect(quality.getByRole("img", { name: "满意度 CSAT 月度趋势" })).toBeVisible();
  await expect(quality.getByRole("region", { name: "SLA 达成率（按级别）" }).getByRole("rowheader", { name: "1 级（重大）" })).toBeVisible();
  await checkA11y(quality, "reports");

  await test.step("the period picker changes the period; a bad one falls back with a message", async () => {
    await quality.getByLabel("统计期").selectOption({ label: "近 30 天" });
    await quality.getByRole("button", { name: "查看" }).click();
    await expect(quality).toHaveURL(/range=30d/);
    await expect(quality.getByText(/统计期：.*（30 天）/)).toBeVisible();
    await quality.goto("/admin/reports?range=custom&from=2026-10-01&to=2026-09-01");
    await expect(quality.getByRole("alert").filter({ hasText: "统计期无效" })).toContainText("结束日期不能早于开始日期");
    await expect(quality.getByText(/统计期：.*（90 天）/)).toBeVisible();
    await checkA11y(quality, "reports with a bad period");
  });

  const hotspots = quality.getByRole("region", { name: "投诉热点（类别 × 地区 × 套餐）" });
  const row = hotspots.getByRole("row").filter({ hasText: "网络质量" }).filter({ hasText: "徐汇" }).filter({ hasText: "M128" });
  await test.step("the hot spot is listed with its improvement-project link", async () => {
    await quality.goto("/admin/reports");
    await expect(row).toHaveCount(1);
    const improve = row.getByRole("link", { name: "立项改进" });
    await expect(improve).toHaveAttribute("href", /^\/admin\/improvements\/new\?metric=complaints&category=NETWORK_QUALITY&area=.+&planCode=M128$/);
  });

  await test.step("the CSV has a byte-order mark and the table's header", async () => {
    const downloading = quality.waitForEvent("download");
    await quality.getByRole("link", { name: "导出 CSV · 投诉热点（类别 × 地区 × 套餐）" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^servicehall-report-hotspots-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF投诉类别,地区,套餐,投诉数,上一期,变化\r\n")).toBe(true);
    expect(csv).toContain("网络质量,上海市徐汇区,M128,");
  });

  await test.step("the drill-down lists the hot spot's complaints and opens one", async () => {
    await row.getByRole("link", { name: /^查看 \d+ 件投诉$/ }).click();
    await expect(quality.getByRole("heading", { level: 1, name: "热点投诉明细" })).toBeVisible();
    await expect(quality).toHaveURL(/\/admin\/reports\/hotspots\?category=NETWORK_QUALITY&area=.+&planCode=M128&from=.+&to=.+/);
    const links = quality.getByRole("region", { name: "热点投诉明细" }).getByRole("link", { name: /^SR\d{14}$/ });
    await expect(links.first()).toBeVisible();
    await checkA11y(quality, "hot-spot drill-down");
    const srn = (await links.first().textContent())!;
    await links.first().click();
    await expect(quality).toHaveURL(new RegExp(`/admin/requests/${srn}$`));
    await expect(quality.getByRole("heading", { level: 1 })).toContainText(srn);
  });

  await test.step("on a phone the page does not scroll sideways", async () => {
    await quality.setViewportSize({ width: 375, height: 800 });
    await quality.goto("/admin/reports");
    await expect(quality.getByRole("heading", { level: 1, name: "服务质量报表" })).toBeVisible();
    await expectNoHorizontalScroll(quality);
  });
});

test("an agent gets the 404 page for the reports and their export", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  expect(await gotoStatus(agent, "/admin/reports")).toBe(404);
  expect(await gotoStatus(agent, "/admin/reports/hotspots?category=BILLING&area=&planCode=")).toBe(404);
  const response = await agent.request.get("/admin/reports/export?table=hotspots&range=30d");
  expect(response.status()).toBe(404);
});
