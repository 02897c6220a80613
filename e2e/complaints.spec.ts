import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { checkA11y, expect, expectNoHorizontalScroll, expectSteps, gotoStatus, srnFromUrl, test, unique } from "./fixtures";

// 投诉 (issue 3, part 5). 星河科技 (13800000003) complains from its closed add-on request, with the
// 15-day reply clock and its date; an agent moves the complaint through 调查 → 处理 → 反馈; the
// customer rejects the reply and is told of the right to appeal (12300). 李娜's seeded complaint,
// 17 days old without a reply (the demo seed moves time for it), shows the appeal guidance and
// the appeal pack — a printable page and a PDF — and nobody else can open them. Nothing here
// changes 李娜's data.

const STEPS = ["受理", "调查", "处理", "反馈"];
const DAY = 86_400_000;

/** "2026年12月13日" for an instant, China time: the date part of the statutory deadline's text. */
function zhDate(at: number): string {
  const cst = new Date(at + 8 * 3_600_000);
  return `${cst.getUTCFullYear()}年${cst.getUTCMonth() + 1}月${cst.getUTCDate()}日`;
}

/**
 * Opens one of the signed-in customer's seeded requests from the list, by the text of its title
 * line and its status, paging on: other specs add newer requests to the same customer.
 */
async function openFromList(page: Page, title: RegExp, status: RegExp): Promise<string> {
  await page.goto("/account/requests");
  for (let i = 0; i < 20; i++) {
    const link = page.getByRole("main").getByRole("list").getByRole("link").filter({ hasText: title }).filter({ hasText: status });
    if (await link.count()) {
      await link.first().click();
      await expect(page).toHaveURL(/\/account\/requests\/SR\d{14}$/);
      return srnFromUrl(page.url());
    }
    await page.getByRole("navigation", { name: /分页|Pages|Pagination/ }).getByRole("link", { name: /下一页|Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`page=${i + 2}$`));
  }
  throw new Error(`no request ${title} ${status} in the list`);
}

/** 李娜's seeded complaint that has waited 17 days for a reply. */
const openLisOverdueComplaint = (page: Page) => openFromList(page, /投诉 · 网络质量|Complaint · Network quality/, /处理中|In progress/);

test("a complaint from a request's link: the 15-day clock with its date, staff work it through 调查 → 处理 → 反馈, and rejecting the reply opens the appeal", async ({ pageAs }) => {
  test.setTimeout(150_000);
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const tag = unique();
  let srn = "";
  let about = "";

  await test.step("对处理结果不满意？投诉 on a closed request opens the form with that request chosen", async () => {
    about = await openFromList(customer, /业务变更 · 开通附加业务/, /已关闭/);
    await customer.getByRole("link", { name: "对处理结果不满意？投诉" }).click();
    await expect(customer).toHaveURL(`/account/complaints/new?about=${about}`);
    await expect(customer.getByRole("heading", { level: 1, name: "提交投诉" })).toBeVisible();
    await expect(customer.getByLabel("投诉的申请（可选）")).toHaveValue(about);
    await checkA11y(customer, "complaint form");
  });

  await test.step("bad input gets a message per field", async () => {
    // 一事一报: a rerun finds its own earlier complaint about the same request still open.
    const box = customer.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
    if (await box.isVisible()) await box.check();
    await customer.getByRole("button", { name: "提交投诉" }).click();
    await expect(customer.getByText("请从列表中选择一项")).toBeVisible();
    await expect(customer.getByText("至少填写 10 个字，描述越详细处理越快")).toBeVisible();
    await expect(customer.getByText("至少填写 5 个字")).toBeVisible();
    await checkA11y(customer, "complaint form with errors");
  });

  await test.step("submitted: 受理 is under way, and the statutory reply deadline is 15 days away, with its date", async () => {
    await customer.getByLabel("投诉类别").selectOption({ label: "计费收费" });
    await customer.getByLabel("投诉内容").fill(`国际漫游开通后在新加坡无法上网，却被收取了漫游包月费（${tag}）。`);
    await customer.getByLabel("您的诉求").fill("退还漫游费用");
    await customer.getByLabel("您的诉求").blur();
    const before = Date.now();
    await customer.getByRole("button", { name: "提交投诉" }).click();
    await expect(customer).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
    srn = srnFromUrl(customer.url());
    const after = Date.now();
    await expect(customer.getByText(`申请已提交。请记下您的服务请求编号：${srn}`)).toBeVisible();
    await expectSteps(customer, STEPS, "受理");
    const progress = customer.getByRole("region", { name: "办理进度" });
    const dates = [...new Set([zhDate(before + 15 * DAY), zhDate(after + 15 * DAY)])].join("|");
    await expect(progress).toContainText(new RegExp(`法定答复期限：(${dates}) \\d{2}:\\d{2} 前，剩余 14 天 23 小时|法定答复期限：(${dates}) \\d{2}:\\d{2} 前，剩余 15 天`));
    const summary = customer.getByRole("region", { name: "申请信息" });
    await expect(summary).toContainText("计费收费");
    await expect(summary).toContainText("退还漫游费用");
    await expect(summary.getByRole("link", { name: new RegExp(about) })).toBeVisible();
    await expect(customer.getByRole("region", { name: "答复", exact: true })).toContainText("尚未答复");
    // Not overdue: the appeal is not offered yet, but the pack is there.
    await expect(customer.getByRole("region", { name: "您可以向工业和信息化部申诉" })).toHaveCount(0);
    await expect(customer.getByRole("region", { name: "申诉材料" }).getByRole("link", { name: "下载 PDF" })).toBeVisible();
    await checkA11y(customer, "new complaint");
  });

  await test.step("the agent accepts, investigates (调查), moves on to the remedy (处理) and replies (反馈)", async () => {
    await agent.goto(`/admin/requests/${srn}`);
    await expect(agent.getByRole("region", { name: "投诉", exact: true })).toContainText("法定答复期限：");
    await agent.getByRole("region", { name: "受理", exact: true }).getByRole("button", { name: "受理", exact: true }).click();
    await expectSteps(agent, STEPS, "");
    await agent.getByRole("region", { name: "调查", exact: true }).getByRole("button", { name: "开始调查" }).click();
    await expectSteps(agent, STEPS, "调查");
    await checkA11y(agent, "staff page of a complaint under investigation");
    const remedy = agent.getByRole("region", { name: "处理", exact: true });
    await remedy.getByLabel("给客户的说明（可选）").fill("已核实漫游期间无法上网，正在核算退费。");
    await remedy.getByLabel("给客户的说明（可选）").blur();
    await remedy.getByRole("button", { name: "进入处理阶段" }).click();
    await expectSteps(agent, STEPS, "处理");
    await expect(agent.getByRole("region", { name: "处理", exact: true })).toHaveCount(0);
    const reply = agent.getByRole("region", { name: "反馈：答复客户" });
    await reply.getByLabel("答复内容（客户可见）").fill("短");
    await reply.getByLabel("答复内容（客户可见）").blur();
    await reply.getByRole("button", { name: "发送答复" }).click();
    await expect(reply.getByText("至少填写 5 个字")).toBeVisible();
    await reply.getByLabel("答复内容（客户可见）").fill("经核查为当地合作运营商网络故障，已为您退还 1 天漫游费 25 元。");
    await reply.getByLabel("答复内容（客户可见）").blur();
    await reply.getByRole("button", { name: "发送答复" }).click();
    await expectSteps(agent, STEPS, "反馈");
    await expect(agent.getByRole("region", { name: "答复", exact: true })).toContainText("第 1 次答复");
    await expect(agent.getByRole("region", { name: "处理记录" })).toContainText("进入处理阶段");
    await checkA11y(agent, "staff page of an answered complaint");
  });

  await test.step("the customer reads the reply and rejects it with a reason: the appeal guidance appears", async () => {
    await customer.goto(`/account/requests/${srn}`);
    await expectSteps(customer, STEPS, "反馈");
    const replies = customer.getByRole("region", { name: "答复", exact: true });
    await expect(replies).toContainText("第 1 次答复");
    await expect(replies).toContainText("已为您退还 1 天漫游费 25 元");
    await expect(customer.getByRole("region", { name: "办理进度" })).toContainText(/已于 .+ 答复（在期限内）/);
    await checkA11y(customer, "a complaint's reply to accept or reject");
    await replies.getByRole("button", { name: "不接受答复" }).click();
    await expect(replies.getByText("至少填写 5 个字")).toBeVisible();
    await replies.getByLabel("不接受答复的原因").fill("3 天都无法上网，只退 1 天不合理，要求全额退还。");
    await replies.getByLabel("不接受答复的原因").blur();
    await replies.getByRole("button", { name: "不接受答复" }).click();
    const appeal = customer.getByRole("region", { name: "您可以向工业和信息化部申诉" });
    await expect(appeal).toBeVisible();
    await expect(appeal).toContainText("您不接受我们对投诉的答复。");
    await expect(appeal).toContainText("12300");
    await expect(appeal.getByRole("link", { name: "https://yhssglxt.miit.gov.cn" })).toBeVisible();
    await expect(appeal).toContainText(srn);
    await expect(appeal.getByRole("link", { name: "查看并打印申诉材料" })).toHaveAttribute("href", `/account/requests/${srn}/appeal`);
    await expectSteps(customer, STEPS, "处理");
    await expect(customer.getByRole("region", { name: "处理记录" })).toContainText("不接受答复");
    await checkA11y(customer, "a complaint whose reply was rejected");
  });

  await test.step("staff see the rejection and can reply again", async () => {
    await agent.goto(`/admin/requests/${srn}`);
    await expectSteps(agent, STEPS, "处理");
    await expect(agent.getByRole("region", { name: "处理记录" })).toContainText("要求全额退还");
    await expect(agent.getByRole("region", { name: "反馈：答复客户" })).toBeVisible();
  });
});

test("a complaint 17 days without a reply: the appeal guidance and the appeal pack, as a printable page and a PDF", async ({ pageAs }) => {
  const customer = await pageAs("li");
  const srn = await openLisOverdueComplaint(customer);

  await test.step("the guidance: why, when, how and what to bring", async () => {
    const appeal = customer.getByRole("region", { name: "您可以向工业和信息化部申诉" });
    await expect(appeal).toContainText("我们没有在 15 日内答复您的投诉。");
    await expect(appeal).toContainText("工业和信息化部电信用户申诉受理中心");
    await expect(appeal.getByRole("link", { name: "拨打 12300" })).toHaveAttribute("href", "tel:12300");
    await expect(customer.getByRole("region", { name: "办理进度" })).toContainText(/法定答复期限：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 前，已超期 2 天/);
    await expectSteps(customer, STEPS, "调查");
    await checkA11y(customer, "an overdue complaint with the appeal guidance");
  });

  await test.step("the printable pack: SRN, masked phone, the deadline missed, the timeline; printing leaves out the site's header", async () => {
    await customer.getByRole("region", { name: "您可以向工业和信息化部申诉" }).getByRole("link", { name: "查看并打印申诉材料" }).click();
    await expect(customer).toHaveURL(`/account/requests/${srn}/appeal`);
    await expect(customer.getByRole("heading", { level: 1, name: `投诉申诉材料 ${srn}` })).toBeVisible();
    const main = customer.getByRole("main");
    for (const text of ["李娜", "138****0002", "网络质量", "已超过法定期限，尚未答复", "投诉后 15 日内未获答复", "暂无答复", "客服 王芳 开始调查", "12300"]) await expect(main).toContainText(text);
    await expect(main).not.toContainText("13800000002");
    await checkA11y(customer, "appeal pack page");
    await customer.emulateMedia({ media: "print" });
    await expect(customer.getByRole("banner")).toBeHidden();
    await expect(customer.getByRole("button", { name: "打印" })).toBeHidden();
    await expect(customer.getByRole("heading", { level: 1, name: `投诉申诉材料 ${srn}` })).toBeVisible();
    await customer.emulateMedia({ media: "screen" });
    await expect(customer.getByRole("banner")).toBeVisible();
  });

  await test.step("the PDF downloads as appeal-<SRN>.pdf, is a PDF and carries the SRN", async () => {
    const [download] = await Promise.all([customer.waitForEvent("download"), customer.getByRole("link", { name: "下载 PDF" }).click()]);
    expect(download.suggestedFilename()).toBe(`appeal-${srn}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(srn);
  });

  await test.step("another customer and staff get a 404 for the pack and the PDF", async () => {
    for (const who of ["xinghe", "agent", "supervisor"] as const) {
      const other = await pageAs(who);
      expect(await gotoStatus(other, `/account/requests/${srn}/appeal`), who).toBe(404);
      const response = await other.request.get(`/account/requests/${srn}/appeal.pdf`);
      expect(response.status(), who).toBe(404);
      expect(response.headers()["content-type"]).not.toContain("pdf");
    }
  });
});

test.describe("in English on a 375-px-wide phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the overdue complaint, its appeal pack and the complaint form fit and read in English", async ({ pageAs, baseURL }) => {
    const customer = await pageAs("li");
    await customer.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    const srn = await openLisOverdueComplaint(customer);
    const appeal = customer.getByRole("region", { name: "You may appeal to the Ministry of Industry and Information Technology" });
    await expect(appeal).toContainText("We did not reply to your complaint within 15 days.");
    await expect(customer.getByRole("region", { name: "Progress" })).toContainText(/Statutory reply deadline: by [A-Z][a-z]+ \d{1,2}, \d{4} at \d{2}:\d{2}, overdue by 2 days/);
    await expectSteps(customer, ["Accepted", "Investigation", "Remedy", "Reply"], "Investigation");
    await expectNoHorizontalScroll(customer);
    await checkA11y(customer, "overdue complaint (English, phone)");

    await appeal.getByRole("link", { name: "View and print the appeal pack" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: `Complaint appeal pack ${srn}` })).toBeVisible();
    await expect(customer.getByRole("main")).toContainText("Statutory period passed without a reply");
    await expectNoHorizontalScroll(customer);
    await checkA11y(customer, "appeal pack (English, phone)");

    await customer.goto("/account/requests/new");
    await customer.getByRole("main").getByRole("link", { name: /^Complaint/ }).click();
    await expect(customer).toHaveURL("/account/complaints/new");
    await expect(customer.getByRole("heading", { level: 1, name: "Make a complaint" })).toBeVisible();
    await expect(customer.getByLabel("The request you are complaining about (optional)")).toHaveValue("");
    await customer.getByRole("button", { name: "Submit complaint" }).click();
    await expect(customer.getByText("Choose one from the list")).toBeVisible();
    await expectNoHorizontalScroll(customer);
    await checkA11y(customer, "complaint form with errors (English, phone)");
  });

  test("the complaint page and the staff page fit in Chinese too", async ({ pageAs }) => {
    const customer = await pageAs("li");
    const srn = await openLisOverdueComplaint(customer);
    await expect(customer.getByRole("region", { name: "您可以向工业和信息化部申诉" })).toBeVisible();
    await expectNoHorizontalScroll(customer);
    await checkA11y(customer, "overdue complaint (phone)");
    const agent = await pageAs("agent");
    await agent.goto(`/admin/requests/${srn}`);
    await expectSteps(agent, STEPS, "调查");
    await expect(agent.getByRole("region", { name: "处理", exact: true }).getByRole("button", { name: "进入处理阶段" })).toBeVisible();
    await expectNoHorizontalScroll(agent);
    await checkA11y(agent, "staff page of a complaint (phone)");
  });
});
