import { authFile, checkA11y, chooseLine, expect, expectNoHorizontalScroll, test } from "./fixtures";

// The public face: the home page in both languages, the health check, and a phone-sized screen.

test("the home page is in Simplified Chinese by default", async ({ page }) => {
  await page.goto("/");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "足不出户，办理通信业务" })).toBeVisible();
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/login");
  await expect(header.getByRole("link", { name: "注册" })).toHaveAttribute("href", "/register");
  await expect(page.getByRole("main").getByRole("link", { name: "登录办理" })).toHaveAttribute("href", "/login");
  await expect(page.getByRole("main").getByRole("link", { name: "注册账号" })).toHaveAttribute("href", "/register");
  await expect(page.getByRole("group", { name: "切换语言" }).getByRole("button", { name: "简体中文" })).toHaveAttribute("aria-pressed", "true");
  await checkA11y(page, "home (zh-CN)");
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-US" });

  test("the home page follows Accept-Language", async ({ page }) => {
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expect(page.getByRole("heading", { level: 1, name: "Your telecom services, without the queue" })).toBeVisible();
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    await expect(header.getByRole("link", { name: "Register" })).toHaveAttribute("href", "/register");
    await expect(page.getByRole("group", { name: "Change language" }).getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await checkA11y(page, "home (en)");

    await header.getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Phone number or e-mail")).toBeVisible();
    await expect(page.getByLabel("Password")).toBeVisible();
    await checkA11y(page, "sign-in form (en)");
  });
});

test("GET /api/health answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test.describe("on a 375-px-wide phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the home page fits without horizontal scrolling", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "足不出户，办理通信业务" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "home (phone)");
  });

  test.describe("signed in", () => {
    test.use({ storageState: authFile("li") });

    test("the fault form fits without horizontal scrolling", async ({ page }) => {
      await page.goto("/account/requests/new/fault-repair");
      await expect(page.getByRole("heading", { level: 1, name: "故障报修" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      // With the duplicate warning open too (李娜's only line has an open request).
      await chooseLine(page, "报修号码 / 账号", "13800000002");
      await expect(page.getByRole("checkbox", { name: "这是另一个问题，继续提交" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await checkA11y(page, "fault form (phone)");
    });
  });
});
