import { describe, expect, it } from "vitest";
import {
  archiveRetainUntil,
  arrears,
  daysInMonth,
  endingServices,
  finalMonthCharge,
  isArrears,
  netDirection,
  portingEligibility,
  settlement,
  terminationChecks,
  yuan,
  type BillFacts,
  type TerminationLine,
} from "./termination";

const DAY = 86_400_000;
/** 2026-11-10 10:00 China time. */
const now = new Date("2026-11-10T02:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

const line = (o: Partial<TerminationLine> = {}): TerminationLine => ({
  kind: "MOBILE",
  status: "ACTIVE",
  activatedAt: daysAgo(300),
  lockInEndsAt: null,
  balanceFen: 2380,
  depositFen: 5000,
  addOns: ["RINGBACK_TONE"],
  monthlyFeeFen: 1900,
  ...o,
});
const bill = (o: Partial<BillFacts> = {}): BillFacts => ({ status: "DUE", totalFen: 5800, dueAt: new Date(now.getTime() + 5 * DAY), ...o });

describe("arrears", () => {
  it("is an unpaid bill that is overdue by status or by date", () => {
    expect(isArrears(bill({ status: "OVERDUE", dueAt: new Date(now.getTime() + DAY) }), now)).toBe(true);
    expect(isArrears(bill({ status: "DUE", dueAt: new Date(now.getTime() - 1) }), now)).toBe(true);
    expect(isArrears(bill({ status: "DUE", dueAt: now }), now)).toBe(false);
    expect(isArrears(bill({ status: "DUE" }), now)).toBe(false);
    expect(isArrears(bill({ status: "PAID", dueAt: daysAgo(30) }), now)).toBe(false);
  });

  it("adds up the overdue bills only", () => {
    const bills = [bill({ status: "OVERDUE", totalFen: 5800 }), bill({ dueAt: daysAgo(1), totalFen: 1200 }), bill({ totalFen: 999 }), bill({ status: "PAID", totalFen: 7 })];
    expect(arrears(bills, now)).toEqual({ count: 2, amountFen: 7000 });
  });
});

describe("terminationChecks", () => {
  it("passes a line in service with no arrears and no contract term, and lists what ends with it", () => {
    const checks = terminationChecks(line(), [bill()], now);
    expect(checks).toEqual({
      status: { ok: true, status: "ACTIVE" },
      arrears: { ok: true, count: 0, amountFen: 0 },
      lockIn: { ok: true, endsAt: null },
      ending: [{ kind: "addOn", addOn: "RINGBACK_TONE" }, { kind: "numberRecycled", days: 90 }],
      blocked: false,
    });
  });

  it("blocks on arrears, with the amount to pay first", () => {
    const checks = terminationChecks(line(), [bill({ status: "OVERDUE", totalFen: 5800 })], now);
    expect(checks.arrears).toEqual({ ok: false, count: 1, amountFen: 5800 });
    expect(checks.blocked).toBe(true);
  });

  it("blocks during the contract term, naming its end; a term that ended does not", () => {
    const endsAt = new Date(now.getTime() + 120 * DAY);
    const checks = terminationChecks(line({ lockInEndsAt: endsAt }), [], now);
    expect(checks.lockIn).toEqual({ ok: false, endsAt });
    expect(checks.blocked).toBe(true);
    expect(terminationChecks(line({ lockInEndsAt: now }), [], now).lockIn).toEqual({ ok: true, endsAt: null });
    expect(terminationChecks(line({ lockInEndsAt: daysAgo(3) }), [], now).blocked).toBe(false);
  });

  it("allows a suspended line, not one still being opened or already terminated", () => {
    expect(terminationChecks(line({ status: "SUSPENDED" }), [], now).blocked).toBe(false);
    for (const status of ["PENDING", "TERMINATED"] as const) {
      const checks = terminationChecks(line({ status }), [], now);
      expect(checks.status).toEqual({ ok: false, status });
      expect(checks.blocked).toBe(true);
    }
  });
});

describe("endingServices", () => {
  it("names the add-ons, then what the kind of line loses", () => {
    expect(endingServices({ kind: "BROADBAND", addOns: ["STATIC_IP"] })).toEqual([{ kind: "addOn", addOn: "STATIC_IP" }, { kind: "equipmentReturn" }]);
    expect(endingServices({ kind: "IOT", addOns: [] })).toEqual([{ kind: "iotConnectivity" }]);
    expect(endingServices({ kind: "CLOUD", addOns: [] })).toEqual([{ kind: "cloudData" }]);
    expect(endingServices({ kind: "MOBILE", addOns: ["CALLER_ID", "DATA_BOOSTER"] }).map((s) => s.kind)).toEqual(["addOn", "addOn", "numberRecycled"]);
  });
});

describe("finalMonthCharge", () => {
  it("charges the days used up to and including the termination day, in China time", () => {
    // 10 of November's 30 days: 1900 × 10 / 30 = 633.33 → 633 fen.
    expect(finalMonthCharge(1900, daysAgo(300), now)).toEqual({ month: "2026-11", daysUsed: 10, daysInMonth: 30, monthlyFeeFen: 1900, feeFen: 633 });
    expect(finalMonthCharge(5800, null, now).feeFen).toBe(1933);
    // 2026-11-30 16:30 UTC is already 1 December in China: one day of December's 31.
    expect(finalMonthCharge(3100, null, new Date("2026-11-30T16:30:00Z"))).toMatchObject({ month: "2026-12", daysUsed: 1, daysInMonth: 31, feeFen: 100 });
  });

  it("rounds half a fen up, and charges a whole month on its last day", () => {
    expect(finalMonthCharge(45, null, new Date("2026-11-01T04:00:00Z")).feeFen).toBe(2); // 1.5
    expect(finalMonthCharge(15, null, new Date("2026-11-01T04:00:00Z")).feeFen).toBe(1); // 0.5
    expect(finalMonthCharge(44, null, new Date("2026-11-01T04:00:00Z")).feeFen).toBe(1); // 1.47
    expect(finalMonthCharge(5800, null, new Date("2026-12-31T10:00:00Z")).feeFen).toBe(5800);
  });

  it("starts from the activation day for a line opened that month", () => {
    // Activated 5 November (China time), terminated 10 November: 6 days.
    expect(finalMonthCharge(3000, new Date("2026-11-04T17:00:00Z"), now)).toMatchObject({ daysUsed: 6, feeFen: 600 });
  });

  it("knows leap years", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(finalMonthCharge(2900, null, new Date("2028-02-29T04:00:00Z"))).toMatchObject({ daysInMonth: 29, daysUsed: 29, feeFen: 2900 });
  });
});

describe("settlement", () => {
  it("refunds balance and deposit, charges the final part month and unpaid bills, and nets them", () => {
    const s = settlement(line(), [bill({ totalFen: 1000 }), bill({ status: "PAID", totalFen: 99999 })], now);
    expect(s).toEqual({
      asOf: "2026-11-10",
      balanceRefundFen: 2380,
      depositRefundFen: 5000,
      finalMonth: { month: "2026-11", daysUsed: 10, daysInMonth: 30, monthlyFeeFen: 1900, feeFen: 633 },
      unpaidBills: 1,
      unpaidBillsFen: 1000,
      netFen: 2380 + 5000 - 633 - 1000,
    });
    expect(netDirection(s.netFen)).toBe("refund");
  });

  it("leaves the customer to pay when charges exceed refunds", () => {
    const s = settlement(line({ balanceFen: 0, depositFen: 0, monthlyFeeFen: 9900 }), [bill({ status: "OVERDUE", totalFen: 9900 })], now);
    expect(s.netFen).toBe(-(3300 + 9900));
    expect(netDirection(s.netFen)).toBe("pay");
    expect(netDirection(0)).toBe("none");
  });

  it("counts a negative prepaid balance as owed", () => {
    expect(settlement(line({ balanceFen: -500, depositFen: 0 }), [], now).netFen).toBe(-500 - 633);
  });
});

describe("yuan", () => {
  it("writes fen as yuan with two decimals, without the sign", () => {
    expect([yuan(0), yuan(5), yuan(100), yuan(2380), yuan(-1933), yuan(123456789)]).toEqual(["0.00", "0.05", "1.00", "23.80", "19.33", "1234567.89"]);
  });
});

describe("portingEligibility", () => {
  const realName = { realNameVerified: true };

  it("is eligible when every criterion passes", () => {
    const e = portingEligibility(realName, line(), [], now);
    expect(e).toMatchObject({ applicable: true, eligible: true, daysOnNetwork: 300, lockInEndsAt: null, arrearsFen: 0 });
    expect(e.criteria).toEqual([
      { key: "realName", ok: true },
      { key: "status", ok: true },
      { key: "arrears", ok: true },
      { key: "lockIn", ok: true },
      { key: "tenure", ok: true },
    ]);
  });

  it("fails each criterion on its own", () => {
    const failed = (e: ReturnType<typeof portingEligibility>) => e.criteria.filter((c) => !c.ok).map((c) => c.key);
    expect(failed(portingEligibility({ realNameVerified: false }, line(), [], now))).toEqual(["realName"]);
    expect(failed(portingEligibility(realName, line({ status: "SUSPENDED" }), [], now))).toEqual(["status"]);
    expect(failed(portingEligibility(realName, line(), [bill({ status: "OVERDUE" })], now))).toEqual(["arrears"]);
    expect(failed(portingEligibility(realName, line({ lockInEndsAt: new Date(now.getTime() + DAY) }), [], now))).toEqual(["lockIn"]);
    expect(failed(portingEligibility(realName, line({ activatedAt: daysAgo(60) }), [], now))).toEqual(["tenure"]);
    expect(failed(portingEligibility(realName, line({ activatedAt: null }), [], now))).toEqual(["tenure"]);
    expect(portingEligibility(realName, line({ activatedAt: daysAgo(60) }), [], now).eligible).toBe(false);
  });

  it("counts 120 full days on the network", () => {
    expect(portingEligibility(realName, line({ activatedAt: daysAgo(120) }), [], now).eligible).toBe(true);
    expect(portingEligibility(realName, line({ activatedAt: new Date(daysAgo(120).getTime() + 1) }), [], now)).toMatchObject({ eligible: false, daysOnNetwork: 119 });
  });

  it("is for mobile numbers only", () => {
    expect(portingEligibility(realName, line({ kind: "BROADBAND" }), [], now)).toMatchObject({ applicable: false, eligible: false });
  });
});

describe("archiveRetainUntil", () => {
  it("keeps an archive five years", () => {
    expect(archiveRetainUntil(new Date("2026-11-10T02:00:00Z"))).toEqual(new Date("2031-11-10T02:00:00Z"));
    expect(archiveRetainUntil(new Date("2028-02-29T02:00:00Z"))).toEqual(new Date("2033-02-28T02:00:00Z"));
  });
});
