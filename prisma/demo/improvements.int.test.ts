import { describe, expect, it } from "vitest";
import { compareMetric, meetsTarget, type MetricKey, type MetricScope } from "@/lib/domain/metrics";
import { db } from "@/server/db";
import { computeMetric } from "@/server/dal/metrics";
import { runSeed } from "../seed";

const now = new Date("2026-11-28T06:00:00Z");

describe("improvement projects demo data", () => {
  it("has the BILLING hot spot in DO and a standardised project whose computed check shows the improvement", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    // This seeder's projects (the outcome pages' seeder adds IMP202610001 for its published page).
    const projects = await db.improvementProject.findMany({
      where: { code: { in: ["IMP202611001", "IMP202611002"] } },
      orderBy: { code: "asc" },
      include: { owner: { select: { displayName: true } }, actions: true, reviews: true, requests: { include: { request: { select: { type: true, details: true } } } } },
    });
    expect(projects.map((p) => [p.code, p.status, p.owner.displayName])).toEqual([
      ["IMP202611001", "CLOSED", "班长 陈刚"],
      ["IMP202611002", "DO", "质检 孙丽"],
    ]);
    // Every stored figure is what computeMetric gives over the stored period.
    for (const p of projects) {
      const key = p.metricKey as MetricKey;
      const scope = p.metricScope as MetricScope;
      expect(await computeMetric(key, scope, { from: p.baselineFrom, to: p.baselineTo })).toEqual({ value: p.baselineValue, count: p.baselineCount });
      if (p.checkTo) expect(await computeMetric(key, scope, { from: p.checkFrom!, to: p.checkTo })).toEqual({ value: p.checkValue, count: p.checkCount });
    }
    const [closed, doing] = projects as [(typeof projects)[number], (typeof projects)[number]];
    expect(closed).toMatchObject({ decision: "STANDARDISE", hotspot: { category: "NETWORK_QUALITY", area: "上海市徐汇区" } });
    expect(compareMetric("complaints", closed.baselineValue, closed.checkValue).verdict).toBe("better");
    expect(meetsTarget("complaints", closed.checkValue, closed.targetValue)).toBe(true);
    expect(closed.actions.every((a) => a.doneAt)).toBe(true);

    expect(doing).toMatchObject({ hotspot: { category: "BILLING", area: "北京市" }, baselineValue: 2, baselineCount: 2, checkValue: null });
    expect(doing.requests.map((r) => (r.request.details as { category?: string }).category)).toEqual(["BILLING", "BILLING"]);
    expect(doing.actions.filter((a) => !a.doneAt && a.dueAt < now)).toHaveLength(1);
    expect(doing.reviews[0]?.quarter).toBe("2026-Q4");
    // Projects created live continue the month's sequence.
    expect(await db.srnCounter.findUnique({ where: { day: "IMP:202611" } })).toMatchObject({ last: 2 });
  });
});
