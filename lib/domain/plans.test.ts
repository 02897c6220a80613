import { describe, expect, it } from "vitest";
import {
  checkPlanChange,
  chartMonths,
  contractEndsAt,
  coversUsage,
  dataAmount,
  feeDifferenceFen,
  fullMonthsBefore,
  isSystemDriven,
  planChangeEffectiveAt,
  recommendPlan,
  type MonthUsage,
  type PlanTerms,
} from "./plans";

const GB = 1024;
const plan = (code: string, fee: number, over: Partial<PlanTerms> = {}): PlanTerms => ({
  code,
  kind: "MOBILE",
  monthlyFeeFen: fee,
  dataMb: null,
  voiceMinutes: null,
  smsCount: null,
  speedMbps: null,
  contractMonths: 0,
  ...over,
});
const M19 = plan("M19", 1900, { dataMb: 5 * GB, voiceMinutes: 100, smsCount: 50 });
const M39 = plan("M39", 3900, { dataMb: 15 * GB, voiceMinutes: 200, smsCount: 100 });
const M58 = plan("M58", 5800, { dataMb: 30 * GB, voiceMinutes: 300, smsCount: 100 });
const M128 = plan("M128", 12800, { dataMb: 100 * GB, voiceMinutes: 1000, smsCount: 300 });
const MOBILE = [M19, M39, M58, M128];
const use = (month: string, dataGb: number, voice = 100, sms = 20): MonthUsage => ({ month, dataMb: Math.round(dataGb * GB), voiceMinutes: voice, smsCount: sms });

// 2026-12-10 10:00 China time.
const now = new Date("2026-12-10T02:00:00Z");

describe("coversUsage", () => {
  it("covers a mobile month within every allowance, up to and including the allowance", () => {
    expect(coversUsage(M39, use("2026-11", 15, 200, 100), M128)).toBe(true);
    expect(coversUsage(M39, { month: "2026-11", dataMb: 15 * GB + 1, voiceMinutes: 0, smsCount: 0 }, M128)).toBe(false);
    expect(coversUsage(M39, use("2026-11", 1, 201), M128)).toBe(false);
    expect(coversUsage(M39, use("2026-11", 1, 10, 101), M128)).toBe(false);
  });

  it("reads a null allowance as unlimited or not applicable", () => {
    const unlimitedCalls = plan("MU", 9900, { dataMb: 10 * GB, voiceMinutes: null, smsCount: null });
    expect(coversUsage(unlimitedCalls, use("2026-11", 9, 99_999, 99_999), M128)).toBe(true);
    const iot = plan("IOT10", 1000, { kind: "IOT", dataMb: GB });
    expect(coversUsage(iot, { month: "2026-11", dataMb: 900, voiceMinutes: 0, smsCount: 40 }, plan("IOT30", 3000, { kind: "IOT", dataMb: 5 * GB }))).toBe(true);
  });

  it("covers broadband by speed and cloud by tier, whatever the traffic", () => {
    const bb300 = plan("BB300", 9900, { kind: "BROADBAND", speedMbps: 300 });
    const bb500 = plan("BB500", 12900, { kind: "BROADBAND", speedMbps: 500 });
    const bb100 = plan("BB100", 5900, { kind: "BROADBAND", speedMbps: 100 });
    const heavy = use("2026-11", 900);
    expect(coversUsage(bb500, heavy, bb300)).toBe(true);
    expect(coversUsage(bb300, heavy, bb300)).toBe(true);
    expect(coversUsage(bb100, heavy, bb300)).toBe(false);
    const small = plan("CLOUD-S", 29900, { kind: "CLOUD", speedMbps: 5 });
    const medium = plan("CLOUD-M", 59900, { kind: "CLOUD", speedMbps: 10 });
    expect(coversUsage(medium, heavy, small)).toBe(true);
    expect(coversUsage(small, use("2026-11", 0), medium)).toBe(false);
  });

  it("never covers with a plan of another kind", () => {
    expect(coversUsage(plan("IOT", 100, { kind: "IOT" }), use("2026-11", 0, 0, 0), M19)).toBe(false);
  });
});

describe("months", () => {
  it("looks back on the full months before the current one, across a year end", () => {
    expect(fullMonthsBefore(now, 3)).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(fullMonthsBefore(new Date("2027-01-31T15:00:00Z"), 3)).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(chartMonths(now)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
  });

  it("takes the month in China time: 1 Jan 00:30 there is still 31 Dec in UTC", () => {
    expect(fullMonthsBefore(new Date("2026-12-31T16:30:00Z"), 1)).toEqual(["2026-12"]);
  });
});

describe("recommendPlan", () => {
  const usage = [use("2026-09", 7.5, 150, 30), use("2026-10", 8.2, 120, 25), use("2026-11", 8.9, 160, 40), use("2026-12", 40)];

  it("names the cheapest plan that covered each of the last three full months, with the monthly saving in fen", () => {
    const r = recommendPlan({ current: M128, plans: MOBILE, usage, lockInEndsAt: null, now });
    expect(r).toEqual({ plan: M39, savingFen: 8900, months: ["2026-09", "2026-10", "2026-11"], blockedUntil: null });
  });

  it("ignores the current, partial month and months outside the window", () => {
    const r = recommendPlan({ current: M128, plans: MOBILE, usage: [...usage, use("2026-08", 90)], lockInEndsAt: null, now });
    expect(r?.plan.code).toBe("M39");
  });

  it("judges by the months that have records (a line opened two months ago)", () => {
    const r = recommendPlan({ current: M128, plans: MOBILE, usage: [use("2026-10", 3), use("2026-11", 4.5, 90, 10)], lockInEndsAt: null, now });
    expect(r).toMatchObject({ plan: { code: "M19" }, savingFen: 10900, months: ["2026-10", "2026-11"] });
  });

  it("recommends nothing without usage, or when nothing cheaper covers it", () => {
    expect(recommendPlan({ current: M128, plans: MOBILE, usage: [use("2026-12", 1)], lockInEndsAt: null, now })).toBeNull();
    expect(recommendPlan({ current: M58, plans: MOBILE, usage: [use("2026-11", 29, 290, 90)], lockInEndsAt: null, now })).toBeNull();
    expect(recommendPlan({ current: M19, plans: MOBILE, usage: [use("2026-11", 1)], lockInEndsAt: null, now })).toBeNull();
  });

  it("one heavy month in three rules a small plan out", () => {
    const r = recommendPlan({ current: M128, plans: MOBILE, usage: [use("2026-09", 4), use("2026-10", 20), use("2026-11", 4)], lockInEndsAt: null, now });
    expect(r).toMatchObject({ plan: { code: "M58" }, savingFen: 7000 });
  });

  it("leaves out inactive plans and plans of other kinds", () => {
    const plans = [{ ...M19, active: false }, { ...M39, kind: "IOT" as const }, M58, M128];
    expect(recommendPlan({ current: M128, plans, usage, lockInEndsAt: null, now })?.plan.code).toBe("M58");
  });

  it("still names the move during a contract term, with the date it becomes possible", () => {
    const ends = new Date("2027-03-01T00:00:00Z");
    expect(recommendPlan({ current: M128, plans: MOBILE, usage, lockInEndsAt: ends, now })).toMatchObject({ plan: { code: "M39" }, blockedUntil: ends });
    const ended = new Date("2026-12-01T00:00:00Z");
    expect(recommendPlan({ current: M128, plans: MOBILE, usage, lockInEndsAt: ended, now })?.blockedUntil).toBeNull();
  });
});

describe("fees and the effective date", () => {
  it("gives the fee difference in fen, negative when the new plan is cheaper", () => {
    expect(feeDifferenceFen(M58, M128)).toBe(7000);
    expect(feeDifferenceFen(M128, M39)).toBe(-8900);
    expect(feeDifferenceFen(M58, M58)).toBe(0);
  });

  it.each([
    ["31 Jan 23:59 China time → 1 Feb", "2027-01-31T15:59:00Z", "2027-01-31T16:00:00.000Z"],
    ["1 Feb 00:00 China time → 1 Mar", "2027-01-31T16:00:00Z", "2027-02-28T16:00:00.000Z"],
    ["28 Feb → 1 Mar", "2027-02-28T04:00:00Z", "2027-02-28T16:00:00.000Z"],
    ["29 Feb of a leap year → 1 Mar", "2028-02-29T10:00:00Z", "2028-02-29T16:00:00.000Z"],
    ["December → 1 January of the next year", "2026-12-31T15:59:59Z", "2026-12-31T16:00:00.000Z"],
    ["1 Jan 00:30 China time (31 Dec in UTC) → 1 Feb", "2026-12-31T16:30:00Z", "2027-01-31T16:00:00.000Z"],
    ["mid-November → 1 December", "2026-11-15T06:00:00Z", "2026-11-30T16:00:00.000Z"],
  ])("takes effect at 00:00 China time on the first of the next month: %s", (_name, at, expected) => {
    expect(planChangeEffectiveAt(new Date(at)).toISOString()).toBe(expected);
  });
});

describe("contractEndsAt", () => {
  const jan = new Date("2026-12-31T16:00:00Z");
  it("runs a new plan's term from its effective date, keeping a later existing end", () => {
    expect(contractEndsAt(jan, 12)?.toISOString()).toBe("2027-12-31T16:00:00.000Z");
    expect(contractEndsAt(jan, 0, null)).toBeNull();
    const later = new Date("2029-01-01T00:00:00Z");
    expect(contractEndsAt(jan, 12, later)).toBe(later);
    const earlier = new Date("2027-03-01T00:00:00Z");
    expect(contractEndsAt(jan, 12, earlier)?.toISOString()).toBe("2027-12-31T16:00:00.000Z");
    expect(contractEndsAt(jan, 0, earlier)).toBe(earlier);
  });
});

describe("checkPlanChange", () => {
  const lockedUntil = new Date(now.getTime() + 86_400_000);
  it("allows another active plan of the same kind", () => {
    expect(checkPlanChange({ current: M58, target: M39, lockInEndsAt: null, now })).toEqual({ ok: true });
    expect(checkPlanChange({ current: M58, target: M128, lockInEndsAt: null, now })).toEqual({ ok: true });
  });

  it("refuses the same plan, another kind and an inactive plan", () => {
    expect(checkPlanChange({ current: M58, target: M58, lockInEndsAt: null, now })).toEqual({ ok: false, reason: "samePlan" });
    expect(checkPlanChange({ current: M58, target: { ...M39, kind: "IOT" }, lockInEndsAt: null, now })).toEqual({ ok: false, reason: "otherKind" });
    expect(checkPlanChange({ current: M58, target: { ...M39, active: false }, lockInEndsAt: null, now })).toEqual({ ok: false, reason: "inactive" });
  });

  it("during a contract term allows only a monthly fee at least the current one", () => {
    expect(checkPlanChange({ current: M58, target: M39, lockInEndsAt: lockedUntil, now })).toEqual({ ok: false, reason: "lockIn" });
    expect(checkPlanChange({ current: M58, target: M128, lockInEndsAt: lockedUntil, now })).toEqual({ ok: true });
    expect(checkPlanChange({ current: M58, target: plan("M58B", 5800), lockInEndsAt: lockedUntil, now })).toEqual({ ok: true });
  });

  it("lifts the restriction once the term has ended", () => {
    expect(checkPlanChange({ current: M58, target: M39, lockInEndsAt: now, now })).toEqual({ ok: true });
  });
});

describe("helpers", () => {
  it("marks only a pending plan change as driven by the system", () => {
    expect(isSystemDriven("PLAN_CHANGE", "ACCEPTED")).toBe(true);
    expect(isSystemDriven("PLAN_CHANGE", "RESOLVED")).toBe(false);
    expect(isSystemDriven("FAULT_REPAIR", "ACCEPTED")).toBe(false);
  });

  it("shows data in GB from 1 GB up, in MB below", () => {
    expect(dataAmount(8 * GB + 205)).toEqual({ value: 8.2, unit: "GB" });
    expect(dataAmount(GB)).toEqual({ value: 1, unit: "GB" });
    expect(dataAmount(900)).toEqual({ value: 900, unit: "MB" });
  });
});
