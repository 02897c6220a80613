import { describe, expect, it } from "vitest";
import { afterCall, bandOf, lifecycleAfterScore, offerParts, offerText, parseReasons, scoreChurn, usageDropPercent, usageMonths } from "./churn";

describe("scoreChurn", () => {
  it("scores nothing for a quiet customer", () => {
    expect(scoreChurn({})).toEqual({ score: 0, band: "LOW", reasons: [] });
  });

  it("gives each factor its points per occurrence (hand-computed)", () => {
    expect(scoreChurn({ COMPLAINTS: 1 }).reasons).toEqual([{ code: "COMPLAINTS", count: 1, points: 15 }]);
    expect(scoreChurn({ LOW_RATINGS: 2 }).reasons).toEqual([{ code: "LOW_RATINGS", count: 2, points: 20 }]);
    expect(scoreChurn({ STALE_REQUESTS: 1 }).reasons).toEqual([{ code: "STALE_REQUESTS", count: 1, points: 10 }]);
    expect(scoreChurn({ SLA_BREACHES: 2 }).reasons).toEqual([{ code: "SLA_BREACHES", count: 2, points: 20 }]);
    expect(scoreChurn({ DOWNGRADES: 1 }).reasons).toEqual([{ code: "DOWNGRADES", count: 1, points: 15 }]);
    expect(scoreChurn({ CONTRACT_ENDING: 1 }).reasons).toEqual([{ code: "CONTRACT_ENDING", count: 1, points: 10 }]);
    expect(scoreChurn({ TERMINATION_INTENT: 1 }).reasons).toEqual([{ code: "TERMINATION_INTENT", count: 1, points: 25 }]);
    expect(scoreChurn({ PORTING_CHECKS: 1 }).reasons).toEqual([{ code: "PORTING_CHECKS", count: 1, points: 20 }]);
  });

  it("caps each factor", () => {
    const r = scoreChurn({ COMPLAINTS: 9, LOW_RATINGS: 9, STALE_REQUESTS: 9, SLA_BREACHES: 9, DOWNGRADES: 9, CONTRACT_ENDING: 9, TERMINATION_INTENT: 9, PORTING_CHECKS: 9, usageDropPercent: 90 });
    expect(Object.fromEntries(r.reasons.map((x) => [x.code, x.points]))).toEqual({
      COMPLAINTS: 45,
      LOW_RATINGS: 30,
      STALE_REQUESTS: 20,
      SLA_BREACHES: 30,
      USAGE_DECLINE: 20,
      DOWNGRADES: 30,
      CONTRACT_ENDING: 20,
      TERMINATION_INTENT: 50,
      PORTING_CHECKS: 40,
    });
    expect(r.score).toBe(285);
    expect(r.reasons[0]).toEqual({ code: "TERMINATION_INTENT", count: 9, points: 50 });
  });

  it("counts a usage drop from 30 % only, with the drop as the count", () => {
    expect(scoreChurn({ usageDropPercent: 29 }).reasons).toEqual([]);
    expect(scoreChurn({ usageDropPercent: 30 }).reasons).toEqual([{ code: "USAGE_DECLINE", count: 30, points: 20 }]);
  });

  it("adds up and bands: 2 complaints + 1 breach + 1 stale = 50 MEDIUM; + 1 low rating = 60 HIGH", () => {
    const medium = scoreChurn({ COMPLAINTS: 2, SLA_BREACHES: 1, STALE_REQUESTS: 1 });
    expect(medium.score).toBe(50);
    expect(medium.band).toBe("MEDIUM");
    expect(medium.reasons.map((r) => r.code)).toEqual(["COMPLAINTS", "STALE_REQUESTS", "SLA_BREACHES"]);
    expect(scoreChurn({ COMPLAINTS: 2, SLA_BREACHES: 1, STALE_REQUESTS: 1, LOW_RATINGS: 1 })).toMatchObject({ score: 60, band: "HIGH" });
  });

  it("ignores negative and fractional counts", () => {
    expect(scoreChurn({ COMPLAINTS: -2, LOW_RATINGS: 1.7 }).reasons).toEqual([{ code: "LOW_RATINGS", count: 1, points: 10 }]);
  });
});

describe("bands", () => {
  it("has its thresholds at 30 and 60", () => {
    expect([0, 29, 30, 59, 60, 200].map(bandOf)).toEqual(["LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH", "HIGH"]);
  });
});

describe("usage", () => {
  const m = (dataMb: number, voiceMinutes = 0) => ({ dataMb, voiceMinutes });
  it("compares the last month with the average of the three before, the larger drop of data and voice", () => {
    expect(usageDropPercent(m(600, 100), [m(1000, 100), m(1000, 100), m(1000, 100)])).toBe(40);
    expect(usageDropPercent(m(1000, 20), [m(1000, 100), m(1000, 100), m(1000, 100)])).toBe(80);
    expect(usageDropPercent(m(1200), [m(1000), m(1000), m(1000)])).toBe(0);
  });
  it("needs three earlier months with usage", () => {
    expect(usageDropPercent(m(0), [m(1000), m(1000)])).toBe(0);
    expect(usageDropPercent(m(0), [m(0), m(0), m(0)])).toBe(0);
  });
  it("takes the months in China time", () => {
    expect(usageMonths(new Date("2026-11-29T04:00:00Z"))).toEqual({ last: "2026-10", before: ["2026-09", "2026-08", "2026-07"] });
    // 2026-11-30T16:30Z is 1 December 00:30 in Shanghai.
    expect(usageMonths(new Date("2026-11-30T16:30:00Z"))).toEqual({ last: "2026-11", before: ["2026-10", "2026-09", "2026-08"] });
    expect(usageMonths(new Date("2026-02-10T00:00:00Z"))).toEqual({ last: "2026-01", before: ["2025-12", "2025-11", "2025-10"] });
  });
});

describe("stored reasons and lifecycle", () => {
  it("reads back only well-formed reasons", () => {
    expect(parseReasons([{ code: "COMPLAINTS", count: 1, points: 15 }, { code: "GONE", count: 1, points: 5 }, null, "x"])).toEqual([{ code: "COMPLAINTS", count: 1, points: 15 }]);
    expect(parseReasons({})).toEqual([]);
  });
  it("moves only ACTIVE ↔ AT_RISK", () => {
    expect(lifecycleAfterScore("ACTIVE", "HIGH")).toBe("AT_RISK");
    expect(lifecycleAfterScore("ACTIVE", "MEDIUM")).toBeNull();
    expect(lifecycleAfterScore("AT_RISK", "MEDIUM")).toBe("ACTIVE");
    expect(lifecycleAfterScore("AT_RISK", "HIGH")).toBeNull();
    expect(lifecycleAfterScore("NEW", "HIGH")).toBeNull();
    expect(lifecycleAfterScore("CHURNED", "LOW")).toBeNull();
  });
});

describe("win-back", () => {
  const now = new Date("2026-11-29T04:00:00Z");
  const task = { attempts: 0, dueAt: new Date("2026-11-30T10:00:00Z") };
  it("stores and reads offers", () => {
    expect(offerText("VOUCHER", " 50 元话费券 ")).toBe("VOUCHER:50 元话费券");
    expect(offerText("DATA_PACK", "")).toBe("DATA_PACK");
    expect(offerParts("VOUCHER:50 元话费券")).toEqual({ offer: "VOUCHER", detail: "50 元话费券" });
    expect(offerParts("DATA_PACK")).toEqual({ offer: "DATA_PACK", detail: "" });
    expect(offerParts("送一个月宽带")).toEqual({ offer: "OTHER", detail: "送一个月宽带" });
  });
  it("closes on RETAINED and DECLINED", () => {
    expect(afterCall(task, { outcome: "RETAINED" }, now)).toEqual({ status: "DONE", attempts: 1, dueAt: task.dueAt });
    expect(afterCall(task, { outcome: "DECLINED" }, now)).toEqual({ status: "DONE", attempts: 1, dueAt: task.dueAt });
  });
  it("retries NOT_REACHED a day later until the third attempt", () => {
    expect(afterCall(task, { outcome: "NOT_REACHED" }, now)).toEqual({ status: "OPEN", attempts: 1, dueAt: new Date("2026-11-30T04:00:00Z") });
    expect(afterCall({ ...task, attempts: 2 }, { outcome: "NOT_REACHED" }, now)).toEqual({ status: "DONE", attempts: 3, dueAt: task.dueAt });
  });
  it("keeps CALL_BACK open until the agreed time", () => {
    const at = new Date("2026-12-02T02:00:00Z");
    expect(afterCall(task, { outcome: "CALL_BACK", callBackAt: at }, now)).toEqual({ status: "OPEN", attempts: 1, dueAt: at });
  });
});
