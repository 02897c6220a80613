import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listRequestRemedies } from "@/server/dal/remedies";
import { proposeFromBreaches } from "@/server/jobs/remedy-proposals";
import type { CustomerActor } from "@/server/actor";
import { runSeed } from "../seed";

const now = new Date("2026-11-28T06:00:00Z");

describe("remedies demo data", () => {
  it("has 李娜's two proposals and 星河科技's approved waiver on its cloud line's bill, the total the sum of the items", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    expect(await db.remedyRule.count({ where: { active: true } })).toBe(7);
    const remedies = await db.remedy.findMany({ select: { status: true, measure: true, amountFen: true, customer: { select: { name: true } }, billItem: { select: { bill: { select: { month: true, totalFen: true, items: { select: { amountFen: true } } } } } } }, orderBy: { measure: "asc" } });
    // By the enum's order (ORDER BY an enum follows its declaration).
    expect(remedies.map((r) => [r.customer.name, r.measure, r.status, r.amountFen])).toEqual([
      ["李娜", "ACCEPT", "PROPOSED", 200],
      // One day of CNY 299 in November (30 days): 996.67 → 997.
      ["星河科技有限公司", "RESTORE_NETWORK", "APPROVED", 997],
      ["李娜", "COMPLAINT_REPLY", "PROPOSED", 1000],
    ]);
    const bill = remedies.find((r) => r.status === "APPROVED")!.billItem!.bill;
    expect(bill.month).toBe("2026-11");
    expect(bill.totalFen).toBe(bill.items.reduce((s, i) => s + i.amountFen, 0));
    expect(await db.notification.count({ where: { template: "remedy.approved" } })).toBe(1);
  });

  it("uses the sweep's keys: the sweep does not propose the seeded ones again, and the customer reads the approved one", async () => {
    await runSeed(db, { ifEmpty: false, description: "test database", now });
    const approved = await db.remedy.findFirstOrThrow({ where: { status: "APPROVED" }, select: { request: { select: { srn: true, customerId: true, id: true } } } });
    const breaches = await db.remedy.findMany({ select: { requestId: true, measure: true } });
    const clock = { ACCEPT: "acceptBy", COMPLAINT_REPLY: "resolveBy", RESTORE_NETWORK: "resolveBy" } as const;
    for (const b of breaches) await db.slaAlert.create({ data: { requestId: b.requestId!, clock: clock[b.measure as keyof typeof clock], kind: "BREACH", deadline: now, createdAt: now } });
    expect(await proposeFromBreaches(now)).toBe(0);
    const user = await db.user.findFirstOrThrow({ where: { customerId: approved.request!.customerId } });
    const actor: CustomerActor = { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: user.customerId!, displayName: user.displayName };
    expect(await listRequestRemedies(actor, approved.request!.srn)).toMatchObject([{ measure: "RESTORE_NETWORK", amountFen: 997, billMonth: "2026-11" }]);
  });
});
