import type { Browser, Page } from "@playwright/test";
import { authFile, checkA11y, expect, expectNoHorizontalScroll, reportFault, test, trackingCodeFromOutbox } from "./fixtures";

// Tracking without an account: SRN + the contact phone's last four digits → a code by SMS (read
// here from the admin's outbox, since no SMS gateway is configured) → a read-only view of that
// one request. 星河科技 (contact phone 13800000003) reports the requests each test tracks.

const SENT = "如信息匹配，验证码已发送至该申请的联系电话";
const CODE_INVALID = "验证码不正确或已失效。请检查后重试，或重新获取验证码。";

async function askForCode(page: Page, srn: string, tail: string, labels = { srn: "服务请求编号", tail: "联系电话后 4 位", send: "获取验证码" }) {
  await page.getByLabel(labels.srn).fill(srn);
  await page.getByLabel(labels.tail).fill(tail);
  await page.getByRole("button", { name: labels.send }).click();
}

/** A new request of 星河科技's, reported through the Chinese form whatever the test's locale. */
async function newRequest(browser: Browser, what: string) {
  const context = await browser.newContext({ storageState: authFile("xinghe"), locale: "zh-CN" });
  const srn = await reportFault(await context.newPage(), "13800000003", `${what}（查询测试 ${Date.now()}）`);
  await context.close();
  return srn;
}

test("an anonymous visitor tracks a request with the code texted to its contact phone", async ({ page, pageAs, context, browser }) => {
  const srn = await newRequest(browser, "前台电话无法拨出");
  const admin = await pageAs("admin");

  await test.step("from the home page to /track", async () => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name: "进度查询" })).toHaveAttribute("href", "/track");
    await page.getByRole("main").getByRole("link", { name: "免登录查询进度" }).click();
    await expect(page).toHaveURL("/track");
    await expect(page.getByRole("heading", { level: 1, name: "进度查询" })).toBeVisible();
    await checkA11y(page, "track form");
  });

  await test.step("bad input gets translated messages", async () => {
    await askForCode(page, "SR123", "12");
    await expect(page.getByText("服务请求编号格式为 SR 加 14 位数字")).toBeVisible();
    await expect(page.getByText("请输入联系电话的后 4 位数字")).toBeVisible();
    await checkA11y(page, "track form with errors");
  });

  const answers: string[] = [];
  for (const [label, number, tail] of [
    ["an unknown SRN", "SR20991231999999", "0003"],
    ["wrong digits", srn, "9999"],
    ["the right digits", srn, "0003"],
  ] as const) {
    await test.step(`${label}: the same answer`, async () => {
      await page.goto("/track");
      await askForCode(page, number, tail);
      const status = page.getByRole("status").filter({ hasText: SENT });
      await expect(status).toBeVisible();
      answers.push((await page.getByRole("main").innerText()).replace(number, "SRN"));
    });
  }
  expect(new Set(answers).size).toBe(1);
  await checkA11y(page, "code step");

  const code = await trackingCodeFromOutbox(admin, srn);
  await test.step("only the matching request got a code", async () => {
    const items = admin.getByRole("list", { name: "发件箱" }).getByRole("listitem").filter({ hasText: "查询验证码" });
    await expect(items.filter({ hasText: srn })).toHaveCount(1);
    await expect(items.filter({ hasText: srn })).toContainText("138****0003");
    await expect(items.filter({ hasText: "SR20991231999999" })).toHaveCount(0);
    await checkA11y(admin, "outbox with a tracking code");
  });

  await test.step("a malformed code is refused on the spot", async () => {
    await page.getByLabel("短信验证码").fill("12ab");
    await page.getByRole("button", { name: "查看进度" }).click();
    await expect(page.getByText("请输入 6 位数字验证码")).toBeVisible();
  });

  await test.step("the right code opens a read-only view of that request", async () => {
    await page.getByLabel("短信验证码").fill(code);
    await page.getByRole("button", { name: "查看进度" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `进度查询 · ${srn}` })).toBeVisible();
    const summary = page.getByRole("region", { name: "申请信息" });
    await expect(summary.getByText("已提交", { exact: true })).toBeVisible();
    await expect(summary).toContainText("138****0003");
    await expect(page.getByText("13800000003")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "处理记录" }).getByRole("listitem")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "承诺时限" }).getByText("受理时限")).toBeVisible();
    await expect(page.getByRole("button", { name: /撤销|受理|退回/ })).toHaveCount(0);
    await checkA11y(page, "tracked request");
    const cookie = (await context.cookies()).find((c) => c.name === "sh_track");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/track" });
    expect(cookie!.value).not.toContain(code);
  });

  await test.step("the view survives a reload; the code cannot be used twice", async () => {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: `进度查询 · ${srn}` })).toBeVisible();
    await page.getByRole("button", { name: "查询其他申请" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "进度查询" })).toBeVisible();
    await askForCode(page, srn, "9999");
    await expect(page.getByText(SENT)).toBeVisible();
    await page.getByLabel("短信验证码").fill(code);
    await page.getByRole("button", { name: "查看进度" }).click();
    await expect(page.getByText(CODE_INVALID)).toBeVisible();
  });
});

test("five wrong codes kill the code: the right one is refused afterwards", async ({ page, pageAs, browser }) => {
  const srn = await newRequest(browser, "前台电话杂音大");
  const admin = await pageAs("admin");
  await page.goto("/track");
  await askForCode(page, srn, "0003");
  await expect(page.getByText(SENT)).toBeVisible();
  const code = await trackingCodeFromOutbox(admin, srn);
  const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await test.step(`wrong code #${attempt}`, async () => {
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/track");
      await page.getByLabel("短信验证码").fill(wrongCode);
      await page.getByRole("button", { name: "查看进度" }).click();
      await answered;
      await expect(page.getByText(CODE_INVALID)).toBeVisible();
    });
  }
  await checkA11y(page, "code step with an error");
  await page.getByLabel("短信验证码").fill(code);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/track");
  await page.getByRole("button", { name: "查看进度" }).click();
  await answered;
  await expect(page.getByText(CODE_INVALID)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `进度查询 · ${srn}` })).toHaveCount(0);
});

test.describe("in English on a 375-px-wide phone", () => {
  test.use({ locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("tracking works and fits without horizontal scrolling", async ({ page, pageAs, browser }) => {
    const srn = await newRequest(browser, "总机无法转接");
    const admin = await pageAs("admin");
    await page.goto("/track");
    await expect(page.getByRole("heading", { level: 1, name: "Track a request" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "track form (en, phone)");
    await askForCode(page, srn, "0003", { srn: "Service request number", tail: "Last 4 digits of the contact phone", send: "Send me a code" });
    await expect(page.getByText("If the details match, a code has been sent to the request's contact phone")).toBeVisible();
    await expectNoHorizontalScroll(page);
    // The SMS goes out in the visitor's language.
    const code = await trackingCodeFromOutbox(admin, srn);
    await expect(admin.getByRole("list", { name: "Outbox" }).getByRole("listitem").filter({ hasText: srn }).first()).toContainText("Your code to track request");
    await page.getByLabel("Code from the SMS").fill(code);
    await page.getByRole("button", { name: "View progress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Track a request · ${srn}` })).toBeVisible();
    // The status badge (the created-at term reads "Submitted" too).
    await expect(page.getByRole("region", { name: "Request" }).getByText("Submitted", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Request" })).toContainText("138****0003");
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "tracked request (en, phone)");
  });
});
