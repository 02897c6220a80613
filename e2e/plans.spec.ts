import type { Page } from "@playwright/test";
import { authFile, checkA11y, expect, expectNoHorizontalScroll, test } from "./fixtures";

// 套餐 and 账单: the public catalogue (filter, compare up to three), changing a plan and cancelling
// it (李娜, whose M128 is far more than her ~8 GB a month needs), the contract term refusing a
// cheaper plan (张伟's broadband), and the bills page (张伟: one bill due; 周敏: arrears). Only the
// change-and-cancel test writes anything, and it leaves 李娜's plan as it was.

/** The first day of next month in China time, as the pages show dates ("2026/12/01" / "12/01/2026"). */
function nextMonthFirst(locale: "zh-CN" | "en-US"): string {
  const cst = new Date(Date.now() + 8 * 3_600_000);
  const first = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() + 1, 1, 4));
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(first);
}

const compareBox = (page: Page, name: string) => page.getByRole("checkbox", { name });

test.describe("the plan catalogue", () => {
  test("filters plans and compares three side by side", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "套餐目录" }).click();
    await expect(page).toHaveURL("/plans");
    await expect(page.getByRole("heading", { level: 1, name: "套餐目录" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^共 \d+ 个套餐$/ })).toBeVisible();
    await checkA11y(page, "catalogue");

    await test.step("filter: mobile plans without a contract term", async () => {
      const filter = page.getByRole("form", { name: "筛选套餐" });
      await filter.getByRole("group", { name: "类型" }).getByText("移动", { exact: true }).click();
      await filter.getByRole("checkbox", { name: "只看无合约期的套餐" }).check();
      await filter.getByRole("button", { name: "筛选" }).click();
      await expect(page).toHaveURL(/kind=MOBILE/);
      await expect(page).toHaveURL(/noContract=1/);
      const cards = page.getByRole("article");
      await expect(cards.first()).toBeVisible();
      for (const card of await cards.all()) {
        await expect(card).toContainText("移动");
        await expect(card).toContainText("合约期无");
      }
      await expect(page.getByRole("article", { name: /企业共享 588 元套餐/ })).toHaveCount(0);
      await expect(page.getByRole("article", { name: /光宽带/ })).toHaveCount(0);
      await checkA11y(page, "catalogue filtered");
    });

    await test.step("tick three: a fourth cannot be ticked; compare", async () => {
      await compareBox(page, "对比 畅享 39 元套餐").check();
      await compareBox(page, "对比 畅享 58 元套餐").check();
      await expect(page.getByText("已选 2 / 3 个")).toBeVisible();
      await compareBox(page, "对比 畅享 88 元套餐").check();
      await expect(page.getByText("已选 3 / 3 个")).toBeVisible();
      await expect(compareBox(page, "对比 畅享 128 元套餐")).toBeDisabled();
      await page.getByRole("button", { name: "对比所选套餐" }).click();
      const compare = page.getByRole("region", { name: "套餐对比（3 个）" });
      await expect(compare).toBeVisible();
      const table = compare.getByRole("table");
      await expect(table.getByRole("columnheader")).toHaveText([/畅享 39 元套餐/, /畅享 58 元套餐/, /畅享 88 元套餐/]);
      await expect(table.getByRole("row", { name: /^月费/ })).toContainText("¥39.00¥58.00¥88.00");
      await expect(table.getByRole("row", { name: /^流量/ })).toContainText("15 GB30 GB60 GB");
      await checkA11y(page, "catalogue compare view");
      await compare.getByRole("link", { name: "清除对比" }).click();
      await expect(page.getByRole("region", { name: /套餐对比/ })).toHaveCount(0);
      await expect(page).toHaveURL(/kind=MOBILE/);
    });

    await test.step("more than three in the address: the first three, and why", async () => {
      await page.goto("/plans?compare=M19&compare=M39&compare=M58&compare=M88");
      await expect(page.getByText("最多对比 3 个套餐，已显示前 3 个。")).toBeVisible();
      await expect(page.getByRole("region", { name: "套餐对比（3 个）" }).getByRole("columnheader")).toHaveText([/基础 19/, /畅享 39/, /畅享 58/]);
      await checkA11y(page, "catalogue with too many to compare");
    });
  });

  test.describe("in English", () => {
    test.use({ locale: "en-US" });

    test("filters broadband and compares two", async ({ page }) => {
      await page.goto("/plans");
      await expect(page.getByRole("heading", { level: 1, name: "Plans" })).toBeVisible();
      const filter = page.getByRole("form", { name: "Filter plans" });
      await filter.getByRole("group", { name: "Type" }).getByText("Broadband", { exact: true }).click();
      await filter.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/kind=BROADBAND/);
      await compareBox(page, "Compare Fibre 300M").check();
      await compareBox(page, "Compare Fibre 500M").check();
      await expect(page.getByText("2 of 3 selected")).toBeVisible();
      await checkA11y(page, "catalogue (en)");
      await page.getByRole("button", { name: "Compare selected" }).click();
      const table = page.getByRole("region", { name: "Comparing 2 plans" }).getByRole("table");
      await expect(table.getByRole("row", { name: /^Monthly fee/ })).toContainText("¥99.00");
      await expect(table.getByRole("row", { name: /^Speed/ })).toContainText("300 Mbps500 Mbps");
      await expect(table.getByRole("row", { name: /^Contract/ })).toContainText("12 months");
      await checkA11y(page, "compare view (en)");
    });
  });

  test.describe("on a 375-px-wide phone", () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test("the catalogue, its filter and the compare view fit", async ({ page }) => {
      await page.goto("/plans");
      await expect(page.getByRole("heading", { level: 1, name: "套餐目录" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, "catalogue (phone)");
      await page.goto("/plans?compare=M39&compare=E588&compare=BB500");
      const compare = page.getByRole("region", { name: "套餐对比（3 个）" });
      await expect(compare.getByRole("row", { name: /^速率/ })).toContainText("500 Mbps");
      await expectNoHorizontalScroll(page);
      await checkA11y(page, "compare view (phone)");
    });
  });
});

test.describe("李娜 changes her plan", () => {
  test.use({ storageState: authFile("li") });

  test("to the recommended cheaper plan, sees it pending and on its request, then cancels it", async ({ page }) => {
    const line = () => page.getByRole("region", { name: "移动 · 13800000002" });
    const effective = nextMonthFirst("zh-CN");

    await test.step("我的套餐: the current plan, this month's usage, the chart and the recommendation", async () => {
      await page.goto("/account/requests");
      await page.getByRole("banner").getByRole("link", { name: "我的套餐" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "我的套餐" })).toBeVisible();
      // A change left pending by an interrupted earlier run is cancelled first.
      const leftover = line().getByRole("button", { name: "取消变更" });
      if (await leftover.isVisible()) {
        page.once("dialog", (d) => void d.accept());
        await leftover.click();
        await expect(leftover).toHaveCount(0);
      }
      await expect(line()).toContainText("畅享 128 元套餐");
      await expect(line()).toContainText("本月用量（截至今天）");
      await expect(line().getByRole("figure", { name: /近 6 个月流量/ })).toBeVisible();
      await expect(line().getByRole("table", { name: "近 6 个月用量" })).toBeAttached();
      await expect(line()).toContainText("畅享 39 元套餐（M39）就够用");
      await expect(line()).toContainText("每月可节省 ¥89.00");
      await checkA11y(page, "my plans");
    });

    let changePage = "";
    await test.step("the change shows the new fee, the difference and the effective date before confirming", async () => {
      const link = line().getByRole("link", { name: "改为 M39" });
      changePage = new URL((await link.getAttribute("href"))!, page.url()).pathname;
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: "变更套餐 · 移动 13800000002" })).toBeVisible();
      const confirm = page.getByRole("region", { name: "确认变更" });
      await expect(confirm).toContainText("畅享 39 元套餐 (M39)");
      await expect(confirm).toContainText("¥39.00/月");
      await expect(confirm).toContainText("-¥89.00/月");
      await expect(confirm).toContainText(`${effective} 00:00（下个账期第一天）`);
      await expect(confirm).toContainText("当前没有合约期限制。");
      await checkA11y(page, "change preview");
      await confirm.getByRole("button", { name: "确认变更" }).click();
    });

    let srn = "";
    await test.step("booked: pending on 我的套餐, and a second change is refused until it is cancelled", async () => {
      await expect(page).toHaveURL(/\/account\/plans\?scheduled=SR\d{14}$/);
      srn = new URL(page.url()).searchParams.get("scheduled")!;
      await expect(page.getByText("套餐变更已预约")).toBeVisible();
      await expect(line()).toContainText(`将于 ${effective} 改为 畅享 39 元套餐（M39），新月费 ¥39.00/月（-¥89.00）。`);
      await checkA11y(page, "my plans with a pending change");
      await page.goto(changePage);
      await expect(page.getByText("已有待生效的变更")).toBeVisible();
      await expect(page.getByRole("button", { name: "查看变更详情" })).toHaveCount(0);
      await checkA11y(page, "change page with a change pending");
    });

    await test.step("the 套餐调整 request: from → to, effective date, pending; in the list", async () => {
      await page.goto(`/account/requests/${srn}`);
      const summary = page.getByRole("region", { name: "申请信息" });
      await expect(summary).toContainText("套餐调整");
      await expect(summary).toContainText("畅享 128 元套餐 (M128)");
      await expect(summary).toContainText("畅享 39 元套餐 (M39)");
      await expect(summary).toContainText(`${effective} 00:00`);
      await expect(summary).toContainText("待生效");
      await expect(page.getByRole("region", { name: "处理记录" })).toContainText("系统受理了申请");
      await expect(page.getByRole("region", { name: "取消套餐变更" })).toBeVisible();
      await checkA11y(page, "plan change request (pending)");
      await page.goto("/account/requests");
      await expect(page.getByRole("link", { name: new RegExp(srn) })).toContainText("套餐调整 · 改为 M39");
    });

    await test.step("cancel it on 我的套餐: the plan stays, the request is withdrawn", async () => {
      await page.goto("/account/plans");
      page.once("dialog", (d) => void d.accept());
      await line().getByRole("button", { name: "取消变更" }).click();
      await expect(line().getByText("待生效的套餐变更")).toHaveCount(0);
      await expect(line().getByRole("link", { name: "变更套餐" })).toBeVisible();
      await expect(line()).toContainText("畅享 128 元套餐");
      await page.goto(`/account/requests/${srn}`);
      await expect(page.getByRole("region", { name: "申请信息" })).toContainText("已取消");
      await expect(page.getByRole("region", { name: "处理记录" })).toContainText("您撤销了申请");
      await expect(page.getByRole("region", { name: "取消套餐变更" })).toHaveCount(0);
      await checkA11y(page, "plan change request (cancelled)");
    });
  });
});

test.describe("张伟", () => {
  test.use({ storageState: authFile("zhang") });

  test("cannot move his broadband to a cheaper plan during the contract term", async ({ page }) => {
    await page.goto("/account/plans");
    const broadband = page.getByRole("region", { name: "宽带 · BB0100000001" });
    await expect(broadband).toContainText(/合约期至 \d{4}\/\d{2}\/\d{2}，期间只能改为月费不低于当前的套餐。/);
    await broadband.getByRole("link", { name: "变更套餐" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "变更套餐 · 宽带 BB0100000001" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /光宽带 100M/ })).toBeDisabled();
    await expect(page.getByText(/合约期内（至 \d{4}\/\d{2}\/\d{2}）不能改为月费更低的套餐。/)).toBeVisible();
    await expect(page.getByRole("radio", { name: /光宽带 500M/ })).toBeEnabled();
    await checkA11y(page, "change page during the contract term");
    // Asking for it by address shows the reason, and no confirm button.
    await page.goto(`${page.url()}?to=BB100`);
    const confirm = page.getByRole("region", { name: "确认变更" });
    await expect(confirm.getByRole("alert")).toContainText("不能改为月费更低的套餐");
    await expect(confirm.getByRole("button", { name: "确认变更" })).toHaveCount(0);
    await checkA11y(page, "refused preview");
    // A dearer plan is allowed.
    await page.getByRole("radio", { name: /光宽带 500M/ }).check();
    await page.getByRole("button", { name: "查看变更详情" }).click();
    await expect(page.getByRole("region", { name: "确认变更" })).toContainText("+¥30.00/月");
    await expect(page.getByRole("region", { name: "确认变更" }).getByRole("button", { name: "确认变更" })).toBeVisible();
  });

  test("reads his bills: one due, the rest paid, with the items", async ({ page }) => {
    await page.goto("/account/requests");
    await page.getByRole("banner").getByRole("link", { name: "账单" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "账单" })).toBeVisible();
    await expect(page.getByText("您有 1 笔未缴账单")).toBeVisible();
    const mobile = page.getByRole("region", { name: "移动 · 13800000001" });
    const bills = mobile.getByRole("article");
    await expect(bills).toHaveCount(6);
    await expect(bills.first()).toContainText(/待缴，\d{4}\/\d{2}\/\d{2} 前/);
    await expect(bills.nth(1)).toContainText("已缴清");
    await bills.first().getByText("账单明细").click();
    await expect(bills.first()).toContainText("套餐月费：畅享 58 元套餐");
    await expect(bills.first()).toContainText("来电显示");
    await checkA11y(page, "bills");
    const broadband = page.getByRole("region", { name: "宽带 · BB0100000001" });
    await expect(broadband.getByRole("article").filter({ hasText: "优惠减免-¥10.00" })).toHaveCount(1);
  });

  test.describe("in English on a 375-px-wide phone", () => {
    test.use({ locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test("my plans and bills fit", async ({ page }) => {
      await page.goto("/account/plans");
      await expect(page.getByRole("heading", { level: 1, name: "My plans" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Mobile · 13800000001" })).toContainText("Enjoy 58");
      await expectNoHorizontalScroll(page);
      await checkA11y(page, "my plans (en, phone)");
      await page.goto("/account/bills");
      await expect(page.getByText("You have 1 unpaid bill")).toBeVisible();
      await expect(page.getByRole("region", { name: "Mobile · 13800000001" }).getByRole("article").first()).toContainText(/Due by \d{2}\/\d{2}\/\d{4}/);
      await expectNoHorizontalScroll(page);
      await checkA11y(page, "bills (en, phone)");
    });
  });
});

test.describe("周敏", () => {
  test.use({ storageState: authFile("zhou") });

  test("sees her arrears on 13800000004: one bill overdue, the latest due", async ({ page }) => {
    await page.goto("/account/bills");
    const alert = page.getByRole("alert").filter({ hasText: "您有 2 笔未缴账单" });
    await expect(alert).toContainText(/其中已逾期 ¥\d+\.\d{2}。/);
    const line = page.getByRole("region", { name: "移动 · 13800000004" }).getByRole("article");
    await expect(line.first()).toContainText("待缴");
    await expect(line.nth(1)).toContainText("已逾期");
    await checkA11y(page, "bills with arrears");
  });
});
