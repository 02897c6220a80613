import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { computeMetric } from "@/server/dal/metrics";
import { findPublishedOutcome, listPublishedOutcomes, renderPublishedOutcome } from "@/server/dal/outcomes-public";
import { bodyProblems } from "@/lib/domain/outcome-blocks";
import { runSeed } from "../seed";
import { DEMO_PROJECT_CODE, DEMO_PROJECT_SCOPE, demoProjectPeriods } from "./outcomes";

const now = new Date("2026-11-29T03:00:00Z");

describe("outcome pages demo data", () => {
  it("stores the project's baseline and check exactly as computeMetric gives them over the demo's complaints", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const project = await db.improvementProject.findUniqueOrThrow({ where: { code: DEMO_PROJECT_CODE } });
    const { baseline, check } = demoProjectPeriods(now);
    expect([project.baselineFrom, project.baselineTo, project.checkFrom, project.checkTo]).toEqual([baseline.from, baseline.to, check.from, check.to]);
    const before = await computeMetric("complaints", DEMO_PROJECT_SCOPE, baseline);
    const after = await computeMetric("complaints", DEMO_PROJECT_SCOPE, check);
    expect({ value: project.baselineValue, count: project.baselineCount }).toEqual(before);
    expect({ value: project.checkValue, count: project.checkCount }).toEqual(after);
    // 张伟's double charge before the fix; none in the week after (星河科技's invoice complaint came later).
    expect([before.value, after.value]).toEqual([1, 0]);
  });

  it("has one published page by 质检 孙丽 approved by 管理员 赵敏, and one in review, all blocks valid", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const pages = await db.outcomePage.findMany({
      orderBy: { slug: "asc" },
      select: { slug: true, status: true, body: true, bodyEn: true, projectId: true, version: true, author: { select: { email: true } }, reviewer: { select: { email: true } }, _count: { select: { revisions: true } } },
    });
    expect(pages.map((p) => [p.slug, p.status, p.author.email, p.reviewer?.email ?? null, p._count.revisions, p.version])).toEqual([
      ["billing-complaints-down", "PUBLISHED", "quality@demo.servicehall.cn", "admin@demo.servicehall.cn", 3, 3],
      ["satisfaction-and-complaints", "IN_REVIEW", "supervisor@demo.servicehall.cn", null, 2, 2],
    ]);
    for (const p of pages) expect([...bodyProblems(p.body, !!p.projectId), ...bodyProblems(p.bodyEn, !!p.projectId)], p.slug).toEqual([]);
    expect((await listPublishedOutcomes("zh-CN")).map((p) => p.slug)).toEqual(["billing-complaints-down"]);
    const published = (await findPublishedOutcome("billing-complaints-down"))!;
    const view = (await renderPublishedOutcome(published.id, published.version, "en", now))!;
    expect(view.translated).toBe(true);
    expect(view.segments.filter((s) => s.kind !== "html")).toMatchObject([
      { kind: "chart", chart: { code: DEMO_PROJECT_CODE, baseline: { value: 1 }, check: { value: 0 }, verdict: "better" } },
      // 星河科技's invoice complaint, 50 hours before the seed's now.
      { kind: "metric", key: "complaints", days: 7, value: 1 },
    ]);
  });
});
