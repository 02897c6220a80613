import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { authFile, checkA11y, expect, expectNoHorizontalScroll, fillSignIn, outboxItems, registerCustomer, test, unique, uniquePhone } from "./fixtures";

// The privacy centre (/account/privacy): the data export, marketing consents, the phone number
// change with a code texted to the new number, and deletion requests handled by staff. Every
// account that changes anything here is registered by its test: demo customers only download
// their data (张伟), and nobody changes a demo customer's phone number.

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** The newest phone-change code texted to `phone`, read from the admin's outbox. */
async function phoneCodeFromOutbox(admin: Page, phone: string): Promise<string> {
  const item = (await outboxItems(admin, masked(phone), "SMS")).filter({ hasText: /更换手机号验证码|Phone number change code/ }).first();
  const text = (await item.textContent()) ?? "";
  const match = /(?:验证码 |code is )(\d{6})/.exec(text);
  expect(match, `no code in ${text}`).not.toBeNull();
  return match![1]!;
}

test.describe("as 张伟", () => {
  test.use({ storageState: authFile("zhang") });

  test("downloads his data as JSON, a printable page and a PDF, with nothing of anyone else", async ({ page }) => {
    await page.goto("/account/requests");
    await page.getByRole("banner").getByRole("link", { name: "隐私中心" }).click();
    await expect(page).toHaveURL("/account/privacy");
    await expect(page.getByRole("heading", { level: 1, name: "隐私中心" })).toBeVisible();
    const what = page.getByRole("region", { name: "我们保存的信息" });
    await expect(what.getByRole("rowheader", { name: /实名信息/ })).toBeVisible();
    await expect(what.getByRole("row", { name: /^实名信息/ })).toContainText("服务期间及服务终止后 2 年");
    await expect(what.getByRole("row", { name: /^服务申请与投诉/ })).toContainText("办结后 3 年");
    await expect(what.getByRole("row", { name: /^销户档案/ })).toContainText("产生后 5 年");
    await expect(what.getByRole("row", { name: /^登录与操作日志/ })).toContainText("产生后 6 个月");
    await expect(what.getByRole("row", { name: /^使用量/ })).toContainText("产生后 5 个月");
    await checkA11y(page, "privacy centre");

    await test.step("JSON", async () => {
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "下载 JSON" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^servicehall-my-data-\d{8}\.json$/);
      const text = await readFile((await download.path())!, "utf8");
      const data = JSON.parse(text);
      expect(data.customer).toMatchObject({ name: "张伟", phone: "13800000001", idNumber: expect.stringMatching(/^\d{17}[\dX]$/) });
      expect(data.account).toMatchObject({ phone: "13800000001" });
      // His lines in service and the one he terminated a year ago (its archive is his data too).
      expect(data.lines.map((l: { number: string }) => l.number).sort()).toEqual(["13800000001", "13900000001", "BB0100000001"]);
      expect(data.serviceRequests.length).toBeGreaterThan(0);
      expect(data.consents.map((c: { kind: string }) => c.kind)).toContain("PRIVACY_NOTICE");
      expect(data.privacyRequests.length).toBeGreaterThan(0);
      for (const secret of ["passwordHash", "sessionVersion", "codeHash", "idempotencyKey"]) expect(text).not.toContain(`"${secret}"`);
      // Nothing of the other demo customers.
      for (const other of ["13800000002", "李娜", "13800000003", "星河科技", "13800000004", "周敏"]) expect(text, other).not.toContain(other);
    });

    await test.step("the printable page", async () => {
      await page.getByRole("link", { name: "查看可打印版本" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "我的个人信息副本" })).toBeVisible();
      await expect(page.getByRole("region", { name: "客户信息" })).toContainText("13800000001");
      await expect(page.getByRole("region", { name: /^服务申请（\d+）$/ })).toContainText("SR");
      await expect(page.getByRole("region", { name: "不包含的内容" })).toContainText("内部处理备注");
      await checkA11y(page, "printable export");
    });

    await test.step("the PDF", async () => {
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: "下载 PDF" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    });
  });
});

test("the export is only for its signed-in customer", async ({ page, pageAs }) => {
  const anonymous = await page.request.get("/account/privacy/export.json", { maxRedirects: 0 });
  expect([303, 307]).toContain(anonymous.status());
  expect(anonymous.headers().location).toMatch(/\/login\?next=%2Faccount%2Fprivacy%2Fexport\.json$/);
  const admin = await pageAs("admin");
  expect((await admin.request.get("/account/privacy/export.json", { maxRedirects: 0 })).status()).toBe(404);
  expect((await admin.request.get("/account/privacy/export.pdf", { maxRedirects: 0 })).status()).toBe(404);
  // Customers and staff without privacy:handle do not see the staff pages.
  const li = await pageAs("li");
  expect((await li.goto("/admin/privacy"))?.status()).toBe(404);
  const agent = await pageAs("agent");
  expect((await agent.goto("/admin/privacy"))?.status()).toBe(404);
});

test("星河科技, who accepted an earlier notice, is asked to read and accept the current one", async ({ pageAs }) => {
  // Looked at only: other specs use 星河科技, so the notice is not accepted here (the integration tests do).
  const xinghe = await pageAs("xinghe");
  await xinghe.goto("/account/privacy#consents");
  const notice = xinghe.getByRole("region", { name: "同意记录" }).getByRole("region", { name: "隐私政策" });
  await expect(notice).toContainText("隐私政策已更新为 2026-06 版");
  await expect(notice.getByRole("link", { name: "阅读 2026-06 版隐私政策" })).toHaveAttribute("href", "/privacy?version=2026-06");
  await expect(notice.getByRole("button", { name: "我已阅读并同意 2026-06 版" })).toBeVisible();
  await checkA11y(xinghe, "privacy centre asking for the current notice");
});

test("registration asks for the notice; marketing consent is withdrawn and given again with one click, and the history shows it", async ({ page }) => {
  await test.step("the notice is required, marketing is not", async () => {
    await page.goto("/register");
    await expect(page.getByRole("checkbox", { name: /我已阅读并同意/ })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "接收套餐优惠短信" })).not.toBeChecked();
    await expect(page.getByRole("link", { name: "《隐私政策》" })).toHaveAttribute("href", "/privacy");
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByText("请阅读并同意隐私政策")).toBeVisible();
    await checkA11y(page, "registration form with the consent error");
  });

  await registerCustomer(page, { name: `同意${unique()}`, marketingSms: true });
  await page.goto("/account/privacy");
  const consents = page.getByRole("region", { name: "同意记录" });
  const sms = consents.getByRole("region", { name: "营销短信" });
  const history = consents.getByRole("list", { name: "同意历史" }).getByRole("listitem");

  await test.step("what registration recorded", async () => {
    await expect(consents.getByRole("region", { name: "隐私政策" })).toContainText("同意现行的 2026-06 版");
    await expect(sms).toContainText("已同意");
    await expect(consents.getByRole("region", { name: "营销邮件" })).toContainText("已撤回");
    await expect(history).toHaveCount(3);
    await expect(history.filter({ hasText: "隐私政策 · 2026-06 版" })).toContainText("注册时");
  });

  await test.step("withdraw with one click", async () => {
    await sms.getByRole("button", { name: "撤回同意：营销短信" }).click();
    await expect(sms).toContainText("已撤回");
    await expect(history).toHaveCount(4);
    await expect(history.first()).toContainText("营销短信");
    await expect(history.first()).toContainText("撤回");
    await expect(history.first()).toContainText("隐私中心");
    await checkA11y(page, "consents after withdrawing");
  });

  await test.step("give it again with one click", async () => {
    await sms.getByRole("button", { name: "同意接收：营销短信" }).click();
    await expect(sms).toContainText("已同意");
    await expect(history).toHaveCount(5);
    await expect(history.first()).toContainText("同意");
    await expect(sms.getByRole("button", { name: "撤回同意：营销短信" })).toBeVisible();
  });
});

test("a new customer changes their phone number with the code texted to the new number and their password", async ({ page, pageAs }) => {
  const password = "Passw0rd2026";
  const name = `换号${unique()}`;
  const oldPhone = await registerCustomer(page, { name, password });
  const newPhone = uniquePhone();
  const admin = await pageAs("admin");
  await page.goto("/account/privacy");
  const section = page.getByRole("region", { name: "更换手机号" });
  await expect(section).toContainText(`当前手机号：${oldPhone}`);

  await test.step("the current number and a taken number are refused", async () => {
    await section.getByLabel("新手机号").fill(oldPhone);
    await section.getByRole("button", { name: "发送验证码" }).click();
    await expect(section.getByText("这就是您当前的手机号。")).toBeVisible();
    await section.getByLabel("新手机号").fill("13800000002");
    await section.getByRole("button", { name: "发送验证码" }).click();
    await expect(section.getByText("该手机号已被其他账号使用。")).toBeVisible();
    await checkA11y(page, "phone change with an error");
  });

  await section.getByLabel("新手机号").fill(newPhone);
  await section.getByRole("button", { name: "发送验证码" }).click();
  await expect(section.getByText(`验证码已发送至 ${newPhone}，10 分钟内有效。`)).toBeVisible();
  const code = await phoneCodeFromOutbox(admin, newPhone);

  await test.step("a wrong code, then a wrong password, change nothing", async () => {
    await section.getByLabel("短信验证码").fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await section.getByLabel("当前密码").fill(password);
    await section.getByRole("button", { name: "确认更换" }).click();
    await expect(section.getByText("验证码不正确或已失效，请重新获取。")).toBeVisible();
    await section.getByLabel("短信验证码").fill(code);
    await section.getByLabel("当前密码").fill("WrongPassw0rd");
    await section.getByRole("button", { name: "确认更换" }).click();
    await expect(section.getByText("密码不正确。")).toBeVisible();
    await checkA11y(page, "phone change code step with errors");
  });

  await test.step("the right code and password change it, and this device stays signed in", async () => {
    await section.getByLabel("当前密码").fill(password);
    await section.getByRole("button", { name: "确认更换" }).click();
    await expect(section.getByText(`手机号已更换为 ${newPhone}。`, { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "更换手机号" })).toContainText(`当前手机号：${newPhone}`);
    await expect(page.getByText(`当前用户：${name}`)).toBeVisible();
  });

  await test.step("the old number is told, and only the new number signs in", async () => {
    await expect((await outboxItems(admin, masked(oldPhone), "SMS")).filter({ hasText: "账号手机号已更换" }).first()).toContainText(masked(newPhone));
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL("/");
    await page.goto("/login");
    await fillSignIn(page, oldPhone, password);
    await expect(page.getByText("账号或密码不正确。")).toBeVisible();
    await fillSignIn(page, newPhone, password);
    await expect(page).toHaveURL("/account/requests");
  });
});

test("a deletion request completed by staff: the customer sees what was deleted and what was kept, and why", async ({ page, pageAs }) => {
  const name = `删除${unique()}`;
  await registerCustomer(page, { name });
  await page.goto("/account/privacy");
  const requests = page.getByRole("region", { name: "隐私申请" });

  await test.step("the customer asks", async () => {
    await requests.getByRole("radio", { name: "删除" }).check();
    await requests.getByLabel("您的要求").fill("短");
    await requests.getByRole("button", { name: "提交申请" }).click();
    await expect(requests.getByText("至少填写 10 个字，描述越详细处理越快")).toBeVisible();
    await requests.getByLabel("您的要求").fill("请删除我的全部通知记录和营销同意，我不再需要这些信息。");
    await requests.getByRole("button", { name: "提交申请" }).click();
    await expect(requests.getByText("申请已提交，我们将在 15 天内答复。")).toBeVisible();
    const mine = requests.getByRole("list", { name: "我的申请" }).getByRole("listitem").first();
    await expect(mine).toContainText("删除申请");
    await expect(mine).toContainText("处理中");
    await expect(mine).toContainText("答复期限：");
    await checkA11y(page, "privacy request submitted");
  });

  await test.step("a supervisor completes it", async () => {
    const supervisor = await pageAs("supervisor");
    await supervisor.goto("/admin");
    await supervisor.getByRole("banner").getByRole("link", { name: "隐私申请" }).click();
    await expect(supervisor.getByRole("heading", { level: 1, name: "隐私申请" })).toBeVisible();
    await checkA11y(supervisor, "staff privacy requests");
    await supervisor.getByRole("link", { name: `打开 ${name} 的删除申请` }).click();
    await expect(supervisor.getByRole("heading", { level: 1, name: `隐私申请 · ${name}` })).toBeVisible();
    await checkA11y(supervisor, "staff privacy request");
    const complete = supervisor.getByRole("region", { name: "完成" });
    await expect(complete.getByRole("checkbox", { name: "通知记录" })).toBeChecked();
    await complete.getByLabel("处理结果（客户可见）").fill("已删除您的通知记录并撤回营销同意；实名信息等依法保留。");
    await complete.getByRole("button", { name: "完成申请" }).click();
    await expect(supervisor.getByText("该申请已处理。")).toBeVisible();
    await expect(supervisor.getByRole("region", { name: "申请内容" })).toContainText("已完成");
  });

  await test.step("the customer reads the outcome", async () => {
    await page.reload();
    const mine = page.getByRole("region", { name: "隐私申请" }).getByRole("list", { name: "我的申请" }).getByRole("listitem").first();
    await expect(mine).toContainText("已完成");
    await expect(mine).toContainText("已删除您的通知记录并撤回营销同意；实名信息等依法保留。");
    await expect(mine).toContainText(/通知记录 \d+ 条/);
    await expect(mine).toContainText("依法保留");
    await expect(mine).toContainText("实名信息：不删除");
    await checkA11y(page, "privacy request completed");
    await page.goto("/account/notifications");
    await expect(page.getByText("您的删除申请已完成")).toBeVisible();
  });
});

test.describe("in English on a 375-px-wide phone", () => {
  test.use({ locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("a deletion request refused with a reason, and the pages fit", async ({ page, browser }) => {
    const name = `Refused${unique()}`;
    await registerCustomer(page, { name, lang: "en" });
    await page.goto("/account/privacy");
    await expect(page.getByRole("heading", { level: 1, name: "Privacy centre" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    // On a phone each category is an expandable entry.
    const summary = page.getByRole("listitem").filter({ hasText: "Real-name identity" }).getByText("Real-name identity", { exact: true });
    const entry = summary.locator("xpath=ancestor::details");
    await expect(entry).not.toHaveAttribute("open", /.*/);
    await summary.click();
    await expect(entry).toHaveAttribute("open", "");
    await expect(entry).toContainText("Real-name registration of telephone users, as the law requires.");
    await checkA11y(page, "privacy centre (en, phone)");

    const requests = page.getByRole("region", { name: "Privacy requests" });
    await requests.getByRole("radio", { name: "Deletion" }).check();
    await requests.getByLabel("What you ask for").fill("Please delete my ID number and all my data.");
    await requests.getByRole("button", { name: "Submit request" }).click();
    await expect(requests.getByText("Request submitted. We will answer within 15 days.")).toBeVisible();

    const context = await browser.newContext({ storageState: authFile("admin"), locale: "en-US", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const admin = await context.newPage();
    await admin.goto("/admin/privacy");
    await expect(admin.getByRole("heading", { level: 1, name: "Privacy requests" })).toBeVisible();
    await expectNoHorizontalScroll(admin);
    await checkA11y(admin, "staff privacy requests (en, phone)");
    await admin.getByRole("link", { name: `Open Deletion request of ${name}` }).click();
    await expect(admin.getByRole("heading", { level: 1, name: `Privacy request · ${name}` })).toBeVisible();
    await expectNoHorizontalScroll(admin);
    const refuse = admin.getByRole("region", { name: "Refuse" });
    await refuse.getByRole("button", { name: "Refuse request" }).click();
    await expect(refuse.getByText("Write at least 10 characters — details help us fix it faster")).toBeVisible();
    await checkA11y(admin, "refusal without a reason (en, phone)");
    const reason = "Your ID number is real-name data the law requires us to keep until 2 years after your service ends.";
    await refuse.getByLabel("Reason for refusal (the customer reads this; required)").fill(reason);
    await refuse.getByRole("button", { name: "Refuse request" }).click();
    await expect(admin.getByText("This request has been handled.")).toBeVisible();
    await context.close();

    await page.reload();
    const mine = page.getByRole("region", { name: "Privacy requests" }).getByRole("list", { name: "My requests" }).getByRole("listitem").first();
    await expect(mine).toContainText("Refused");
    await expect(mine).toContainText(reason);
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "refused request (en, phone)");

    await page.getByRole("link", { name: "View printable page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Copy of my personal data" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "printable export (en, phone)");

    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1, name: "ServiceHall privacy notice (version 2026-06)" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await checkA11y(page, "privacy notice (en, phone)");
  });
});
