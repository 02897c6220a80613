import type { Page } from "@playwright/test";
import { STATUS_E2E } from "./seed/status";
import { DEMO_PASSWORD, checkA11y, chooseLine, expect, expectNoHorizontalScroll, fillSignIn, outboxItems, test, uniquePhone } from "./fixtures";

// The public status page (/status, /status/<code>, the Atom feed), subscribing to an area with a
// code read from the admin's outbox, and the fault form that shows an outage first. Data:
// e2e/seed/status.ts (an active broadband outage in 福田区, a restored one in 浦东新区, and 陈静,
// a customer no other spec uses, with a broadband line there).

const FAULT_LINE_LABEL = "报修号码 / 账号";

test("a visitor reads /status and an incident's page without signing in, at 375 px too", async ({ page }) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1, name: "服务状态" })).toBeVisible();
  await test.step("the summary comes first, then the current outage with its ETA and latest update", async () => {
    await expect(page.getByRole("status").filter({ hasText: /项故障处理中/ }).first()).toBeVisible();
    const current = page.getByRole("region", { name: "正在处理的故障" });
    await expect(current.getByRole("heading", { name: STATUS_E2E.area })).toBeVisible();
    const item = current.getByRole("listitem").filter({ hasText: STATUS_E2E.activeTitle });
    await expect(item).toContainText(/预计 .* 恢复（还有 .*分钟）/);
    await expect(item).toContainText("正在熔接 <48 芯> 光缆 & 测试");
    await expect(item).toContainText("Ⅱ级（重大）");
  });
  await test.step("the grid marks broadband in 福田区 and in 深圳市, and nothing else there", async () => {
    const grid = page.getByRole("table", { name: "各区域业务状态" });
    await expect(grid.getByRole("row", { name: new RegExp(`^${STATUS_E2E.area}`) })).toContainText("故障");
    const shenzhenNanshan = grid.getByRole("row", { name: /^广东省深圳市南山区/ });
    await expect(shenzhenNanshan).not.toContainText("故障");
  });
  await test.step("history: the restored outage with its duration, filterable by area", async () => {
    const history = page.getByRole("region", { name: "近 90 天故障记录" });
    await expect(history.getByRole("link", { name: STATUS_E2E.restoredTitle })).toBeVisible();
    await expect(history).toContainText("持续 1 小时 45 分钟");
    await history.getByLabel("按区域筛选").selectOption({ label: "北京市海淀区" });
    await history.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/area=/);
    await expect(page.getByRole("region", { name: "近 90 天故障记录" }).getByRole("link", { name: STATUS_E2E.restoredTitle })).toHaveCount(0);
  });
  await checkA11y(page, "/status");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/status\/feed\.xml$/);

  await test.step("the incident's page: its updates in order, ETA", async () => {
    await page.goto("/status");
    await page.getByRole("link", { name: STATUS_E2E.activeTitle }).first().click();
    await expect(page).toHaveURL(/\/status\/INC\d{11}$/);
    await expect(page.getByRole("heading", { level: 1, name: STATUS_E2E.activeTitle })).toBeVisible();
    const timeline = page.getByRole("region", { name: "处理进展" }).getByRole("listitem");
    await expect(timeline).toHaveCount(2);
    await expect(timeline.first()).toContainText("发现故障");
    await expect(timeline.last()).toContainText("处理进展");
    await checkA11y(page, "incident page");
  });

  await test.step("375 px wide: nothing scrolls sideways", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(page);
    await page.goto("/status");
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "/status at 375 px");
  });

  await test.step("in English", async () => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
    await page.goto("/status");
    await expect(page.getByRole("heading", { level: 1, name: "Service status" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Fibre cut in Futian: some broadband customers offline" }).first()).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/status\/feed\.xml\?lang=en$/);
  });
});

test("the Atom feed is well-formed XML with an entry per update, escaped, in both languages", async ({ page, request }) => {
  for (const [url, lang, title] of [
    ["/status/feed.xml", "zh-CN", STATUS_E2E.activeTitle],
    ["/status/feed.xml?lang=en", "en", "Fibre cut in Futian: some broadband customers offline"],
  ] as const) {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    // Parsed by the browser's own XML parser: a parse error would give a <parsererror> document.
    await page.goto("about:blank");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        lang: doc.documentElement.getAttribute("xml:lang"),
        id: doc.documentElement.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
        self: doc.querySelector('link[rel="self"]')?.getAttribute("href") ?? "",
        titles: entries.map((e) => e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? ""),
        contents: entries.map((e) => e.getElementsByTagNameNS(ns, "content")[0]?.textContent ?? ""),
        complete: entries.every((e) => ["id", "title", "updated", "content", "link"].every((n) => e.getElementsByTagNameNS(ns, n).length > 0)),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe("feed");
    expect(parsed.lang).toBe(lang);
    expect(parsed.id).toMatch(/^tag:/);
    expect(parsed.self).toContain(url);
    expect(parsed.complete).toBe(true);
    expect(parsed.titles.filter((t) => t.includes(title))).toHaveLength(2);
    expect(parsed.titles.length).toBeGreaterThanOrEqual(4);
    if (lang === "zh-CN") expect(parsed.contents.some((c) => c.includes("正在熔接 <48 芯> 光缆 & 测试"))).toBe(true);
  }
});

/** The newest subscription code sent to the (masked) phone, read from the outbox as a subscriber reads the SMS. */
async function subscriptionCode(admin: Page, phone: string): Promise<string> {
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const item = (await outboxItems(admin, masked, "SMS")).filter({ hasText: "故障通知订阅验证码" }).first();
  const match = /验证码 (\d{6})/.exec((await item.textContent()) ?? "");
  expect(match, "no code in the outbox").not.toBeNull();
  return match![1]!;
}

test("a visitor subscribes to an area by SMS with the code from the outbox", async ({ page, pageAs }) => {
  const phone = uniquePhone();
  await page.goto("/status");
  const card = page.getByRole("region", { name: "订阅区域故障通知" });
  await test.step("bad input gets translated messages", async () => {
    await card.getByRole("button", { name: "获取验证码" }).click();
    await expect(card.getByText("请选择一个区域")).toBeVisible();
    await card.getByLabel("手机号").fill("12345");
    await card.getByRole("button", { name: "获取验证码" }).click();
    await expect(card.getByText("请输入 11 位中国大陆手机号")).toBeVisible();
    await checkA11y(page, "subscribe form with errors");
  });
  await card.getByLabel("区域").selectOption({ label: "北京市海淀区" });
  await card.getByLabel("手机号").fill(phone);
  await card.getByRole("button", { name: "获取验证码" }).click();
  await expect(card.getByText("如号码有效，验证码已通过短信发送")).toBeVisible();

  const admin = await pageAs("admin");
  const code = await subscriptionCode(admin, phone);
  await test.step("a wrong code is refused, the right one confirms", async () => {
    await card.getByLabel("验证码").fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await card.getByRole("button", { name: "确认订阅" }).click();
    await expect(card.getByText("验证码不正确或已失效")).toBeVisible();
    await card.getByLabel("验证码").fill(code);
    await card.getByRole("button", { name: "确认订阅" }).click();
    await expect(card.getByText("订阅成功")).toBeVisible();
    await expect(card).toContainText("北京市海淀区发生故障、有进展或恢复时，我们会通知您");
    await checkA11y(page, "subscribed");
  });
  await test.step("an unsubscribe link that is not ours changes nothing and says so", async () => {
    await page.goto("/status/unsubscribe?token=forged.token");
    await expect(page.getByRole("alert").filter({ hasText: "退订链接无效或不完整" })).toBeVisible();
    await expect(page.getByRole("button", { name: "确认退订" })).toHaveCount(0);
    await checkA11y(page, "unsubscribe page with a bad link");
  });
});

test("a customer starting a fault report on a line in an outage sees the outage first and can report anyway", async ({ page }) => {
  await page.goto("/login");
  await fillSignIn(page, STATUS_E2E.customer.phone, DEMO_PASSWORD);
  await expect(page).toHaveURL("/account/requests");
  await page.goto("/account/requests/new/fault-repair");

  await test.step("a line the outage does not affect: the form as usual", async () => {
    await chooseLine(page, FAULT_LINE_LABEL, STATUS_E2E.mobile);
    await expect(page.getByLabel("故障现象")).toBeVisible();
    await expect(page.getByRole("heading", { name: "该号码所在区域有正在处理的故障" })).toHaveCount(0);
  });

  const outage = page.getByRole("region", { name: "该号码所在区域有正在处理的故障" });
  await test.step("choosing the broadband line shows the outage first and holds the fields back", async () => {
    await chooseLine(page, FAULT_LINE_LABEL, STATUS_E2E.broadband);
    await expect(outage).toBeVisible();
    await expect(outage).toContainText(STATUS_E2E.activeTitle);
    await expect(outage).toContainText(/预计 .* 恢复/);
    await expect(outage).toContainText("正在熔接");
    await expect(outage.getByRole("link", { name: "查看故障详情" })).toHaveAttribute("href", /^\/status\/INC\d{11}$/);
    await expect(page.getByLabel("故障现象")).toHaveCount(0);
    await checkA11y(page, "fault form with an outage");
  });

  await test.step("the server-rendered first view of ?line= shows it too", async () => {
    const lineId = await page.getByLabel(FAULT_LINE_LABEL).inputValue();
    await page.goto(`/account/requests/new/fault-repair?line=${lineId}`);
    await expect(outage).toBeVisible();
    await expect(page.getByLabel(FAULT_LINE_LABEL)).toHaveValue(lineId);
  });

  await test.step("wait for the restore: subscribed at the account's phone", async () => {
    await outage.getByRole("button", { name: "等待恢复，有进展时通知我" }).click();
    await expect(outage.getByText("已为您登记")).toBeVisible();
    await expect(outage).toContainText("138****0090");
    await checkA11y(page, "waiting for the restore");
  });

  await test.step("report anyway: the fields appear and the report is filed", async () => {
    await outage.getByRole("button", { name: "仍要报修" }).click();
    await expect(outage).toHaveCount(0);
    await page.getByLabel("故障现象").selectOption({ index: 1 });
    await page.getByLabel("详细描述").fill(`光猫 LOS 灯红色闪烁（状态页测试 ${Date.now()}）`);
    await page.getByRole("button", { name: "提交报修" }).click();
    await expect(page).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
  });
});

test("staff taking a fault report by phone see the outage to tell the customer, with the form still open", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  await agent.goto(`/admin/customers?q=${STATUS_E2E.customer.phone.slice(-4)}`);
  await agent.getByRole("list", { name: "查询结果" }).getByRole("listitem").filter({ hasText: STATUS_E2E.customer.name }).getByRole("link").first().click();
  await agent.getByRole("link", { name: "代客提交申请" }).click();
  await agent.getByRole("radio", { name: "电话" }).check();
  await agent.getByLabel("申请类型", { exact: true }).selectOption({ label: "故障报修" });
  await agent.getByRole("button", { name: "继续" }).click();
  const form = agent.getByRole("region", { name: "故障报修 · 电话受理" });
  await form.getByLabel(FAULT_LINE_LABEL).selectOption({ label: `宽带 · ${STATUS_E2E.broadband} · 光宽带 300M` });
  const outage = form.getByRole("region", { name: "该号码所在区域有正在处理的故障" });
  await expect(outage).toContainText(STATUS_E2E.activeTitle);
  await expect(outage).toContainText("请告知客户");
  await expect(outage.getByRole("button")).toHaveCount(0);
  await expect(form.getByLabel("故障现象")).toBeVisible();
  await checkA11y(agent, "on-behalf fault form with an outage");
});
