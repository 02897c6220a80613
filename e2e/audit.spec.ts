import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, expect, expectNoHorizontalScroll, gotoStatus, test, openStaffMenu } from "./fixtures";

// The audit viewer: admins and auditors search the log; nobody else finds the page.

test("an admin finds the agent's sign-ins in the audit log, by actor and action", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin");
  await openStaffMenu(admin, "更多");
  await admin.getByRole("link", { name: "审计日志" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  await admin.getByLabel("操作人").fill("王芳");
  await admin.getByLabel("操作", { exact: true }).fill("auth.login");
  await admin.getByRole("button", { name: "查询" }).click();
  await expect(admin).toHaveURL(/actor=%E7%8E%8B%E8%8A%B3/);
  const rows = admin.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("auth.login");
  await expect(rows.nth(1)).toContainText("客服 王芳");
  await checkA11y(admin, "audit log search");

  await admin.goto("/admin/audit?action=DROP");
  await expect(admin.getByText("以下筛选条件无效，已忽略：操作")).toBeVisible();

  await admin.setViewportSize({ width: 375, height: 800 });
  await admin.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL(admin.url()).origin }]);
  await admin.goto("/admin/audit?action=auth.");
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoHorizontalScroll(admin);
  await checkA11y(admin, "audit log in English at 375 px");
});

test("agents and customers do not find the audit log", async ({ pageAs }) => {
  for (const name of ["agent", "supervisor", "zhang"] as const) {
    const page = await pageAs(name);
    expect(await gotoStatus(page, "/admin/audit"), name).toBe(404);
    await expect(page.getByRole("link", { name: "审计日志" })).toHaveCount(0);
  }
});
