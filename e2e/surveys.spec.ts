import { checkA11y, expect, expectNoHorizontalScroll, test } from "./fixtures";

// Survey waves (issue 7 part 2). 质检 孙丽 defines a CSI wave for personal customers in 深圳市南山区 —
// of the demo customers only 周敏 (13800000004), whose other data this leaves alone: she gets one
// more notification — sends it, 周敏 answers from her notification, and the quality manager reads
// the result. The wave's title is unique to the run, so earlier runs' waves do not matter.

test("a quality manager defines and sends a CSI wave; the invited customer answers; the result shows", async ({ pageAs }) => {
  const quality = await pageAs("quality");
  const title = `深圳个人客户满意度调查（E2E ${Date.now()}）`;
  let path = "";

  await test.step("the list shows last quarter's demo wave with its result", async () => {
    await quality.goto("/admin/surveys");
    await expect(quality.getByRole("heading", { level: 1, name: "调查批次" })).toBeVisible();
    const demo = quality.getByRole("row").filter({ hasText: "CSI-2026Q3" });
    await expect(demo).toContainText("已结束");
    await expect(demo).toContainText("CSI 77.5");
    await expect(demo).toContainText("100%");
    await checkA11y(quality, "survey waves");
  });

  await test.step("define: bad input is refused with messages; the segment's size shows live", async () => {
    await quality.getByRole("link", { name: "新建调查" }).click();
    await expect(quality.getByRole("heading", { level: 1, name: "新建调查" })).toBeVisible();
    // The current quarter is suggested, with the usual four CSI items.
    await expect(quality.getByText(/建议：\d{4}Q[1-4]/)).toBeVisible();
    await expect(quality.getByLabel("第 4 项（中文）")).toHaveValue("办理效率");
    await expect(quality.getByTestId("segment-size")).toContainText(/当前分群共 \d+ 位客户/);
    await quality.getByLabel("标题（中文）").fill("");
    await quality.getByLabel("第 1 项权重").fill("0");
    await quality.getByRole("button", { name: "保存草稿" }).click();
    await expect(quality.getByText("至少填写 2 个字")).toBeVisible();
    await expect(quality.getByText("权重须为 1–10 的整数。")).toBeVisible();
    await checkA11y(quality, "new wave with errors");

    await quality.getByLabel("标题（中文）").fill(title);
    await quality.getByLabel("第 1 项权重").fill("4");
    await quality.getByText("个人客户", { exact: true }).click();
    await quality.getByText("广东省深圳市南山区", { exact: true }).click();
    await expect(quality.getByRole("checkbox", { name: "广东省深圳市南山区", exact: true })).toBeChecked();
    await expect(quality.getByTestId("segment-size")).toHaveText("当前分群共 1 位客户。");
    await quality.getByRole("button", { name: "保存草稿" }).click();
    await expect(quality).toHaveURL(/\/admin\/surveys\/CSI-\d{4}Q[1-4](-\d+)?\?created=1$/);
    path = new URL(quality.url()).pathname;
    await expect(quality.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(quality.getByText("草稿已保存。")).toBeVisible();
    await expect(quality.getByRole("region", { name: "调查设置", exact: true })).toContainText("个人客户 · 全部生命周期 · 广东省深圳市南山区");
    await checkA11y(quality, "draft wave");
  });

  await test.step("send it once", async () => {
    quality.once("dialog", (dialog) => void dialog.accept());
    await quality.getByRole("button", { name: "发送调查" }).click();
    await expect(quality.getByRole("region", { name: "调查设置", exact: true })).toContainText("邀请 1 位客户");
    await expect(quality.getByText("进行中", { exact: true })).toBeVisible();
    await expect(quality.getByRole("button", { name: "发送调查" })).toHaveCount(0);
    await expect(quality.getByRole("region", { name: "结果", exact: true })).toContainText("暂无回答");
    await checkA11y(quality, "sent wave");
  });

  await test.step("周敏 answers from her notification", async () => {
    const customer = await pageAs("zhou");
    await customer.goto("/account/notifications");
    const invitation = customer.getByRole("listitem").filter({ hasText: title });
    await expect(invitation).toHaveCount(1);
    await expect(invitation).toContainText("邀请您参与客户满意度调查");
    await invitation.getByRole("link", { name: "参与调查" }).click();
    await expect(customer).toHaveURL(new RegExp(`${path.replace("/admin/surveys/", "/account/surveys/")}$`));
    await expect(customer.getByRole("heading", { level: 1, name: title })).toBeVisible();
    // The weights are not shown to customers.
    await expect(customer.getByText("权重")).toHaveCount(0);
    await customer.getByRole("button", { name: "提交", exact: true }).click();
    await expect(customer.getByText("请填写此项")).toHaveCount(4);
    await checkA11y(customer, "CSI survey with errors");
    const scores = { 网络质量: "5", 资费透明: "3", 服务态度: "4", 办理效率: "4" };
    for (const [item, score] of Object.entries(scores)) {
      const group = customer.getByRole("group", { name: item });
      await group.getByText(score, { exact: true }).click();
      await expect(group.getByRole("radio", { name: score, exact: true })).toBeChecked();
    }
    await customer.getByLabel("还有什么想告诉我们的？").fill("资费说明可以再清楚一些。");
    await customer.getByRole("button", { name: "提交", exact: true }).click();
    await expect(customer.getByText("感谢您的回答。")).toBeVisible();
    await expect(customer.getByText("网络质量：5 / 5")).toBeVisible();
    await checkA11y(customer, "CSI answered");
    await customer.goto("/account/surveys");
    await expect(customer.getByRole("listitem").filter({ hasText: title })).toContainText("已回答");
    await checkA11y(customer, "my surveys");
    await customer.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(customer);
  });

  await test.step("the result: response rate, CSI and item means, the reason with the phone masked", async () => {
    await quality.reload();
    const results = quality.getByRole("region", { name: "结果", exact: true });
    await expect(results).toContainText("100%");
    // (100·4 + 50·2 + 75·2 + 75·2) / 10 = 80
    await expect(results).toContainText("CSI 80");
    await expect(quality.getByRole("table", { name: "各细项平均分" }).getByRole("row").filter({ hasText: "网络质量" })).toContainText("5 / 5");
    await expect(quality.getByRole("table", { name: "按区域" })).toContainText("广东省深圳市");
    const reasons = quality.getByRole("region", { name: "客户原因与意见" });
    await expect(reasons).toContainText("资费说明可以再清楚一些。");
    await expect(reasons).toContainText("138****0004");
    await expect(reasons).not.toContainText("13800000004");
    await checkA11y(quality, "wave results");
    await quality.setViewportSize({ width: 375, height: 800 });
    await expectNoHorizontalScroll(quality);
    await quality.goto("/admin/surveys");
    await expect(quality.getByRole("row").filter({ hasText: title })).toContainText("CSI 80");
    await expectNoHorizontalScroll(quality);
  });
});
