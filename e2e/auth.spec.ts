import type { Page } from "@playwright/test";
import { checkA11y, DEMO_PASSWORD, expect, fillSignIn, test, uniquePhone } from "./fixtures";

// Registration, sign-in, sign-out and sign-in throttling through the real forms. Every account
// that gets failed sign-ins is registered by its own test (the IP limit is 30 failures in 15
// minutes, so the whole suite keeps its failures to a handful).

const PASSWORD = "Passw0rd2026";
const INVALID_CREDENTIALS = "账号或密码不正确。";

async function fillRegistration(page: Page, fields: { name: string; phone: string; password: string; confirm: string }) {
  // Ticked first: leaving a field with a bad value shows its error, which moves the checkbox down.
  await page.getByRole("checkbox", { name: /我已阅读并同意/ }).check();
  await page.getByLabel("姓名", { exact: true }).fill(fields.name);
  await page.getByLabel("手机号", { exact: true }).fill(fields.phone);
  await page.getByLabel("设置密码", { exact: true }).fill(fields.password);
  await page.getByLabel("确认密码", { exact: true }).fill(fields.confirm);
  await page.getByRole("button", { name: "注册并登录" }).click();
}

/** Registers a new personal account (which signs it in) and returns its phone number. */
async function register(page: Page, name: string): Promise<string> {
  const phone = uniquePhone();
  await page.goto("/register");
  await fillRegistration(page, { name, phone, password: PASSWORD, confirm: PASSWORD });
  await expect(page).toHaveURL("/account/requests");
  await expect(page.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
  return phone;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "足不出户，办理通信业务" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出登录" })).toHaveCount(0);
}

/** Submits the sign-in form and waits for the server's answer. */
async function attemptSignIn(page: Page, identifier: string, password: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await fillSignIn(page, identifier, password);
  await answered;
}

test("a new customer registers and lands in 我的申请", async ({ page }) => {
  const phone = uniquePhone();
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "注册个人账号" })).toBeVisible();
  await checkA11y(page, "registration form");
  await fillRegistration(page, { name: "测试用户", phone, password: PASSWORD, confirm: PASSWORD });
  await expect(page).toHaveURL("/account/requests");
  await expect(page.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
  await expect(page.getByText("您还没有提交过申请。")).toBeVisible();
  await expect(page.getByText("当前用户：测试用户")).toBeVisible();
  await checkA11y(page, "empty request list");
  // The new customer can report a fault on nothing yet: no lines are attached to a new account.
  await page.getByRole("main").getByRole("link", { name: "办理业务或报修" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建申请" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: /^故障报修/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "故障报修" })).toBeVisible();
  await expect(page.getByText("您名下没有可报修的号码。")).toBeVisible();
  await checkA11y(page, "fault form without lines");
});

test("registration errors are translated and nothing is created", async ({ page }) => {
  const phone = uniquePhone();
  await page.goto("/register");

  await test.step("bad phone, short password, mismatched confirmation", async () => {
    await fillRegistration(page, { name: "校验用户", phone: "12345", password: "abc1", confirm: "abc2" });
    await expect(page.getByText("请输入 11 位中国大陆手机号")).toBeVisible();
    await expect(page.getByText("密码至少 8 位")).toBeVisible();
    await expect(page.getByText("两次输入的密码不一致")).toBeVisible();
    await expect(page.getByLabel("手机号", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/validation\.|errors\./)).toHaveCount(0);
    await expect(page).toHaveURL("/register");
    await checkA11y(page, "registration form with errors");
  });

  await test.step("a letters-only password and an already registered phone", async () => {
    await fillRegistration(page, { name: "校验用户", phone, password: "abcdefgh", confirm: "abcdefgh" });
    await expect(page.getByText("密码需同时包含字母和数字")).toBeVisible();
    // The server answers for a phone that is taken (李娜's), in the page's language.
    await fillRegistration(page, { name: "校验用户", phone: "13800000002", password: PASSWORD, confirm: PASSWORD });
    await expect(page.getByText("注册未成功，请检查标出的项目。")).toBeVisible();
    await expect(page.getByText("该手机号已注册，请直接登录")).toBeVisible();
    await expect(page).toHaveURL("/register");
    await checkA11y(page, "registration form with a server error");
  });

  await test.step("nothing was created: the same phone still registers", async () => {
    await fillRegistration(page, { name: "校验用户", phone, password: PASSWORD, confirm: PASSWORD });
    await expect(page).toHaveURL("/account/requests");
    await expect(page.getByText("您还没有提交过申请。")).toBeVisible();
  });
});

test("a wrong password and an unknown account get the same generic message", async ({ page }) => {
  const phone = await register(page, "密码用户");
  await signOut(page);
  await page.goto("/login");
  await attemptSignIn(page, phone, "WrongPassw0rd");
  await expect(page.getByText(INVALID_CREDENTIALS)).toBeVisible();
  await expect(page).toHaveURL("/login");
  await checkA11y(page, "sign-in form with an error");

  const unknown = uniquePhone();
  await attemptSignIn(page, unknown, PASSWORD);
  await expect(page.getByText(INVALID_CREDENTIALS)).toBeVisible();
  await expect(page.getByText("登录尝试次数过多，请 15 分钟后再试。")).toHaveCount(0);
  await expect(page).toHaveURL("/login");
});

test("five wrong passwords lock the account; the sixth try is refused even when right", async ({ page }) => {
  const phone = await register(page, "限流用户");
  await signOut(page);
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await test.step(`wrong password #${attempt}`, async () => {
      await attemptSignIn(page, phone, `WrongPassw0rd${attempt}`);
      await expect(page.getByText(INVALID_CREDENTIALS)).toBeVisible();
    });
  }
  await attemptSignIn(page, phone, PASSWORD);
  await expect(page.getByText("登录尝试次数过多，请 15 分钟后再试。")).toBeVisible();
  await expect(page.getByText(INVALID_CREDENTIALS)).toHaveCount(0);
  await expect(page).toHaveURL("/login");
  await checkA11y(page, "sign-in form, throttled");
});

test("signing in and out through the UI", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "登录" }).click();
  await expect(page).toHaveURL("/login");
  await fillSignIn(page, "13800000002", DEMO_PASSWORD);
  await expect(page).toHaveURL("/account/requests");
  await expect(page.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
  await expect(page.getByText("当前用户：李娜")).toBeVisible();

  await signOut(page);
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  await expect(page.getByRole("link", { name: "登录办理" })).toBeVisible();
  await checkA11y(page, "home after signing out");
  // The session is gone: the customer area asks to sign in again.
  await page.goto("/account/requests");
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === "/account/requests");
});

test("a response to a request sent before sign-out does not sign the browser back in", async ({ page, context }) => {
  await page.goto("/login");
  await fillSignIn(page, "13800000002", DEMO_PASSWORD);
  await expect(page).toHaveURL("/account/requests");
  const session = (await context.cookies()).filter((c) => c.name.includes("session-token"));
  expect(session.length).toBeGreaterThan(0);
  const sentBefore = session.map((c) => `${c.name}=${c.value}`).join("; ");

  await signOut(page);
  // As a prefetch still in flight at sign-out would: the request carries the old session cookie
  // and its response arrives after sign-out (page.request shares the browser's cookie jar).
  const late = await page.request.get("/account/notifications", { headers: { cookie: sentBefore, RSC: "1", "Next-Router-Prefetch": "1" } });
  expect(late.ok()).toBe(true);
  await page.goto("/account/requests");
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === "/account/requests");
  await expect(page.getByRole("button", { name: "退出登录" })).toHaveCount(0);
});
