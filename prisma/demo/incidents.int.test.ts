import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { runSeed } from "../seed";
import { seedIncidents } from "./incidents";

const HOUR = 3_600_000;
const now = new Date("2026-11-28T06:00:00Z");
const seed = () => runSeed(db, { ifEmpty: false, description: "test database", now, areas: [seedIncidents] });

describe("incident demo data", () => {
  it("has an active level-II mobile outage in 张伟's area with an ETA, updates, ticked steps and his linked fault report", async () => {
    await seed();
    const active = await db.incident.findMany({ where: { status: "ACTIVE" }, include: { updates: { orderBy: { createdAt: "asc" } }, requests: { include: { events: true } } } });
    expect(active).toHaveLength(1);
    const a = active[0]!;
    expect(a).toMatchObject({ code: "INC20261128001", level: "II", kind: "NETWORK", services: ["MOBILE"], areas: ["北京市朝阳区"], startedAt: new Date(now.getTime() - 50 * 60_000) });
    expect(a.estimatedRestoreAt!.getTime()).toBeGreaterThan(now.getTime());
    expect(a.updates.map((u) => u.kind)).toEqual(["DECLARED", "UPDATE", "ETA_CHANGED"]);
    expect((a.checklist as unknown[]).length).toBe(4);
    expect(a.requests).toHaveLength(1);
    const line = await db.line.findUniqueOrThrow({ where: { number: "13800000001" } });
    expect(a.requests[0]).toMatchObject({ type: "FAULT_REPAIR", status: "SUBMITTED", lineId: line.id });
    expect(a.requests[0]!.events.map((e) => e.kind).sort()).toEqual(["created", "incidentLinked", "incidentUpdate"]);
    // 张伟 was told at every stage, once each.
    const zhang = await db.user.findUniqueOrThrow({ where: { phone: "13800000001" } });
    for (const u of a.updates) {
      expect(u).toMatchObject({ notifiedCount: 1, fannedOutAt: u.createdAt });
      expect(await db.incidentNotice.findMany({ where: { updateId: u.id }, select: { recipientKey: true } })).toEqual([{ recipientKey: `user:${zhang.id}` }]);
    }
    expect(await db.notification.count({ where: { recipientId: zhang.id, template: { startsWith: "incident." } } })).toBe(3);
  });

  it("has a 90-day history: back within 2 h, a business outage past its 4 h promise in 徐汇, one last month in 深圳", async () => {
    await seed();
    const restored = await db.incident.findMany({ where: { status: "RESTORED" }, orderBy: { startedAt: "asc" } });
    const hours = (r: (typeof restored)[number]) => (r.restoredAt!.getTime() - r.startedAt.getTime()) / HOUR;
    expect(restored.map((r) => [r.areas[0], r.kind, Math.round(hours(r) * 10) / 10])).toEqual([
      ["广东省深圳市", "NETWORK", 1.8],
      ["北京市海淀区", "NETWORK", 1.7],
      ["上海市徐汇区", "BUSINESS", 5],
    ]);
    for (const r of restored) expect(now.getTime() - r.startedAt.getTime()).toBeLessThan(90 * 24 * HOUR);
    expect(restored.find((r) => r.areas[0] === "上海市徐汇区")!.services).toEqual(["BROADBAND"]);
    // 周敏 (深圳) was told of each stage once, however many lines she has there.
    const zhou = await db.user.findUniqueOrThrow({ where: { phone: "13800000004" } });
    expect(await db.notification.count({ where: { recipientId: zhou.id, template: { startsWith: "incident." } } })).toBe(3);
  });

  it("is deterministic", async () => {
    const snapshot = async () =>
      (await db.incident.findMany({ orderBy: { code: "asc" }, select: { code: true, startedAt: true, restoredAt: true, estimatedRestoreAt: true, checklist: true } })).map(({ checklist, ...r }) => ({
        ...r,
        steps: (checklist as Array<{ step: string; doneAt: string }>).map((c) => [c.step, c.doneAt]),
      }));
    await seed();
    const first = await snapshot();
    await seed();
    expect(await snapshot()).toEqual(first);
  });
});
