import type { Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, expect, expectNoHorizontalScroll, fillSignIn, gotoStatus, test, unique, openStaffMenu } from "./fixtures";

// Administration: the admin creates a staff account and hands over its temporary password, the
// new agent signs in with it, the admin disables the account and the agent's next page load ends
// at the sign-in page; the admin adds plans and stops offering one, and /plans follows. Only
// accounts and plans this spec creates are changed (the demo admin and the seeded plans stay as
// they are for the other specs). The plans added are IoT plans dearer than any seeded one, so no
// customer's recommendation or plan-change options in the other specs change.

async function addPlan(admin: Page, code: string, name: string, fee: string) {
  await admin.goto("/admin/plans/new");
  await expect(admin.getByRole("heading", { level: 1, name: "新增套餐" })).toBeVisible();
  await admin.getByLabel("套餐编码").fill(code);
  await admin.getByLabel("类型").selectOption({ label: "物联网" });
  await admin.getByLabel("名称", { exact: true }).fill(name);
  await admin.getByLabel("英文名称").fill(`E2E ${code}`);
  await admin.getByLabel("月费（元）").fill(fee);
  await admin.getByLabel("流量（MB）").fill("20480");
  await admin.getByLabel("通话（分钟）").fill("200");
  await admin.getByRole("button", { name: "创建套餐" }).click();
  await expect(admin.getByText(`已创建套餐 ${code}。`)).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/plans\/[a-z0-9]+\?created=1$/);
}

test("the admin creates an agent, who signs in with the temporary password; disabled, the agent is signed out", async ({ pageAs, browser }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin");
  await openStaffMenu(admin, "更多");
  await admin.getByRole("banner").getByRole("link", { name: "管理" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "管理" })).toBeVisible();
  await checkA11y(admin, "administration index");
  await admin.getByRole("link", { name: "员工账号" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "员工账号" })).toBeVisible();
  await expect(admin.getByRole("table")).toContainText("客服 王芳");
  await checkA11y(admin, "staff accounts");

  await admin.getByRole("link", { name: "新建员工" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "新建员工账号" })).toBeVisible();
  // Bad input first: a translated message on each field, nothing created.
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText("请输入有效的邮箱地址")).toBeVisible();
  await checkA11y(admin, "new staff account with errors");

  const id = unique();
  const email = `agent-${id}@e2e.servicehall.cn`;
  const name = `客服 测试${id.slice(-5)}`;
  await admin.getByLabel("姓名").fill(name);
  await admin.getByLabel("邮箱").fill(email);
  await admin.getByLabel("角色").selectOption({ label: "一线客服" });
  await admin.getByLabel("班组").selectOption({ label: "一线客服" });
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText(`已创建 ${name}（${email}）的账号`)).toBeVisible();
  const password = (await admin.getByTestId("temporary-password").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  await checkA11y(admin, "temporary password shown once");

  // A duplicate e-mail is refused with its reason.
  await admin.getByRole("button", { name: "再建一个" }).click();
  await admin.getByLabel("姓名").fill("重复的人");
  await admin.getByLabel("邮箱").fill(email.toUpperCase());
  await admin.getByRole("button", { name: "创建账号" }).click();
  await expect(admin.getByText("该邮箱已被使用")).toBeVisible();

  // The new agent signs in with the temporary password, in a browser of their own.
  const context = await browser.newContext();
  const agent = await context.newPage();
  await agent.goto("/login");
  await fillSignIn(agent, email, password);
  await expect(agent).toHaveURL("/admin");
  await expect(agent.getByText(`当前用户：${name}`)).toBeVisible();

  // The admin disables the account.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await checkA11y(admin, "staff account page");
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "停用账号" }).click();
  await expect(admin.getByText("账号已停用，该员工的会话已全部失效。")).toBeVisible();
  await expect(admin.getByRole("button", { name: "启用账号" })).toBeVisible();

  // The agent's next page load goes to the sign-in page, and the password no longer works.
  await agent.goto("/admin/queue");
  await expect(agent).toHaveURL(/\/login\?next=%2Fadmin%2Fqueue/);
  await fillSignIn(agent, email, password);
  await expect(agent.getByText("账号或密码不正确。")).toBeVisible();
  await context.close();

  // The admin's own account: no disable or reset, and the note says why.
  await admin.goto("/admin/users?q=admin%40demo.servicehall.cn");
  await admin.getByRole("link", { name: "管理员 赵敏" }).click();
  await expect(admin.getByText("这是您自己的账号")).toBeVisible();
  await expect(admin.getByRole("button", { name: "停用账号" })).toHaveCount(0);
});

test("the admin adds plans and stops offering one; the public catalogue follows", async ({ pageAs, page }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/plans");
  await expect(admin.getByRole("heading", { level: 1, name: "套餐目录" })).toBeVisible();
  await checkA11y(admin, "admin plan catalogue");

  const id = unique().slice(-8);
  const kept = { code: `K${id}`, name: `测试在售 ${id}` };
  const retired = { code: `R${id}`, name: `测试停售 ${id}` };

  // A fee with three decimals is refused with its reason.
  await admin.goto("/admin/plans/new");
  await admin.getByLabel("月费（元）").fill("12.345");
  await admin.getByRole("button", { name: "创建套餐" }).click();
  await expect(admin.getByText("请输入不小于 0 的金额，最多两位小数，例如 58 或 58.50")).toBeVisible();
  await checkA11y(admin, "new plan with errors");

  await addPlan(admin, kept.code, kept.name, "886.5");
  await addPlan(admin, retired.code, retired.name, "912");
  await checkA11y(admin, "plan page");
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByRole("button", { name: "停售" }).click();
  await expect(admin.getByText("已停售。")).toBeVisible();
  await expect(admin.getByRole("button", { name: "恢复销售" })).toBeVisible();

  await admin.goto("/admin/plans");
  await expect(admin.getByRole("row", { name: new RegExp(kept.code) })).toContainText("¥886.50");
  await expect(admin.getByRole("row", { name: new RegExp(retired.code) })).toContainText("已停售");

  await page.goto("/plans?kind=IOT");
  await expect(page.getByRole("heading", { name: new RegExp(kept.name) })).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(retired.name) })).toHaveCount(0);
});

test("teams: the admin adds a team and sees its members", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.goto("/admin/teams");
  await expect(admin.getByRole("heading", { level: 1, name: "班组" })).toBeVisible();
  const frontline = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { level: 2, name: /FRONTLINE/ }) });
  await expect(frontline).toContainText("客服 王芳");
  await checkA11y(admin, "teams");
  const code = `E2E_${unique().slice(-8)}`;
  const form = admin.getByRole("region", { name: "新增班组" });
  await form.getByLabel("编码").fill(code);
  await form.getByLabel("名称", { exact: true }).fill("测试班组");
  await form.getByLabel("英文名称").fill("Test team");
  await form.getByText("投诉", { exact: true }).click();
  await form.getByRole("button", { name: "新增班组" }).click();
  await expect(form.getByText("已新增班组。")).toBeVisible();
  await expect(admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { level: 2, name: new RegExp(code) }) })).toContainText("承接: 投诉");
});

test("only admins find staff accounts, teams and plans; a supervisor's 管理 lists only their areas", async ({ pageAs }) => {
  for (const name of ["agent", "supervisor", "zhang"] as const) {
    const page = await pageAs(name);
    for (const url of ["/admin/users", "/admin/users/new", "/admin/teams", "/admin/plans"]) expect(await gotoStatus(page, url), `${name} ${url}`).toBe(404);
    if (name === "supervisor") continue;
    expect(await gotoStatus(page, "/admin/settings"), `${name} /admin/settings`).toBe(404);
    await expect(page.getByRole("link", { name: "管理", exact: true })).toHaveCount(0);
  }
  const supervisor = await pageAs("supervisor");
  await supervisor.goto("/admin");
  await openStaffMenu(supervisor, "更多");
  await supervisor.getByRole("banner").getByRole("link", { name: "管理", exact: true }).click();
  const main = supervisor.getByRole("main");
  for (const area of ["服务时限策略", "工作日历", "答复模板"]) await expect(main.getByRole("link", { name: new RegExp(area) })).toBeVisible();
  for (const area of ["员工账号", "班组", "套餐目录"]) await expect(main.getByRole("link", { name: new RegExp(area) })).toHaveCount(0);
});

test("administration in English on a 375-px phone", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  await admin.setViewportSize({ width: 375, height: 812 });
  await admin.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: test.info().project.use.baseURL! }]);
  for (const [url, heading] of [
    ["/admin/settings", "Administration"],
    ["/admin/users", "Staff accounts"],
    ["/admin/users/new", "New staff account"],
    ["/admin/teams", "Teams"],
    ["/admin/plans", "Plan catalogue"],
    ["/admin/plans/new", "New plan"],
  ] as const) {
    await admin.goto(url);
    await expect(admin.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoHorizontalScroll(admin);
    await checkA11y(admin, `${url} in English at 375 px`);
  }
});
