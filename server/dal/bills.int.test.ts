import { beforeEach, describe, expect, it, vi } from "vitest";
import { expectNoSecrets } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { billDueAt, billIssuedAt } from "@/lib/domain/bills";
import { db } from "../db";
import { listLineBills, listMyBills, unpaidBills } from "./bills";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

// 2026-12-10 China time: November's bill is due by the end of December, October's was due by the end of November.
const now = new Date("2026-12-10T02:00:00Z");

async function bill(owner: Awaited<ReturnType<typeof makeCustomer>>, month: string, status: "PAID" | "DUE" | "OVERDUE", items: Array<[kind: "PLAN_FEE" | "EXTRA_USAGE" | "ADD_ON" | "CREDIT", fen: number]>) {
  return db.bill.create({
    data: {
      lineId: owner.line.id,
      customerId: owner.customer.id,
      month,
      status,
      totalFen: items.reduce((s, [, fen]) => s + fen, 0),
      issuedAt: billIssuedAt(month),
      dueAt: billDueAt(month),
      paidAt: status === "PAID" ? billIssuedAt(month) : null,
      items: { create: items.map(([kind, amountFen]) => ({ kind, amountFen, label: `${kind} 项`, labelEn: `${kind} item` })) },
    },
  });
}

async function withBills() {
  const owner = await makeCustomer();
  await bill(owner, "2026-09", "PAID", [["PLAN_FEE", 5800], ["ADD_ON", 500]]);
  // Stored as DUE, but its due date has passed: shown as overdue.
  await bill(owner, "2026-10", "DUE", [["PLAN_FEE", 5800], ["EXTRA_USAGE", 1500], ["CREDIT", -1000]]);
  await bill(owner, "2026-11", "DUE", [["PLAN_FEE", 5800]]);
  return owner;
}

describe("listMyBills", () => {
  it("gives the owner each line's bills, newest first, with sums by kind and what is unpaid", async () => {
    const owner = await withBills();
    const { lines, arrears } = await listMyBills(owner.actor, now);
    expect(lines).toHaveLength(1);
    const [nov, oct, sep] = lines[0]!.bills;
    expect([nov!.month, oct!.month, sep!.month]).toEqual(["2026-11", "2026-10", "2026-09"]);
    expect([nov!.state, oct!.state, sep!.state]).toEqual(["DUE", "OVERDUE", "PAID"]);
    expect(oct!.byKind).toMatchObject({ PLAN_FEE: 5800, EXTRA_USAGE: 1500, ADD_ON: 0, CREDIT: -1000 });
    expect(oct!.totalFen).toBe(6300);
    expect(oct!.items.map((i) => i.labelEn)).toEqual(["PLAN_FEE item", "EXTRA_USAGE item", "CREDIT item"]);
    expect(arrears).toEqual({ count: 2, unpaidFen: 12100, overdueFen: 6300 });
    expectNoSecrets(lines);
  });

  it("shows another customer none of them, and staff have no bills of their own", async () => {
    await withBills();
    const other = await makeCustomer();
    const theirs = await listMyBills(other.actor, now);
    expect(theirs.lines.flatMap((l) => l.bills)).toEqual([]);
    expect((await listMyBills((await makeStaff("AGENT")).actor, now)).lines).toEqual([]);
  });
});

describe("listLineBills and unpaidBills", () => {
  it("give the owner and request-reading staff one line's bills and arrears (number masked for staff)", async () => {
    const owner = await withBills();
    expect((await listLineBills(owner.actor, owner.line.id, now))!.bills).toHaveLength(3);
    const agent = await makeStaff("AGENT");
    const seen = (await listLineBills(agent.actor, owner.line.id, now))!;
    expect(seen.number).toMatch(/^\d{3}\*{4}\d{4}$/);
    expectNoSecrets(seen, [owner.line.number]);
    const arrears = (await unpaidBills(agent.actor, owner.line.id, { now }))!;
    expect(arrears.bills.map((b) => [b.month, b.state, b.totalFen])).toEqual([
      ["2026-10", "OVERDUE", 6300],
      ["2026-11", "DUE", 5800],
    ]);
    expect(arrears).toMatchObject({ count: 2, unpaidFen: 12100, overdueFen: 6300 });
    // Inside a transaction, as a settlement would read them.
    expect(await db.$transaction((tx) => unpaidBills(owner.actor, owner.line.id, { now, tx }))).toEqual(await unpaidBills(owner.actor, owner.line.id, { now }));
  });

  it("are null for another customer and for staff who may not read lines", async () => {
    const owner = await withBills();
    const other = await makeCustomer();
    expect(await listLineBills(other.actor, owner.line.id, now)).toBeNull();
    expect(await unpaidBills(other.actor, owner.line.id, { now })).toBeNull();
    const admin = await makeStaff("ADMIN");
    expect(await listLineBills(admin.actor, owner.line.id, now)).toBeNull();
    expect(await unpaidBills(admin.actor, owner.line.id, { now })).toBeNull();
  });

  it("report no arrears when every bill is paid", async () => {
    const owner = await makeCustomer();
    await bill(owner, "2026-11", "PAID", [["PLAN_FEE", 1900]]);
    expect(await unpaidBills(owner.actor, owner.line.id, { now })).toEqual({ bills: [], count: 0, unpaidFen: 0, overdueFen: 0 });
  });
});
