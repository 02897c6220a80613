import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { addBusinessHours } from "../lib/domain/business-calendar";
import { CN_STANDARD } from "../lib/domain/cn-calendar";

// Shared pieces of the end-to-end suite: the demo accounts and their saved sessions, the
// accessibility check every visited page goes through, and a few UI steps used by several specs.

export const DEMO_PASSWORD = "Demo1234";

/** The demo accounts the setup project signs in once (prisma/demo-data.ts). */
export const ACCOUNTS = {
  // 张伟: two lines, both with an open fault request. Only journey.spec changes his data.
  zhang: { identifier: "13800000001", kind: "customer", name: "张伟" },
  // 李娜: nobody changes her requests; she is the "other customer" of the access checks. Only
  // rating.spec answers her NPS survey; plans.spec books a plan change on her line and cancels it. complaints.spec reads
  // her seeded complaints (one 17 days without a reply) and changes nothing.
  li: { identifier: "13800000002", kind: "customer", name: "李娜" },
  // 星河科技 (enterprise, three lines): access.spec, status-changes.spec, progress.spec, agent-day.spec,
  // rating.spec and complaints.spec add requests of their own to it and change only those.
  xinghe: { identifier: "13800000003", kind: "customer", name: "星河科技有限公司" },
  // 周敏: two mobile lines, nothing open; the termination spec terminates 13800000014. surveys.spec
  // sends her (only her: personal customers in 深圳市南山区) a CSI wave and answers it as her.
  zhou: { identifier: "13800000004", kind: "customer", name: "周敏" },
  agent: { identifier: "agent@demo.servicehall.cn", kind: "staff", name: "客服 王芳" },
  supervisor: { identifier: "supervisor@demo.servicehall.cn", kind: "staff", name: "班长 陈刚" },
  // The quality loop (issue 7): reports, surveys, improvement projects, outcome pages.
  quality: { identifier: "quality@demo.servicehall.cn", kind: "staff", name: "质检 孙丽" },
  // Reads the outbox (notify.spec, track.spec); changes nothing.
  admin: { identifier: "admin@demo.servicehall.cn", kind: "staff", name: "管理员 赵敏" },
} as const;
export type AccountName = keyof typeof ACCOUNTS;

/** The saved session (storageState) of a demo account, written by auth.setup.ts. */
export function authFile(name: AccountName): string {
  return path.join(__dirname, ".auth", `${name}.json`);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"];

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, naming the
 * rule ids and the elements. Call it on every page (and page state, such as a form showing its
 * errors) that a test visits.
 */
export async function checkA11y(page: Page, what = "") {
  const label = what || new URL(page.url()).pathname;
  await test.step(`axe: ${label}`, async () => {
    // Next.js streams metadata: after a client-side navigation the <title> arrives a moment after
    // the content. Wait for it (a page without one still fails here), then scan.
    await expect(page, `${label} has a document title`).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`),
      }));
    expect(blocking, `serious or critical accessibility violations on ${label} (${page.url()})`).toEqual([]);
  });
}

type Fixtures = {
  /** A page in a new browser context signed in as a demo account (its own cookies). */
  pageAs: (name: AccountName) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (name) => {
      // Playwright Test applies the config's `use` options (baseURL, locale, time zone) here too.
      const context = await browser.newContext({ storageState: authFile(name) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };

/** The response status of a navigation (fails the test when there was no response). */
export async function gotoStatus(page: Page, url: string): Promise<number> {
  const response = await page.goto(url);
  expect(response, `no response for ${url}`).not.toBeNull();
  return response!.status();
}

/** A datetime-local value ("2026-11-28T09:30") in China Standard Time, `hoursAgo` before now. */
export function cstLocal(hoursAgo: number): string {
  const shifted = new Date(Date.now() - hoursAgo * 3_600_000 + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The SRN at the end of a request page's URL. */
export function srnFromUrl(url: string): string {
  return new URL(url).pathname.split("/").pop() ?? "";
}

/** Chooses the option of the fault form's line select that shows `lineNumber`. */
export async function chooseLine(page: Page, selectLabel: string, lineNumber: string) {
  const select = page.getByLabel(selectLabel);
  const option = select.getByRole("option", { name: new RegExp(` ${lineNumber} `) });
  await select.selectOption({ label: (await option.textContent()) ?? "" });
}

/**
 * Reports a fault on one of the signed-in customer's lines through the form (ticking the
 * duplicate confirmation when the line already has an open request) and returns the new SRN.
 */
export async function reportFault(page: Page, lineNumber: string, description: string): Promise<string> {
  await page.goto("/account/requests/new/fault-repair");
  await chooseLine(page, "报修号码 / 账号", lineNumber);
  // An outage on the line is shown first (e2e/status.spec.ts); this helper reports anyway.
  const anyway = page.getByRole("button", { name: "仍要报修" });
  if (await anyway.isVisible()) await anyway.click();
  const duplicate = page.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
  // React renders the warning in the change event's own (discrete) update, before selectOption returns.
  if (await duplicate.isVisible()) await duplicate.check();
  await page.getByLabel("故障现象").selectOption({ label: "无法拨打或接听电话" });
  await page.getByLabel("详细描述").fill(description);
  await page.getByRole("button", { name: "提交报修" }).click();
  await expect(page).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
  return srnFromUrl(page.url());
}

/** A date input's value (yyyy-MM-dd) in China Standard Time, `days` from today. */
export function cstDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Something unique to put in a test's free text, so that reruns and parallel specs never collide. */
export function unique(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

/** The page has no horizontal scroll at its current width. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

/** The progress bar shows `steps` in order, and the one named `current` is the current step. */
export async function expectSteps(page: Page, steps: string[], current: string) {
  const items = page.getByRole("region", { name: /^(办理进度|Progress)$/ }).getByRole("list").getByRole("listitem");
  await expect(items).toHaveCount(steps.length);
  for (const [i, name] of steps.entries()) {
    await expect(items.nth(i)).toContainText(name);
    if (name === current) await expect(items.nth(i), name).toHaveAttribute("aria-current", "step");
    else await expect(items.nth(i), name).not.toHaveAttribute("aria-current", /.*/);
  }
}

/** A phone number no demo account uses: 137 and eight random digits. */
export function uniquePhone(): string {
  return `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}

/** Signs in through the sign-in form (the page must show it). */
export async function fillSignIn(page: Page, identifier: string, password: string) {
  await page.getByLabel("手机号或邮箱").fill(identifier);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** The outbox entries (as an admin sees them at /admin/outbox) whose text names the SRN. */
export async function outboxItems(admin: Page, srn: string, channel?: "SMS" | "EMAIL") {
  await admin.goto(channel ? `/admin/outbox?channel=${channel}` : "/admin/outbox");
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  return admin.getByRole("list", { name: /发件箱|Outbox/ }).getByRole("listitem").filter({ hasText: srn });
}

/** The newest tracking code texted for the SRN, read from the outbox as the customer reads the SMS. */
export async function trackingCodeFromOutbox(admin: Page, srn: string): Promise<string> {
  const item = (await outboxItems(admin, srn, "SMS")).filter({ hasText: /查询验证码|Verification code/ }).first();
  const text = (await item.textContent()) ?? "";
  const match = /(?:验证码 |is )(\d{6})/.exec(text);
  expect(match, `no code in ${text}`).not.toBeNull();
  return match![1]!;
}

/** The registration form's labels, in each language. */
const REGISTRATION_LABELS = {
  zh: { name: "姓名", phone: "手机号", password: "设置密码", confirm: "确认密码", accept: /我已阅读并同意/, sms: "接收套餐优惠短信", submit: "注册并登录" },
  en: { name: "Name", phone: "Mobile number", password: "Password", confirm: "Confirm password", accept: /I have read and accept the/, sms: "Texts about offers", submit: "Register and sign in" },
} as const;

/**
 * Registers a new personal account through the form (consenting to the privacy notice, and to
 * marketing texts when asked) and waits for the request list it lands on. Returns the phone.
 */
export async function registerCustomer(page: Page, options: { name: string; password?: string; marketingSms?: boolean; lang?: "zh" | "en" }) {
  const labels = REGISTRATION_LABELS[options.lang ?? "zh"];
  const phone = uniquePhone();
  const password = options.password ?? "Passw0rd2026";
  await page.goto("/register");
  // Ticked first: an error shown when a field is left would move the checkboxes down mid-click.
  await page.getByRole("checkbox", { name: labels.accept }).check();
  if (options.marketingSms) await page.getByRole("checkbox", { name: labels.sms }).check();
  await page.getByLabel(labels.name, { exact: true }).fill(options.name);
  await page.getByLabel(labels.phone, { exact: true }).fill(phone);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByLabel(labels.confirm, { exact: true }).fill(password);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page).toHaveURL("/account/requests");
  return phone;
}

/**
 * The accept-by clock of a request submitted just now: 24 hours on China's working days (the
 * CN-STANDARD calendar: a request made on a Saturday runs from Monday), within a few minutes.
 */
export async function expectAcceptByFromNow(clocks: Locator, name = "受理时限") {
  const time = clocks.getByRole("group", { name }).locator("time");
  const at = Date.parse((await time.getAttribute("datetime")) ?? "");
  const expected = addBusinessHours(CN_STANDARD, new Date(), 24).getTime();
  expect(Math.abs(at - expected), `accept-by ${new Date(at).toISOString()} is 24 working hours from now`).toBeLessThan(10 * 60_000);
}

/** Opens a staff header menu ("质量管理" or "更多") so that its links can be clicked. */
export async function openStaffMenu(page: Page, name: "质量管理" | "更多" | "Quality" | "More") {
  await page.getByRole("banner").locator("summary", { hasText: name }).click();
}
