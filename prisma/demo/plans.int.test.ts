import { describe, expect, it, vi } from "vitest";
import type { CustomerActor } from "@/server/actor";
import { db } from "@/server/db";
import { listMyBills, unpaidBills } from "@/server/dal/bills";
import { listMyLinePlans } from "@/server/dal/plans";
import { applyDuePlanChanges } from "@/server/jobs/plan-changes";
import { billTotals } from "@/lib/domain/bills";
import { chartMonths } from "@/lib/domain/plans";
import { addMonths, cstMonthKey } from "@/lib/domain/time";
import { runSeed } from "../seed";
import { REPORT_CUSTOMERS } from "./reports";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));

const options = { ifEmpty: false, description: "test database" };

async function customer(phone: string): Promise<CustomerActor> {
  const user = await db.user.findUniqueOrThrow({ where: { phone }, select: { id: true, customerId: true, displayName: true } });
  return { kind: "customer", userId: user.id, role: "CUSTOMER", customerId: user.customerId!, displayName: user.displayName };
}

// Late in a month, early on the 1st, and mid-month at a year end: the demo states hold at any time.
// Each test seeds the whole demo (about two seconds; more on a busy machine).
describe.each(["2026-12-10T02:00:00Z", "2026-12-31T16:30:00Z", "2027-03-31T15:00:00Z"])("demo plans and bills seeded at %s", { timeout: 60_000 }, (iso) => {
  const now = new Date(iso);

  it("gives every plan a summary in both languages and adds plans worth comparing", async () => {
    await runSeed(db, { ...options, now });
    const plans = await db.plan.findMany();
    for (const p of plans) expect(p.summary && p.summaryEn, p.code).toBeTruthy();
    expect(plans.map((p) => p.code)).toEqual(expect.arrayContaining(["M19", "M39", "M58", "M88", "M128", "M199", "E588", "E888", "BB300", "BB500", "BB1000", "IOT10", "IOT30", "CLOUD-S", "CLOUD-M"]));
  });

  it("has usage from each line's opening in the chart's months, the current one partial, and recommends M39 to 李娜", async () => {
    await runSeed(db, { ...options, now });
    // Lines in service (the termination demo's archived line has a history of its own).
    // The reports seeder's counter customers (no accounts, history only) have no usage to chart.
    const historyOnly = REPORT_CUSTOMERS.flatMap((c) => c.lines.map((l) => l.number));
    const lines = await db.line.findMany({ where: { status: { not: "TERMINATED" }, number: { notIn: historyOnly } }, include: { usage: true } });
    for (const line of lines) {
      expect(line.usage.length, line.number).toBeGreaterThan(0);
      for (const u of line.usage) expect(chartMonths(now), line.number).toContain(u.month);
    }
    const zhang = lines.find((l) => l.number === "13800000001")!;
    expect(zhang.usage).toHaveLength(6);
    const li = (await listMyLinePlans(await customer("13800000002"), now))[0]!;
    expect(li.plan.code).toBe("M128");
    expect(li.recommendation).toMatchObject({ plan: { code: "M39" }, savingFen: 8900, blockedUntil: null });
    for (const u of li.chart.filter((c) => c.usage && c.month !== cstMonthKey(now))) expect(u.usage!.dataMb).toBeGreaterThan(0);
  });

  it("bills the last completed months, each total the sum of its items, all paid but the demo's arrears", async () => {
    await runSeed(db, { ...options, now });
    const bills = await db.bill.findMany({ include: { items: true, line: { select: { number: true } } } });
    for (const b of bills) expect(b.totalFen, `${b.line.number} ${b.month}`).toBe(billTotals(b.items).totalFen);
    const latest = addMonths(cstMonthKey(now), -1);
    // A service remedy approved this month sits on this month's bill before its charges
    // (prisma/demo/remedies.ts, docs/decisions/0014-remedies.md): only charged bills are monthly bills here.
    const charged = bills.filter((b) => b.items.some((i) => i.kind !== "REMEDY"));
    expect(Math.max(...charged.map((b) => Number(b.month.replace("-", ""))))).toBe(Number(latest.replace("-", "")));
    const unpaid = charged.filter((b) => b.status !== "PAID").map((b) => `${b.line.number} ${b.month} ${b.status}`).sort();
    expect(unpaid).toEqual([`13800000001 ${latest} DUE`, `13800000004 ${addMonths(latest, -1)} OVERDUE`, `13800000004 ${latest} DUE`].sort());
    expect(bills.filter((b) => b.line.number === "13800000001").length).toBe(6);
    expect(bills.some((b) => b.items.some((i) => i.kind === "CREDIT"))).toBe(true);
    expect(bills.some((b) => b.items.some((i) => i.kind === "EXTRA_USAGE"))).toBe(true);
    expect(bills.some((b) => b.items.some((i) => i.kind === "ADD_ON"))).toBe(true);
    for (const b of bills.filter((x) => x.paidAt)) expect(b.paidAt!.getTime()).toBeLessThanOrEqual(now.getTime());

    const zhang = await listMyBills(await customer("13800000001"), now);
    const mobile = zhang.lines.find((l) => l.number === "13800000001")!;
    expect(mobile.bills[0]).toMatchObject({ month: latest, state: "DUE" });
    expect(mobile.bills[0]!.dueAt.getTime()).toBeGreaterThan(now.getTime());

    const zhou = await customer("13800000004");
    const [lineA, lineB] = await Promise.all(["13800000004", "13800000014"].map((number) => db.line.findUniqueOrThrow({ where: { number } })));
    const arrears = (await unpaidBills(zhou, lineA!.id, { now }))!;
    expect(arrears.count).toBe(2);
    expect(arrears.bills.map((b) => b.state)).toEqual(["OVERDUE", "DUE"]);
    expect(arrears.overdueFen).toBeGreaterThan(0);
    expect(await unpaidBills(zhou, lineB!.id, { now })).toEqual({ bills: [], count: 0, unpaidFen: 0, overdueFen: 0 });
  });

  it("has 张伟's applied change in his history and 星河科技's upgrade pending for the next cycle", async () => {
    await runSeed(db, { ...options, now });
    const changes = await db.planChange.findMany({ include: { line: true, fromPlan: true, toPlan: true, request: true } });
    expect(changes.map((c) => `${c.line.number} ${c.fromPlan.code}→${c.toPlan.code} ${c.status} ${c.request.status}`).sort()).toEqual([
      "13800000001 M39→M58 APPLIED CLOSED",
      "13800000003 E588→E888 PENDING ACCEPTED",
    ]);
    const pending = changes.find((c) => c.status === "PENDING")!;
    expect(pending.effectiveAt.getTime()).toBeGreaterThan(now.getTime());
    expect(pending.line.lockInEndsAt!.getTime()).toBeGreaterThan(now.getTime());
    expect(pending.request.resolveBy).toEqual(pending.effectiveAt);
    // Nothing is due: the job started with the server changes nothing in the fresh demo.
    expect(await applyDuePlanChanges(now)).toEqual({ applied: 0, lineTerminated: 0, skipped: 0 });
  });

  it("is deterministic", async () => {
    await runSeed(db, { ...options, now });
    const snapshot = async () => ({
      usage: await db.usageRecord.findMany({ select: { month: true, dataMb: true, voiceMinutes: true, smsCount: true, line: { select: { number: true } } }, orderBy: [{ lineId: "asc" }, { month: "asc" }] }),
      bills: await db.bill.findMany({ select: { month: true, totalFen: true, status: true, line: { select: { number: true } } }, orderBy: [{ lineId: "asc" }, { month: "asc" }] }),
    });
    const first = await snapshot();
    await runSeed(db, { ...options, now });
    const second = await snapshot();
    const byNumber = (s: typeof first) => JSON.stringify([...s.usage, ...s.bills].map((r) => JSON.stringify(r)).sort());
    expect(byNumber(second)).toBe(byNumber(first));
  });
});
