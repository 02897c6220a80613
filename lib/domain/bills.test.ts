import { describe, expect, it } from "vitest";
import { ADD_ONS } from "../schemas/request-create";
import { ADD_ON_MONTHLY_FEE_FEN, arrears, billDueAt, billIssuedAt, billState, billTotals, extraUsage, proratedFeeFen } from "./bills";

const GB = 1024;
const M58 = { kind: "MOBILE" as const, dataMb: 30 * GB, voiceMinutes: 300, smsCount: 100 };

describe("extraUsage", () => {
  it("charges nothing within the allowances", () => {
    expect(extraUsage(M58, { month: "2026-11", dataMb: 30 * GB, voiceMinutes: 300, smsCount: 100 }).totalFen).toBe(0);
  });

  it("charges data per started GB, voice per minute and SMS each, in fen", () => {
    const x = extraUsage(M58, { month: "2026-11", dataMb: 32 * GB + 1, voiceMinutes: 310, smsCount: 103 });
    expect(x).toEqual({ dataMb: 2 * GB + 1, voiceMinutes: 10, smsCount: 3, dataFen: 1500, voiceFen: 150, smsFen: 30, totalFen: 1680 });
  });

  it("does not meter broadband or cloud, nor unlimited allowances", () => {
    expect(extraUsage({ kind: "BROADBAND", dataMb: null, voiceMinutes: null, smsCount: null }, { month: "2026-11", dataMb: 900 * GB, voiceMinutes: 0, smsCount: 0 }).totalFen).toBe(0);
    expect(extraUsage({ kind: "CLOUD", dataMb: 10, voiceMinutes: null, smsCount: null }, { month: "2026-11", dataMb: 900 * GB, voiceMinutes: 0, smsCount: 0 }).totalFen).toBe(0);
    expect(extraUsage({ kind: "MOBILE", dataMb: null, voiceMinutes: null, smsCount: 10 }, { month: "2026-11", dataMb: 900 * GB, voiceMinutes: 9999, smsCount: 11 }).totalFen).toBe(10);
  });
});

describe("fees", () => {
  it("prorates a monthly fee to the fen for a part month", () => {
    expect(proratedFeeFen(12800, 10, 30)).toBe(4267);
    expect(proratedFeeFen(12800, 30, 30)).toBe(12800);
    expect(proratedFeeFen(12800, 0, 30)).toBe(0);
  });

  it("prices every add-on", () => {
    for (const addOn of ADD_ONS) expect(ADD_ON_MONTHLY_FEE_FEN[addOn], addOn).toBeGreaterThan(0);
  });

  it("sums items by kind, credits negative", () => {
    const t = billTotals([
      { kind: "PLAN_FEE", amountFen: 5800 },
      { kind: "EXTRA_USAGE", amountFen: 1500 },
      { kind: "ADD_ON", amountFen: 500 },
      { kind: "ADD_ON", amountFen: 1000 },
      { kind: "CREDIT", amountFen: -1000 },
    ]);
    expect(t.totalFen).toBe(7800);
    expect(t.byKind).toMatchObject({ PLAN_FEE: 5800, EXTRA_USAGE: 1500, ADD_ON: 1500, CREDIT: -1000, REMEDY: 0, SETTLEMENT: 0 });
  });
});

describe("due dates and arrears", () => {
  it("issues a month's bill on the 1st of the next month and makes it due by the end of that month, China time", () => {
    expect(billIssuedAt("2026-11").toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(billDueAt("2026-11").toISOString()).toBe("2026-12-31T15:59:59.000Z");
    expect(billDueAt("2026-12").toISOString()).toBe("2027-01-31T15:59:59.000Z");
  });

  it("derives overdue from the due date", () => {
    const dueAt = new Date("2026-12-31T16:00:00Z");
    expect(billState({ status: "DUE", dueAt }, new Date("2026-12-31T15:59:59Z"))).toBe("DUE");
    expect(billState({ status: "DUE", dueAt }, new Date("2026-12-31T16:00:01Z"))).toBe("OVERDUE");
    expect(billState({ status: "OVERDUE", dueAt }, new Date("2026-12-01T00:00:00Z"))).toBe("DUE");
    expect(billState({ status: "PAID", dueAt }, new Date("2027-06-01T00:00:00Z"))).toBe("PAID");
  });

  it("sums what is unpaid and what is overdue", () => {
    const now = new Date("2026-12-10T00:00:00Z");
    const bills = [
      { status: "PAID" as const, dueAt: new Date("2026-10-31T16:00:00Z"), totalFen: 5800 },
      { status: "OVERDUE" as const, dueAt: new Date("2026-11-30T16:00:00Z"), totalFen: 6300 },
      { status: "DUE" as const, dueAt: new Date("2026-12-31T16:00:00Z"), totalFen: 6800 },
    ];
    expect(arrears(bills, now)).toEqual({ count: 2, unpaidFen: 13100, overdueFen: 6300 });
    expect(arrears([], now)).toEqual({ count: 0, unpaidFen: 0, overdueFen: 0 });
  });

  it("does not count a bill that holds only credits (a remedy on a month not yet billed)", () => {
    const now = new Date("2026-12-10T00:00:00Z");
    const credit = { status: "DUE" as const, dueAt: new Date("2026-12-31T16:00:00Z"), totalFen: -300 };
    const due = { status: "DUE" as const, dueAt: new Date("2026-12-31T16:00:00Z"), totalFen: 6800 };
    expect(arrears([credit], now)).toEqual({ count: 0, unpaidFen: 0, overdueFen: 0 });
    expect(arrears([credit, due], now)).toEqual({ count: 1, unpaidFen: 6800, overdueFen: 0 });
  });
});
