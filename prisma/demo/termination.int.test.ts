import { describe, expect, it } from "vitest";
import { readArchiveSnapshot } from "@/lib/domain/termination-archive";
import type { CustomerActor } from "@/server/actor";
import { db } from "@/server/db";
import { getTerminationPreview, listMyLines } from "@/server/dal/termination";
import { runSeed } from "../seed";
import { OLD_LINE_NUMBER, overdueBill, seedTermination } from "./termination";

const DAY = 86_400_000;
const now = new Date("2026-11-28T06:00:00Z");

async function customerActor(phone: string): Promise<CustomerActor> {
  const user = await db.user.findUniqueOrThrow({ where: { phone } });
  return { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: user.customerId!, displayName: user.displayName };
}

const lineId = async (number: string) => (await db.line.findUniqueOrThrow({ where: { number } })).id;

describe("termination demo data", () => {
  it("has 星河科技's IoT termination accepted and in progress", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now, areas: [seedTermination] });
    const open = await db.serviceRequest.findMany({ where: { type: "TERMINATION", status: { not: "CLOSED" } }, include: { line: true, events: true } });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ status: "ACCEPTED", line: { number: "1064800000031", status: "ACTIVE" }, version: 2 });
    expect(open[0]!.ownerId).not.toBeNull();
    expect(open[0]!.resolveBy!.getTime() - open[0]!.createdAt.getTime()).toBe(48 * 3_600_000);
  });

  it("has 张伟's line terminated a year ago, with its requests and an archive kept five years", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now, areas: [seedTermination] });
    const line = await db.line.findUniqueOrThrow({ where: { number: OLD_LINE_NUMBER }, include: { requests: { include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } }, archives: true, bills: true } });
    expect(line).toMatchObject({ status: "TERMINATED", terminatedAt: new Date(now.getTime() - 365 * DAY), balanceFen: 0, depositFen: 0 });
    expect(line.requests.map((r) => [r.type, r.status]).sort()).toEqual([
      ["BUSINESS_CHANGE", "CLOSED"],
      ["FAULT_REPAIR", "CLOSED"],
      ["TERMINATION", "CLOSED"],
    ]);
    for (const r of line.requests) {
      expect(r.version, r.srn).toBe(r.events.length);
      expect(r.events.at(-1)!.toStatus, r.srn).toBe("CLOSED");
      for (const [i, e] of r.events.entries()) if (i > 0) expect(e.fromStatus, `${r.srn} ${e.kind}`).toBe(r.events[i - 1]!.toStatus);
    }
    expect(line.bills.map((b) => b.status)).toEqual(["PAID", "PAID"]);
    expect(line.archives).toHaveLength(1);
    const archive = line.archives[0]!;
    expect(archive.archivedAt).toEqual(line.terminatedAt);
    expect(archive.retainUntil.getUTCFullYear() - archive.archivedAt.getUTCFullYear()).toBe(5);
    const snapshot = readArchiveSnapshot(archive.snapshot)!;
    expect(snapshot).toMatchObject({ customer: { name: "张伟" }, line: { number: OLD_LINE_NUMBER, balanceFen: 1560, depositFen: 5000 }, termination: { portOutDeclined: true } });
    expect(snapshot.requests).toHaveLength(3);
    expect(snapshot.settlement.netFen).toBe(1560 + 5000 - snapshot.settlement.finalMonth.feeFen);
    expect(await db.notification.count({ where: { template: "termination.notice" } })).toBe(1);

    const zhang = await customerActor("13800000001");
    const lines = await listMyLines(zhang);
    expect(lines.find((l) => l.number === OLD_LINE_NUMBER)?.archive).toMatchObject({ requests: 3, netFen: snapshot.settlement.netFen });
    // His broadband has a contract term: the wizard blocks it, naming the end date.
    const broadband = await getTerminationPreview(zhang, await lineId("BB0100000001"), now);
    expect(broadband!.checks.lockIn.ok).toBe(false);
    expect(broadband!.settlement.depositRefundFen).toBe(20000);
  });

  it("gives 周敏 an overdue bill on 13800000004 and none on 13800000014, unless the bills area seeded one", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now, areas: [seedTermination] });
    const zhou = await customerActor("13800000004");
    const blocked = await getTerminationPreview(zhou, await lineId("13800000004"), now);
    expect(blocked!.checks).toMatchObject({ blocked: true, arrears: { ok: false, count: 1, amountFen: 5800 } });
    const free = await getTerminationPreview(zhou, await lineId("13800000014"), now);
    expect(free!.checks.blocked).toBe(false);

    // Run after a bills seeder that billed the line already, it adds nothing.
    await overdueBill({ prisma: db, now, lineIds: { "13800000004": await lineId("13800000004") } });
    expect(await db.bill.count({ where: { line: { number: "13800000004" } } })).toBe(1);
  });
});
