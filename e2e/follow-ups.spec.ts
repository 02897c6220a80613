import { LOCALE_COOKIE } from "../lib/i18n";
import { checkA11y, expect, expectNoHorizontalScroll, gotoStatus, test } from "./fixtures";

// 回访: the demo's low rating (星河科技's international roaming, 2 stars) waits for a return
// visit; the agent calls, finds the problem persists, and the request goes back to work.

test("an agent works a low-rating return visit with its script, and the request is reopened", async ({ pageAs }) => {
  const agent = await pageAs("agent");
  await agent.goto("/admin");
  await agent.getByRole("link", { name: "回访", exact: true }).click();
  await expect(agent.getByRole("heading", { level: 1, name: "回访任务" })).toBeVisible();
  const item = agent.getByRole("listitem").filter({ hasText: "低分评价" }).filter({ hasText: "星河科技有限公司" });
  await expect(item).toHaveCount(1);
  await checkA11y(agent, "return visits");
  await item.getByRole("link").click();

  await expect(agent.getByRole("heading", { level: 1, name: /^回访 SR\d{14}$/ })).toBeVisible();
  const srn = (await agent.getByRole("heading", { level: 1 }).textContent())!.replace("回访 ", "");
  await expect(agent.getByText(/给了 2 星/)).toBeVisible();
  await expect(agent.getByText("开通比说的晚了半天", { exact: false })).toBeVisible();
  await checkA11y(agent, "return visit with its script");

  // The problem persists: the customer's words are required, then the request is reopened.
  await agent.getByText("已联系，问题仍未解决").click();
  await agent.getByRole("button", { name: "保存回访结果" }).click();
  await expect(agent.getByText("请写下客户反映的问题（至少 5 个字）。")).toBeVisible();
  await checkA11y(agent, "return visit form with an error");
  await agent.getByLabel("客户反映的问题").fill("落地新加坡后仍无法拨打国内电话");
  await agent.getByRole("button", { name: "保存回访结果" }).click();
  await expect(agent.getByText(/回访已结束：已联系，问题仍未解决/)).toBeVisible();

  await agent.getByRole("link", { name: srn }).click();
  await expect(agent.getByRole("heading", { level: 1, name: `申请 ${srn}` })).toBeVisible();
  await expect(agent.getByText("处理中").first()).toBeVisible();
  await expect(agent.getByText("落地新加坡后仍无法拨打国内电话").first()).toBeVisible();

  // The customer sees why the request is being worked on again.
  const customer = await pageAs("xinghe");
  await customer.goto(`/account/requests/${srn}`);
  await expect(customer.getByRole("region", { name: "处理记录" })).toContainText("落地新加坡后仍无法拨打国内电话");

  // The list in English on a phone.
  await agent.setViewportSize({ width: 375, height: 800 });
  await agent.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: new URL(agent.url()).origin }]);
  await agent.goto("/admin/follow-ups?view=done");
  await expect(agent.getByRole("heading", { level: 1, name: "Return visits" })).toBeVisible();
  await expect(agent.getByText("Reached, problem persists").first()).toBeVisible();
  await expectNoHorizontalScroll(agent);
  await checkA11y(agent, "return visits, done, English, 375 px");
});

test("customers and auditors do not find return visits", async ({ pageAs }) => {
  for (const name of ["zhang", "admin"] as const) {
    const page = await pageAs(name);
    expect(await gotoStatus(page, "/admin/follow-ups"), name).toBe(404);
  }
});
