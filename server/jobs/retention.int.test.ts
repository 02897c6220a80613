import { describe, expect, it } from "vitest";
import { auditRows } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest } from "@/prisma/test/factories";
import { db } from "../db";
import { ANONYMISED_PHONE_PREFIX, runRetention } from "./retention";

// Time-shifted fixtures: records written "years ago" against a fixed now, then one sweep.
const now = new Date("2026-11-28T04:00:00Z");
const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
const monthsAgo = (m: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - m);
  return d;
};

async function finished(owner: Awaited<ReturnType<typeof makeCustomer>>, closedAt: Date, status: "CLOSED" | "WITHDRAWN" | "RESOLVED" = "CLOSED") {
  const r = await makeRequest(owner, { status, createdAt: new Date(closedAt.getTime() - DAY) });
  await db.serviceRequest.update({ where: { id: r.id }, data: { closedAt: status === "RESOLVED" ? null : closedAt, updatedAt: closedAt } });
  return r;
}

describe("runRetention", () => {
  it("deletes finished requests closed more than 3 years ago with their timelines, keeps the rest, and records it", async () => {
    const owner = await makeCustomer();
    const old = await finished(owner, monthsAgo(37));
    const oldWithdrawn = await finished(owner, monthsAgo(40), "WITHDRAWN");
    const recent = await finished(owner, monthsAgo(35));
    const stillOpen = await makeRequest(owner, { status: "IN_PROGRESS", createdAt: monthsAgo(50) });
    await db.requestEvent.create({ data: { requestId: old.id, kind: "note", body: "old" } });
    await db.rating.create({ data: { requestId: old.id, customerId: owner.customer.id, score: 5, reasons: [], resolved: true, createdAt: monthsAgo(37) } });

    const counts = await runRetention(now);
    expect(counts.requests).toBe(2);
    const left = await db.serviceRequest.findMany({ select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, stillOpen.id].sort());
    expect(await db.requestEvent.count({ where: { requestId: { in: [old.id, oldWithdrawn.id] } } })).toBe(0);
    expect(await db.rating.count()).toBe(0);
    expect(await auditRows("retention.requests")).toMatchObject([{ actorId: null, summary: { count: 2 } }]);
  });

  it("is idempotent: a second run changes nothing and writes no audit row", async () => {
    const owner = await makeCustomer();
    await finished(owner, monthsAgo(37));
    await db.notification.create({ data: { recipientId: owner.user.id, channel: "IN_APP", template: "request.created", status: "SENT", createdAt: monthsAgo(13) } });
    const first = await runRetention(now);
    expect(first.requests + first.notifications).toBe(2);
    const audits = await db.auditLog.count();
    const second = await runRetention(now);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("keeps a year of messages and every message still waiting to go out", async () => {
    const owner = await makeCustomer();
    const base = { recipientId: owner.user.id, template: "request.created" } as const;
    await db.notification.create({ data: { ...base, channel: "IN_APP", status: "SENT", createdAt: monthsAgo(13) } });
    await db.notification.create({ data: { ...base, channel: "SMS", address: "13900000000", status: "PENDING", createdAt: monthsAgo(13) } });
    const kept = await db.notification.create({ data: { ...base, channel: "IN_APP", status: "SENT", createdAt: monthsAgo(11) } });
    expect((await runRetention(now)).notifications).toBe(1);
    expect((await db.notification.findMany({ select: { id: true, status: true } })).map((n) => n.status).sort()).toEqual(["PENDING", "SENT"]);
    expect(await db.notification.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });

  it("removes the free text of old ratings and survey answers and keeps their scores", async () => {
    const owner = await makeCustomer();
    const r1 = await makeRequest(owner, { status: "RESOLVED" });
    const r2 = await makeRequest(owner, { status: "RESOLVED" });
    await db.rating.create({ data: { requestId: r1.id, customerId: owner.customer.id, score: 2, reasons: [], resolved: false, comment: "太慢了", createdAt: monthsAgo(37) } });
    await db.rating.create({ data: { requestId: r2.id, customerId: owner.customer.id, score: 4, reasons: [], resolved: true, comment: "还行", createdAt: monthsAgo(30) } });
    expect((await runRetention(now)).feedback).toBe(1);
    expect((await db.rating.findMany({ orderBy: { createdAt: "asc" }, select: { score: true, comment: true } }))).toEqual([
      { score: 2, comment: null },
      { score: 4, comment: "还行" },
    ]);
  });

  it("deletes usage past 5 months, sign-in logs past 6 months, dead codes and expired archives", async () => {
    const owner = await makeCustomer();
    await db.usageRecord.createMany({ data: [{ lineId: owner.line.id, month: "2026-05", dataMb: 1 }, { lineId: owner.line.id, month: "2026-07", dataMb: 2 }] });
    await db.auditLog.createMany({
      data: [
        { action: "auth.login", targetType: "User", actorId: owner.user.id, createdAt: monthsAgo(7) },
        { action: "auth.login", targetType: "User", actorId: owner.user.id, createdAt: monthsAgo(5) },
        { action: "request.accept", targetType: "ServiceRequest", createdAt: monthsAgo(7) },
      ],
    });
    await db.oneTimeCode.createMany({
      data: [
        { userId: owner.user.id, purpose: "terminate", subject: "x", codeHash: "a", expiresAt: daysAgo(2), createdAt: daysAgo(2) },
        { userId: owner.user.id, purpose: "terminate", subject: "x", codeHash: "b", expiresAt: new Date(now.getTime() + 60_000), createdAt: daysAgo(0) },
      ],
    });
    await db.serviceArchive.createMany({
      data: [
        { customerId: owner.customer.id, lineId: owner.line.id, snapshot: {}, archivedAt: monthsAgo(61), retainUntil: daysAgo(1) },
        { customerId: owner.customer.id, lineId: owner.line.id, snapshot: {}, archivedAt: monthsAgo(59), retainUntil: daysAgo(-30) },
      ],
    });
    const counts = await runRetention(now);
    expect(counts).toMatchObject({ usage: 1, logs: 1, archives: 1 });
    expect(counts.codes).toBeGreaterThanOrEqual(1);
    expect((await db.usageRecord.findMany({ select: { month: true } })).map((u) => u.month)).toEqual(["2026-07"]);
    expect((await db.auditLog.findMany({ where: { action: { in: ["auth.login", "request.accept"] } }, select: { action: true } })).map((a) => a.action).sort()).toEqual(["auth.login", "request.accept"]);
    expect(await db.oneTimeCode.count()).toBe(1);
    expect(await db.serviceArchive.count()).toBe(1);
  });

  it("forgets status subscriptions never confirmed and those cancelled more than 30 days ago", async () => {
    const sub = (address: string, extra: object) => db.statusSubscription.create({ data: { area: "北京市", channel: "SMS", address, tokenHash: address, ...extra } });
    await sub("13900000001", { createdAt: daysAgo(3), codeExpiresAt: daysAgo(3) });
    await sub("13900000002", { createdAt: daysAgo(3), confirmedAt: daysAgo(3), cancelledAt: daysAgo(31) });
    await sub("13900000003", { createdAt: daysAgo(3), confirmedAt: daysAgo(3) });
    await sub("13900000004", { createdAt: new Date(now.getTime() - 60_000), codeExpiresAt: new Date(now.getTime() + 540_000) });
    expect((await runRetention(now)).subscriptions).toBe(2);
    expect((await db.statusSubscription.findMany({ select: { address: true }, orderBy: { address: "asc" } })).map((s) => s.address)).toEqual(["13900000003", "13900000004"]);
  });

  it("anonymises a customer two years after their last line ended, and no one sooner", async () => {
    const gone = await makeCustomer();
    await db.line.update({ where: { id: gone.line.id }, data: { status: "TERMINATED", terminatedAt: monthsAgo(25) } });
    const recent = await makeCustomer();
    await db.line.update({ where: { id: recent.line.id }, data: { status: "TERMINATED", terminatedAt: monthsAgo(23) } });
    const active = await makeCustomer();
    const withOpen = await makeCustomer();
    await db.line.update({ where: { id: withOpen.line.id }, data: { status: "TERMINATED", terminatedAt: monthsAgo(30) } });
    await makeRequest(withOpen, { status: "IN_PROGRESS" });

    expect((await runRetention(now)).identity).toBe(1);
    const c = await db.customer.findUniqueOrThrow({ where: { id: gone.customer.id } });
    expect(c).toMatchObject({ name: "—", idNumber: null, email: null, realNameVerified: false, lifecycleStage: "CHURNED", phone: `${ANONYMISED_PHONE_PREFIX}${gone.customer.id}` });
    const u = await db.user.findUniqueOrThrow({ where: { id: gone.user.id } });
    expect(u).toMatchObject({ phone: null, email: null, disabled: true, sessionVersion: gone.user.sessionVersion + 1 });
    expect(await db.line.count({ where: { id: gone.line.id } })).toBe(1);
    for (const kept of [recent, active, withOpen]) {
      expect((await db.customer.findUniqueOrThrow({ where: { id: kept.customer.id } })).idNumber).not.toBeNull();
    }
    expect((await runRetention(now)).identity).toBe(0);
  });
});
