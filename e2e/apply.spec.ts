import type { Page } from "@playwright/test";
import { authFile, checkA11y, chooseLine, cstDate, expect, expectNoHorizontalScroll, expectAcceptByFromNow, expectSteps, srnFromUrl, test, unique } from "./fixtures";

// Applying for every request type from /account/requests/new (issue 3, part 1), as 星河科技
// (13800000003), whose data other specs only add to: each type's form in the browser, the
// 一事一报 warning, English, and a phone-sized screen (as 李娜, without submitting anything).

const CREATED = /\/account\/requests\/SR\d{14}\?created=1$/;

/** Ticks "submit anyway" when the form warns of an open duplicate (another spec may have made one). */
async function acceptDuplicateIfAsked(page: Page) {
  const box = page.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
  if (await box.isVisible()) await box.check();
}

/** The new request is the newest in 我的申请, under its type-aware title. */
async function expectListed(page: Page, srn: string, title: string) {
  await page.goto("/account/requests");
  const link = page.getByRole("link", { name: new RegExp(srn) });
  await expect(link).toContainText(title);
  await expect(link).toContainText("已提交");
}

test("the chooser offers four types, and each type's form submits a request", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const page = await pageAs("xinghe");
  const tag = unique();

  await test.step("新建申请 lists service opening, fault repair, business change and consultation, and complaints", async () => {
    await page.goto("/account/requests");
    await page.getByRole("main").getByRole("link", { name: "新建申请", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "新建申请" })).toBeVisible();
    const links = page.getByRole("main").getByRole("list").getByRole("link");
    await expect(links).toHaveCount(5);
    for (const [i, name] of ["业务开通", "故障报修", "业务变更", "咨询", "投诉"].entries()) await expect(links.nth(i)).toContainText(name);
    // Complaints have a form of their own (e2e/complaints.spec.ts).
    await expect(links.nth(4)).toHaveAttribute("href", "/account/complaints/new");
    await checkA11y(page, "request type chooser");
  });

  await test.step("业务开通: broadband needs an address; the resolve-by clock is the end of the window", async () => {
    await page.getByRole("main").getByRole("link", { name: /^业务开通/ }).click();
    await expect(page).toHaveURL("/account/requests/new/service-opening");
    await expect(page.getByRole("heading", { level: 1, name: "业务开通" })).toBeVisible();
    await page.getByLabel("开通业务").selectOption({ label: "开通宽带" });
    await page.getByRole("button", { name: "提交开通申请" }).click();
    await expect(page.getByText("宽带开通需要填写安装地址（至少 5 个字）")).toBeVisible();
    await expect(page.getByText("请填写此项")).toBeVisible();
    await expect(page.getByLabel("预约时段")).toHaveAttribute("aria-invalid", "true");
    await checkA11y(page, "opening form with errors");
    await page.getByLabel("安装地址").fill(`北京市海淀区中关村软件园二期 ${tag} 号`);
    await page.getByLabel("预约日期").fill(cstDate(2));
    await page.getByLabel("预约时段").selectOption({ label: "18:00–21:00" });
    await expect(page.getByLabel("联系电话")).toHaveValue("13800000003");
    await page.getByRole("button", { name: "提交开通申请" }).click();
    await expect(page).toHaveURL(CREATED);
    const summary = page.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText("开通宽带");
    await expect(summary).toContainText(`北京市海淀区中关村软件园二期 ${tag} 号`);
    await expect(summary).toContainText("18:00–21:00");
    await expectSteps(page, ["已提交", "已受理", "处理中", "已解决", "已关闭"], "已提交");
    const clocks = page.getByRole("region", { name: "承诺时限" });
    await expectAcceptByFromNow(clocks);
    await expect(clocks.getByRole("group", { name: "解决时限" })).toContainText(`截止 ${cstDate(2).replaceAll("-", "/")} 21:00`);
    await checkA11y(page, "new service opening");
    await expectListed(page, srnFromUrl(page.url()), "业务开通 · 开通宽带");
  });

  await test.step("故障报修: with when the customer can be reached; all three clocks", async () => {
    await page.goto("/account/requests/new/fault-repair");
    await chooseLine(page, "报修号码 / 账号", "1064800000031");
    await acceptDuplicateIfAsked(page);
    await page.getByLabel("故障现象").selectOption({ label: "物联网设备离线" });
    await page.getByLabel("详细描述").fill(`2 号楼的电表终端离线，设备指示灯正常（${tag}）。`);
    await page.getByLabel("方便联系的时间").selectOption({ label: "09:00–12:00" });
    // The first post is lost on the way: the form says so, keeps the input, and can be sent again.
    const dropPosts = (route: import("@playwright/test").Route) => (route.request().method() === "POST" ? route.abort() : route.fallback());
    await page.route("**/account/requests/new/fault-repair", dropPosts);
    const submit = page.getByRole("button", { name: "提交报修" });
    await submit.click();
    await expect(page.getByText("系统繁忙，请稍后重试。您的数据没有丢失。")).toBeVisible();
    await expect(submit).toBeEnabled();
    await expect(page.getByLabel("详细描述")).toHaveValue(new RegExp(tag));
    await page.unroute("**/account/requests/new/fault-repair", dropPosts);
    await submit.click();
    await expect(page).toHaveURL(CREATED);
    const summary = page.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText("物联网设备离线");
    await expect(summary).toContainText("09:00–12:00");
    const clocks = page.getByRole("region", { name: "承诺时限" });
    for (const name of ["受理时限", "响应时限", "解决时限"]) await expect(clocks.getByRole("group", { name })).toBeVisible();
    await checkA11y(page, "new fault report");
    await expectListed(page, srnFromUrl(page.url()), "故障报修 · 物联网设备离线");
  });

  await test.step("业务变更: only the add-ons the line can have; resolved within 48 hours", async () => {
    await page.goto("/account/requests/new/business-change");
    await expect(page.getByRole("heading", { level: 1, name: "业务变更" })).toBeVisible();
    await chooseLine(page, "办理号码 / 账号", "CL0300000001");
    await acceptDuplicateIfAsked(page);
    await page.getByLabel("变更事项").selectOption({ label: "开通附加业务" });
    const addOn = page.getByLabel("附加业务");
    await expect(addOn.getByRole("option", { name: "固定 IP" })).toHaveCount(1);
    await expect(addOn.getByRole("option", { name: "国际漫游" })).toHaveCount(0);
    await page.getByRole("button", { name: "提交变更申请" }).click();
    await expect(page.getByText("请从列表中选择一项")).toBeVisible();
    await checkA11y(page, "change form with an error");
    await addOn.selectOption({ label: "固定 IP" });
    await page.getByLabel("说明（选填）").fill(`对外发布收银接口需要固定 IP（${tag}）。`);
    await page.getByRole("button", { name: "提交变更申请" }).click();
    await expect(page).toHaveURL(CREATED);
    const summary = page.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText("开通附加业务");
    await expect(summary).toContainText("固定 IP");
    await expect(page.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "解决时限" })).toContainText(/剩余 (1 天 23 小时|2 天)/);
    await checkA11y(page, "new business change");
    await expectListed(page, srnFromUrl(page.url()), "业务变更 · 开通附加业务");
  });

  await test.step("咨询: a question of 10–1000 characters, answered within 24 hours", async () => {
    await page.goto("/account/requests/new/consultation");
    await expect(page.getByRole("heading", { level: 1, name: "咨询" })).toBeVisible();
    await page.getByLabel("咨询类别").selectOption({ label: "其他" });
    await acceptDuplicateIfAsked(page);
    await page.getByLabel("您的问题").fill("太短");
    await page.getByRole("button", { name: "提交咨询" }).click();
    await expect(page.getByText("至少填写 10 个字，描述越详细处理越快")).toBeVisible();
    await checkA11y(page, "consultation form with an error");
    await page.getByLabel("您的问题").fill(`企业账户能否开具增值税专用发票？需要提供哪些材料？（${tag}）`);
    await page.getByRole("button", { name: "提交咨询" }).click();
    await expect(page).toHaveURL(CREATED);
    await expect(page.getByRole("region", { name: "申请信息" })).toContainText("咨询问题");
    await expect(page.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "响应时限" })).toContainText(/剩余 (23|24) 小时/);
    await checkA11y(page, "new consultation");
    await expectListed(page, srnFromUrl(page.url()), "咨询 · 其他");
  });
});

test("一事一报: a second open request for the same matter is shown and needs a confirmation", async ({ pageAs }) => {
  const page = await pageAs("xinghe");
  const ask = async (question: string) => {
    await page.goto("/account/requests/new/consultation");
    await page.getByLabel("咨询类别").selectOption({ label: "套餐与资费" });
    await page.getByLabel("您的问题").fill(question);
  };
  const submit = page.getByRole("button", { name: "提交咨询" });
  const box = page.getByRole("checkbox", { name: "这是另一个问题，继续提交" });

  await ask(`企业共享套餐能否再加 20 个成员号码？（${unique()}）`);
  if (await box.isVisible()) await box.check();
  await submit.click();
  await expect(page).toHaveURL(CREATED);
  const first = srnFromUrl(page.url());

  await ask(`企业共享套餐的流量能否结转到下月？（${unique()}）`);
  const warning = page.getByRole("status").filter({ hasText: "您已有一张未完成的同类咨询" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/申请 SR\d{14}（已提交）仍在处理中/);
  await expect(warning.getByRole("link", { name: "查看原申请" })).toHaveAttribute("href", /\/account\/requests\/SR\d{14}$/);
  await expect(submit).toBeDisabled();
  await checkA11y(page, "consultation form with the duplicate warning");

  // Another topic is another matter.
  await page.getByLabel("咨询类别").selectOption({ label: "话费与账单" });
  await expect(warning).toHaveCount(0);
  await page.getByLabel("咨询类别").selectOption({ label: "套餐与资费" });
  await box.check();
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page).toHaveURL(CREATED);
  expect(srnFromUrl(page.url())).not.toBe(first);
});

test.describe("in English", () => {
  test("a service opening from the chooser to its progress page", async ({ pageAs, baseURL }) => {
    const page = await pageAs("xinghe");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/account/requests/new");
    await expect(page.getByRole("heading", { level: 1, name: "New request" })).toBeVisible();
    await checkA11y(page, "chooser (en)");
    await page.getByRole("main").getByRole("link", { name: /^Service opening/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Open a service" })).toBeVisible();
    await page.getByLabel("Service", { exact: true }).selectOption({ label: "New IoT connection" });
    await page.getByLabel("Installation address (optional)").fill(`Building ${unique()}, Zhongguancun Software Park, Beijing`);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect(page.getByText("This field is required")).toBeVisible();
    await expect(page.getByText("Choose one from the list")).toBeVisible();
    await checkA11y(page, "opening form with errors (en)");
    await page.getByLabel("Preferred date").fill(cstDate(1));
    await page.getByLabel("Time slot").selectOption({ label: "12:00–15:00" });
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect(page).toHaveURL(CREATED);
    await expect(page.getByText(/^Your request has been submitted/)).toBeVisible();
    await expectSteps(page, ["Submitted", "Accepted", "In progress", "Resolved", "Closed"], "Submitted");
    await expect(page.getByRole("region", { name: "Request" })).toContainText("New IoT connection");
    await expect(page.getByRole("region", { name: "Promised time limits" }).getByRole("group", { name: "Resolution" })).toContainText("15:00");
    await checkA11y(page, "new opening (en)");
  });
});

test.describe("on a 375-px-wide phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, storageState: authFile("li") });

  test("the chooser, every form and a progress page fit without horizontal scrolling", async ({ page }) => {
    for (const path of ["/account/requests/new", "/account/requests/new/service-opening", "/account/requests/new/fault-repair", "/account/requests/new/consultation", "/account/requests/new/business-change"]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page);
        await checkA11y(page, `${path} (phone)`);
      });
    }
    // The change form with its widest variant open.
    await page.getByLabel("变更事项").selectOption({ label: "变更登记联系人" });
    await expect(page.getByLabel("新联系人手机号")).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.goto("/account/requests");
    await page.getByRole("main").getByRole("link", { name: /咨询 · 话费与账单/ }).click();
    await expect(page.getByRole("region", { name: "办理进度" })).toBeVisible();
    // 李娜's consultation was accepted but not answered in time.
    await expect(page.getByRole("region", { name: "承诺时限" }).getByRole("group", { name: "响应时限" })).toContainText("已超时");
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "progress page (phone)");
  });
});
