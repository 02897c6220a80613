import { test } from "./fixtures";

test("screenshots", async ({ pageAs }) => {
  const p = await pageAs("supervisor");
  for (const width of [1280, 375]) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto("/admin/retention");
    await p.screenshot({ path: `/tmp/churn-shots/retention-${width}.png`, fullPage: true });
    await p.goto("/admin/retention/tasks?scope=all");
    await p.screenshot({ path: `/tmp/churn-shots/tasks-${width}.png`, fullPage: true });
  }
  await p.setViewportSize({ width: 1280, height: 900 });
  await p.goto("/admin/retention");
  await p.getByText("建立挽留任务").first().click();
  await p.screenshot({ path: `/tmp/churn-shots/retention-form-1280.png`, fullPage: true });
  await p.goto("/admin/retention");
  await p.getByRole("link", { name: "星**" }).first().click();
  await p.getByRole("region", { name: "流失风险" }).scrollIntoViewIfNeeded();
  await p.screenshot({ path: `/tmp/churn-shots/c360-1280.png`, fullPage: true });
  await p.setViewportSize({ width: 375, height: 900 });
  await p.screenshot({ path: `/tmp/churn-shots/c360-375.png`, fullPage: true });
});
