import { describe, expect, it } from "vitest";
import { periodOf } from "@/lib/domain/report-period";
import { db } from "@/server/db";
import type { StaffActor } from "@/server/actor";
import { complaintHotspots, reportOverview, staffReportKpis } from "@/server/dal/report-queries";
import { runSeed } from "../seed";

const now = new Date("2026-11-28T06:00:00Z");

describe("reports demo data", () => {
  it("gives the reports six months of trend, SLA by level and team, a clear complaint hot spot and staff KPIs; nothing of it is open", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const quality = await db.user.findFirstOrThrow({ where: { role: "QUALITY_MANAGER" } });
    const actor: StaffActor = { kind: "staff", userId: quality.id, role: "QUALITY_MANAGER", teamId: null, displayName: quality.displayName };
    const period = periodOf({ range: "90d" }, now);
    const overview = await reportOverview(actor, period);
    const trend = overview.csatTrend.filter((m) => m.count > 0);
    expect(trend.length).toBeGreaterThanOrEqual(6);
    expect(overview.byLevel.every((l) => l.current.count > 0)).toBe(true);
    expect(overview.byTeam.filter((t) => t.current.count > 0).length).toBeGreaterThanOrEqual(3);
    const hotspots = await complaintHotspots(actor, period);
    expect(hotspots[0]).toMatchObject({ category: "NETWORK_QUALITY", area: "上海市徐汇区", planCode: "M128" });
    expect(hotspots[0]!.count).toBeGreaterThan(hotspots[0]!.previous);
    const kpis = await staffReportKpis(actor, period);
    expect(kpis.agents.map((a) => a.name).sort()).toEqual(expect.arrayContaining(["客服 王芳", "班长 陈刚", "装维 李强"]));
    expect(kpis.agents.some((a) => a.kpis.winBack.retained > 0)).toBe(true);
    // The history is finished work: nothing in a queue, no open return visit or win-back task.
    const history = { customer: { phone: { startsWith: "139123456" } } };
    expect(await db.serviceRequest.count({ where: { ...history, status: { not: "CLOSED" } } })).toBe(0);
    expect(await db.followUp.count({ where: { request: history, status: "OPEN" } })).toBe(0);
    expect(await db.winBackTask.count({ where: { customer: { phone: { startsWith: "139123456" } }, status: "OPEN" } })).toBe(0);
  });
});
