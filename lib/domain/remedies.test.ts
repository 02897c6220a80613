import { describe, expect, it } from "vitest";
import {
  feeWaiverFen,
  fenToYuan,
  incidentBrokeCommitment,
  incidentDedupeKey,
  incidentMeasure,
  isRestoreMeasure,
  measureOfBreach,
  remedyAmountFen,
  remedyBillMonth,
  requestDedupeKey,
  yuanToFen,
} from "./remedies";

const fault = (level: number, special = false) => ({ type: "FAULT_REPAIR" as const, level, special });

describe("measureOfBreach", () => {
  it("maps acceptance by the request's special flag, for any type", () => {
    expect(measureOfBreach("acceptBy", fault(2))).toBe("ACCEPT");
    expect(measureOfBreach("acceptBy", { type: "CONSULTATION", level: 2, special: true })).toBe("ACCEPT_SPECIAL");
  });

  it("maps a fault's response and restore by level 1 and 2, and nothing for level 3", () => {
    expect(measureOfBreach("respondBy", fault(1))).toBe("RESPOND_MAJOR");
    expect(measureOfBreach("respondBy", fault(2))).toBe("RESPOND_GENERAL");
    expect(measureOfBreach("resolveBy", fault(1))).toBe("RESTORE_NETWORK");
    expect(measureOfBreach("resolveBy", fault(2))).toBe("RESTORE_BUSINESS");
    expect(measureOfBreach("respondBy", fault(3))).toBeNull();
    expect(measureOfBreach("resolveBy", fault(3))).toBeNull();
  });

  it("maps a complaint's reply, and nothing else", () => {
    expect(measureOfBreach("resolveBy", { type: "COMPLAINT", level: 1, special: false })).toBe("COMPLAINT_REPLY");
    expect(measureOfBreach("respondBy", { type: "COMPLAINT", level: 2, special: false })).toBeNull();
    expect(measureOfBreach("respondBy", { type: "CONSULTATION", level: 2, special: false })).toBeNull();
    expect(measureOfBreach("resolveBy", { type: "SERVICE_OPENING", level: 2, special: false })).toBeNull();
    expect(measureOfBreach("somethingElse", fault(1))).toBeNull();
  });

  it("knows the restore measures and an incident's measure", () => {
    expect(isRestoreMeasure("RESTORE_NETWORK") && isRestoreMeasure("RESTORE_BUSINESS")).toBe(true);
    expect(isRestoreMeasure("RESPOND_MAJOR")).toBe(false);
    expect(incidentMeasure("NETWORK")).toBe("RESTORE_NETWORK");
    expect(incidentMeasure("BUSINESS")).toBe("RESTORE_BUSINESS");
  });
});

describe("incidentBrokeCommitment", () => {
  const startedAt = new Date("2026-11-20T02:00:00Z");
  it("is broken only beyond the target, not at it, and never while unrestored", () => {
    expect(incidentBrokeCommitment({ startedAt, restoredAt: new Date("2026-11-20T07:00:00Z") }, 240)).toBe(true);
    expect(incidentBrokeCommitment({ startedAt, restoredAt: new Date("2026-11-20T06:00:00Z") }, 240)).toBe(false);
    expect(incidentBrokeCommitment({ startedAt, restoredAt: new Date("2026-11-20T06:00:00.001Z") }, 240)).toBe(true);
    expect(incidentBrokeCommitment({ startedAt, restoredAt: null }, 1)).toBe(false);
  });
});

describe("amounts", () => {
  it("a fee waiver is fee × days ÷ days of that month, rounded half up to the fen", () => {
    // 59.00 × 1 / 30 = 1.9666… → 1.97
    expect(feeWaiverFen(5900, 1, "2026-11")).toBe(197);
    // 59.00 × 1 / 31 = 1.9032… → 1.90
    expect(feeWaiverFen(5900, 1, "2026-12")).toBe(190);
    // Exactly half a fen rounds up: 0.14 × 1 / 28 (February 2026) = 0.005 → 0.01
    expect(feeWaiverFen(14, 1, "2026-02")).toBe(1);
    // 0.13 × 1 / 28 = 0.0046… → 0.00
    expect(feeWaiverFen(13, 1, "2026-02")).toBe(0);
    // A leap February has 29 days.
    expect(feeWaiverFen(2900, 1, "2028-02")).toBe(100);
  });

  it("never waives more than the month's fee, nor a negative amount", () => {
    expect(feeWaiverFen(5900, 40, "2026-11")).toBe(5900);
    expect(feeWaiverFen(5900, -1, "2026-11")).toBe(0);
  });

  it("a credit is the rule's amount; a waiver needs the plan's fee", () => {
    expect(remedyAmountFen({ kind: "CREDIT", amountFen: 500, waiverDays: 3 }, 5900, "2026-11")).toBe(500);
    expect(remedyAmountFen({ kind: "FEE_WAIVER", amountFen: 500, waiverDays: 3 }, 5900, "2026-11")).toBe(590);
    expect(remedyAmountFen({ kind: "FEE_WAIVER", amountFen: 0, waiverDays: 1 }, null, "2026-11")).toBe(0);
  });

  it("reads yuan as typed and writes it back", () => {
    expect(yuanToFen("5")).toBe(500);
    expect(yuanToFen("5.5")).toBe(550);
    expect(yuanToFen(" 12.05 ")).toBe(1205);
    expect(yuanToFen("0.01")).toBe(1);
    for (const bad of ["", "-1", "1.234", "abc", "1e3", "1,00", "1234567"]) expect(yuanToFen(bad), bad).toBeNull();
    expect(fenToYuan(1205)).toBe("12.05");
    expect(fenToYuan(0)).toBe("0.00");
  });
});

describe("dedupe keys", () => {
  it("name the request and measure, or the incident and line", () => {
    expect(requestDedupeKey("req1", "ACCEPT")).toBe("request:req1:ACCEPT");
    expect(incidentDedupeKey("inc1", "line1")).toBe("incident:inc1:line1");
    expect(requestDedupeKey("req1", "ACCEPT")).not.toBe(requestDedupeKey("req1", "ACCEPT_SPECIAL"));
  });
});

describe("remedyBillMonth", () => {
  // 2026-11-30T17:00Z is 2026-12-01 01:00 in China: the month is December there.
  const lateNovemberUtc = new Date("2026-11-30T17:00:00Z");
  const midNovember = new Date("2026-11-15T04:00:00Z");

  it("uses the month it is approved in, in China time, creating the bill when missing", () => {
    expect(remedyBillMonth(midNovember, [])).toEqual({ month: "2026-11", create: true });
    expect(remedyBillMonth(lateNovemberUtc, [])).toEqual({ month: "2026-12", create: true });
  });

  it("uses that month's bill while unpaid, due or overdue", () => {
    expect(remedyBillMonth(midNovember, [{ month: "2026-11", status: "DUE" }])).toEqual({ month: "2026-11", create: false });
    expect(remedyBillMonth(midNovember, [{ month: "2026-11", status: "OVERDUE" }])).toEqual({ month: "2026-11", create: false });
  });

  it("moves to the next month's bill when that one is paid, creating it when missing", () => {
    expect(remedyBillMonth(midNovember, [{ month: "2026-11", status: "PAID" }])).toEqual({ month: "2026-12", create: true });
    expect(remedyBillMonth(midNovember, [{ month: "2026-11", status: "PAID" }, { month: "2026-12", status: "DUE" }])).toEqual({ month: "2026-12", create: false });
    expect(
      remedyBillMonth(midNovember, [
        { month: "2026-11", status: "PAID" },
        { month: "2026-12", status: "PAID" },
      ]),
    ).toEqual({ month: "2027-01", create: true });
  });

  it("ignores older bills", () => {
    expect(remedyBillMonth(midNovember, [{ month: "2026-10", status: "DUE" }])).toEqual({ month: "2026-11", create: true });
  });
});
