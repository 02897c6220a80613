import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runChurnScoring } from "@/server/jobs/churn-score";
import { runSeed } from "../seed";

const now = new Date("2026-11-28T06:00:00Z");

const scores = async () =>
  (await db.churnScore.findMany({ select: { score: true, band: true, reasons: true, customer: { select: { name: true, lifecycleStage: true } } }, orderBy: [{ score: "desc" }, { customerId: "asc" }] })).map((s) => ({
    name: s.customer.name,
    stage: s.customer.lifecycleStage,
    score: s.score,
    band: s.band,
    codes: (s.reasons as Array<{ code: string }>).map((r) => r.code),
  }));

describe("churn demo data", () => {
  it("scores the demo by the job itself: 李娜 high for her complaints and missed deadlines; one open win-back task for the riskiest", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const seeded = await scores();
    const li = seeded.find((s) => s.name === "李娜")!;
    expect(li).toMatchObject({ band: "HIGH", stage: "AT_RISK" });
    expect(li.codes).toEqual(expect.arrayContaining(["COMPLAINTS", "SLA_BREACHES"]));
    expect(seeded.find((s) => s.name === "周敏")).toMatchObject({ band: "LOW", stage: "ACTIVE" });
    // The reports seeder's counter customers carry closed win-back history of their own.
    const tasks = await db.winBackTask.findMany({ where: { status: "OPEN" }, select: { status: true, scoreAtStart: true, assignee: { select: { email: true } }, customer: { select: { churnScore: { select: { score: true } } } } } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ status: "OPEN", assignee: { email: "agent@demo.servicehall.cn" } });
    expect(tasks[0]!.scoreAtStart).toBe(tasks[0]!.customer.churnScore!.score);
    expect(await db.auditLog.count({ where: { action: "churn.score" } })).toBe(1);

    // The job run again on the same day finds the same scores and moves no stage.
    expect(await runChurnScoring(now)).toMatchObject({ atRisk: 0, restored: 0 });
    expect(await scores()).toEqual(seeded);
  });
});
