import type { Page } from "@playwright/test";
import { checkA11y, expect, srnFromUrl, test, unique } from "./fixtures";

// 服务评价 and NPS (issue 3, part 6). As 星河科技 (13800000003), on consultations this file makes
// and resolves itself: a low rating promises a call back (回访), a high one does not. As 李娜, the
// NPS survey answered from its notification (only this file answers it).

/** The customer asks a question and an agent accepts and resolves it; returns the SRN. */
async function resolvedConsultation(customer: Page, agent: Page): Promise<string> {
  await customer.goto("/account/requests/new/consultation");
  await customer.getByLabel("咨询类别").selectOption({ label: "其他" });
  await customer.getByLabel("您的问题").fill(`营业厅周末几点开门？（${unique()}）`);
  // 一事一报: an open consultation on the same topic (the first one here, or another file's) must
  // be confirmed as a different question before the button submits.
  const box = customer.getByRole("checkbox", { name: "这是另一个问题，继续提交" });
  const submit = customer.getByRole("button", { name: "提交咨询" });
  await expect(async () => {
    if (await box.isVisible()) await box.check();
    await expect(submit).toBeEnabled({ timeout: 1_000 });
  }).toPass();
  await submit.click();
  await expect(customer).toHaveURL(/\/account\/requests\/SR\d{14}\?created=1$/);
  const srn = srnFromUrl(customer.url());
  await agent.goto(`/admin/requests/${srn}`);
  await agent.getByRole("region", { name: "受理" }).getByRole("button", { name: "受理", exact: true }).click();
  const resolve = agent.getByRole("region", { name: "处理完成" });
  await resolve.getByLabel("处理结果（客户可见）").fill("周六周日 9:00–17:00 营业。");
  await resolve.getByRole("button", { name: "标记为已解决" }).click();
  await expect(agent.getByRole("region", { name: "申请信息" }).getByText("已解决", { exact: true })).toBeVisible();
  return srn;
}

test("rate a resolved request: low asks for a call back, high does not; both are shown, in Chinese and English", async ({ pageAs, baseURL }) => {
  test.setTimeout(120_000);
  const customer = await pageAs("xinghe");
  const agent = await pageAs("agent");
  const low = await resolvedConsultation(customer, agent);
  const high = await resolvedConsultation(customer, agent);

  await test.step("a low rating, chosen with the keyboard, with reasons and a comment", async () => {
    await customer.goto(`/account/requests/${low}`);
    const card = customer.getByRole("region", { name: "服务评价" });
    await card.getByRole("button", { name: "提交评价" }).click();
    await expect(card.getByText("请填写此项")).toBeVisible();
    await checkA11y(customer, "rating form with an error");
    // Real radio buttons: focus the first star and move with the arrow keys.
    await card.getByRole("radio", { name: "1 星 非常不满意" }).focus();
    await customer.keyboard.press("ArrowRight");
    await expect(card.getByRole("radio", { name: "2 星 不满意" })).toBeChecked();
    await card.getByText("等待太久", { exact: true }).click();
    await card.getByText("沟通不清", { exact: true }).click();
    await expect(card.getByRole("checkbox", { name: "等待太久" })).toBeChecked();
    await card.getByLabel("留言").fill("等了很久才有人回复。");
    await card.getByRole("button", { name: "提交评价" }).click();

    const given = customer.getByRole("region", { name: "您的评价" });
    await expect(given.getByText("2 / 5", { exact: true })).toBeVisible();
    await expect(given).toContainText("等待太久、沟通不清");
    await expect(given).toContainText("等了很久才有人回复。");
    await expect(given).toContainText("24 小时内与您电话联系（回访）");
    await expect(customer.getByRole("region", { name: "服务评价" })).toHaveCount(0);
    await expect(customer.getByRole("region", { name: "处理记录" }).getByText("评价了服务")).toBeVisible();
    await checkA11y(customer, "a low rating given");
  });

  await test.step("a high rating: no call back", async () => {
    await customer.goto(`/account/requests/${high}`);
    const card = customer.getByRole("region", { name: "服务评价" });
    await card.getByText("5 星 非常满意").click();
    await card.getByText("一次解决", { exact: true }).click();
    await card.getByRole("button", { name: "提交评价" }).click();
    const given = customer.getByRole("region", { name: "您的评价" });
    await expect(given.getByText("5 / 5", { exact: true })).toBeVisible();
    await expect(given).toContainText("一次解决");
    await expect(given).toContainText("已解决");
    await expect(given).not.toContainText("回访");
    await checkA11y(customer, "a high rating given");
  });

  await test.step("the low rating in English", async () => {
    await customer.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await customer.goto(`/account/requests/${low}`);
    const given = customer.getByRole("region", { name: "Your rating" });
    await expect(given.getByText("2 / 5", { exact: true })).toBeVisible();
    await expect(given).toContainText("Waited too long, Unclear communication");
    await expect(given).toContainText("call you back within 24 hours");
    await checkA11y(customer, "a low rating given (en)");
  });
});

test("answer the NPS survey from its notification, once", async ({ pageAs }) => {
  // As 李娜: no other file adds notifications to her list, so the invitation stays on it.
  const customer = await pageAs("li");
  await customer.goto("/account/notifications");
  const invitation = customer.getByRole("listitem").filter({ hasText: "邀请您参与满意度调查" });
  await expect(invitation).toHaveCount(1);
  await invitation.getByRole("link", { name: "参与调查" }).click();
  await expect(customer).toHaveURL(/\/account\/surveys\/NPS-2026Q4$/);
  await expect(customer.getByRole("heading", { level: 1, name: "2026 年第四季度客户推荐度调查" })).toBeVisible();
  await checkA11y(customer, "NPS survey");

  const group = customer.getByRole("group", { name: "您有多大可能向亲友推荐我们的服务？" });
  await expect(group).toContainText("0 = 完全不可能");
  await expect(group).toContainText("10 = 非常可能");
  await expect(group.getByRole("radio")).toHaveCount(11);
  await customer.getByRole("button", { name: "提交", exact: true }).click();
  await expect(group.getByText("请填写此项")).toBeVisible();
  await checkA11y(customer, "NPS survey with an error");
  await group.getByText("9", { exact: true }).click();
  await expect(group.getByRole("radio", { name: "9", exact: true })).toBeChecked();
  await customer.getByLabel("请告诉我们原因").fill("报修响应很快。");
  await customer.getByRole("button", { name: "提交", exact: true }).click();
  await expect(customer.getByText("您的评分：9 / 10")).toBeVisible();
  await expect(customer.getByText("您的原因：报修响应很快。")).toBeVisible();
  await checkA11y(customer, "NPS answered");

  // A second visit shows the answer, not the form.
  await customer.reload();
  await expect(customer.getByText("您的评分：9 / 10")).toBeVisible();
  await expect(customer.getByRole("radio")).toHaveCount(0);
});
