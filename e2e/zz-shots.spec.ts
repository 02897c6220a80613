import { test } from "./fixtures";
test("shots", async ({ pageAs }) => {
  const q = await pageAs("quality");
  await q.setViewportSize({ width: 1280, height: 900 });
  await q.goto("/admin/reports");
  await q.screenshot({ path: "/tmp/rep-1280.png", fullPage: true });
  await q.setViewportSize({ width: 375, height: 800 });
  await q.goto("/admin/reports");
  await q.screenshot({ path: "/tmp/rep-375.png", fullPage: true });
  await q.setViewportSize({ width: 1280, height: 900 });
  await q.goto("/admin/reports/hotspots?category=NETWORK_QUALITY&area=%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%BE%90%E6%B1%87%E5%8C%BA&planCode=M128&from=2026-09-01&to=2026-11-29");
  await q.screenshot({ path: "/tmp/rep-hot.png", fullPage: true });
});
