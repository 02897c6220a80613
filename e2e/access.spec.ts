import type { Page } from "@playwright/test";
import { authFile, checkA11y, DEMO_PASSWORD, expect, fillSignIn, gotoStatus, reportFault, test } from "./fixtures";

// Cross-account and staff-area access: "not yours" looks exactly like "does not exist", the
// staff area never reveals itself to customers, and anonymous visitors are sent to sign in.
// 星河科技 (13800000003) reports the fault used here; 李娜 (13800000002) is the other customer.

let srn = "";

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile("xinghe") });
  const page = await context.newPage();
  srn = await reportFault(page, "13800000003", "前台座机转接的来电无法接通，外线拨入提示忙音。（端到端测试）");
  await context.close();
});

function expectNotFoundPage(page: Page) {
  return Promise.all([
    expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible(),
    expect(page.getByText("您访问的页面不存在，或您无权查看。")).toBeVisible(),
  ]);
}

test.describe("a signed-in customer", () => {
  test.use({ storageState: authFile("li") });

  test("opening another customer's SRN gets the 404 page", async ({ page, pageAs }) => {
    // The owner can open it: the 404 below is about access, not a missing request.
    const owner = await pageAs("xinghe");
    expect(await gotoStatus(owner, `/account/requests/${srn}`)).toBe(200);
    await expect(owner.getByRole("heading", { level: 1, name: srn })).toBeVisible();
    await checkA11y(owner, "own request page");

    expect(await gotoStatus(page, `/account/requests/${srn}`)).toBe(404);
    await expectNotFoundPage(page);
    await expect(page.getByText(srn)).toHaveCount(0);
    await expect(page.getByText("星河科技有限公司")).toHaveCount(0);
    await checkA11y(page, "404 page");

    // The SRN also stays out of the other customer's own list.
    await page.goto("/account/requests");
    await expect(page.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
    await expect(page.getByText(srn)).toHaveCount(0);
    await checkA11y(page, "another customer's list");
  });

  test("opening staff pages gets the 404 page and no staff content", async ({ page }) => {
    for (const path of ["/admin", "/admin/queue", `/admin/requests/${srn}`]) {
      await test.step(path, async () => {
        expect(await gotoStatus(page, path), path).toBe(404);
        await expect(page).toHaveURL(path);
        await expectNotFoundPage(page);
        await expect(page.getByRole("table")).toHaveCount(0);
        await expect(page.getByRole("button", { name: "受理", exact: true })).toHaveCount(0);
        await expect(page.getByRole("button", { name: "退回", exact: true })).toHaveCount(0);
        await expect(page.getByRole("heading", { name: /工作台|待办队列|申请 SR/ })).toHaveCount(0);
        await expect(page.getByRole("link", { name: "待办队列" })).toHaveCount(0);
        await expect(page.getByRole("link", { name: "工作台" })).toHaveCount(0);
        await expect(page.getByText(srn)).toHaveCount(0);
      });
    }
    await checkA11y(page, "404 page for a staff URL");
  });
});

test.describe("an anonymous visitor", () => {
  test("is sent to sign in, with `next` naming the page", async ({ page }) => {
    for (const path of ["/admin", "/admin/queue", `/admin/requests/${srn}`, "/account/requests"]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === path);
        await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
        await expect(page.getByRole("table")).toHaveCount(0);
        await expect(page.getByText(srn)).toHaveCount(0);
      });
    }
    await checkA11y(page, "sign-in page with next");
  });

  test("lands on the `next` page after signing in from the redirect (staff)", async ({ page }) => {
    await page.goto("/admin/queue?view=open");
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === "/admin/queue?view=open");
    await fillSignIn(page, "supervisor@demo.servicehall.cn", DEMO_PASSWORD);
    await expect(page).toHaveURL("/admin/queue?view=open");
    await expect(page.getByRole("heading", { level: 1, name: "待办队列" })).toBeVisible();
    await expect(page.getByRole("link", { name: "全部未结" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: srn })).toBeVisible();
    await checkA11y(page, "queue, all open");
  });

  test("lands on the `next` page after signing in from the redirect (customer)", async ({ page }) => {
    await page.goto(`/account/requests/${srn}`);
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("next") === `/account/requests/${srn}`);
    await fillSignIn(page, "13800000003", DEMO_PASSWORD);
    await expect(page).toHaveURL(`/account/requests/${srn}`);
    await expect(page.getByRole("heading", { level: 1, name: srn })).toBeVisible();
  });
});

test.describe("cross-site writes", () => {
  test("a POST without an Origin header, or from another site, is refused before the app", async ({ request, baseURL }) => {
    // A server action post as a forged form or a script would send it: no Origin at all.
    const bare = await request.post("/login", { form: { phone: "13800000001", password: DEMO_PASSWORD }, headers: { "next-action": "0" } });
    expect(bare.status()).toBe(403);
    const foreign = await request.post("/api/auth/callback/credentials", { form: { phone: "13800000001" }, headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    // The same post from the site itself reaches the app (which answers it, whatever it says).
    const own = await request.post("/api/auth/callback/credentials", { form: { phone: "13800000001" }, headers: { origin: new URL(baseURL!).origin } });
    expect(own.status()).not.toBe(403);
  });
});
