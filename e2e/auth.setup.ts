import { test as setup } from "@playwright/test";
import { ACCOUNTS, authFile, checkA11y, DEMO_PASSWORD, expect, fillSignIn, type AccountName } from "./fixtures";

// Signs each demo account in once through the real sign-in form and saves the session, so the
// specs start signed in (test.use({ storageState: authFile(name) }) or the pageAs fixture).
for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
  const account = ACCOUNTS[name];
  setup(`sign in as ${name}`, async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
    if (name === "zhang") await checkA11y(page, "sign-in form");
    await fillSignIn(page, account.identifier, DEMO_PASSWORD);
    if (account.kind === "staff") {
      await expect(page).toHaveURL("/admin");
      await expect(page.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
    } else {
      await expect(page).toHaveURL("/account/requests");
      await expect(page.getByRole("heading", { level: 1, name: "我的申请" })).toBeVisible();
    }
    await expect(page.getByText(`当前用户：${account.name}`)).toBeVisible();
    await checkA11y(page, `${name}'s landing page`);
    await page.context().storageState({ path: authFile(name) });
  });
}
