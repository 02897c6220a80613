import { describe, expect, it } from "vitest";
import { compareMetric, csat, csi, csiIndex, meetsTarget, monthBuckets, nps, percent } from "./metrics";

// Every figure below is worked out by hand in the comment beside it.
describe("metric formulas", () => {
  it("CSAT is the share of 4s and 5s", () => {
    // 5,4,4,3,1 → 3 of 5 = 60 %
    expect(csat([5, 4, 4, 3, 1])).toEqual({ value: 60, count: 5 });
    // 5,2,1 → 1 of 3 = 33.3 %
    expect(csat([5, 2, 1])).toEqual({ value: 33.3, count: 3 });
    expect(csat([])).toEqual({ value: null, count: 0 });
  });

  it("NPS is promoters minus detractors, 7 and 8 counting as passives", () => {
    // 10,9,9 promoters; 8,7 passives; 6,0 detractors → (3 − 2) / 7 = 14.29 % → 14
    expect(nps([10, 9, 9, 8, 7, 6, 0])).toEqual({ value: 14, count: 7 });
    // all detractors → −100
    expect(nps([0, 3, 6])).toEqual({ value: -100, count: 3 });
    expect(nps([7, 8])).toEqual({ value: 0, count: 2 });
    expect(nps([])).toEqual({ value: null, count: 0 });
  });

  it("a CSI answer's index is the weighted mean of its 1–5 items mapped to 0–100", () => {
    // 5 (100) × 2 + 3 (50) × 1 + 1 (0) × 1 = 250 / 4 = 62.5
    expect(csiIndex([{ score: 5, weight: 2 }, { score: 3, weight: 1 }, { score: 1, weight: 1 }])).toBe(62.5);
    // an unanswered item drops out: 4 (75) × 1 / 1 = 75
    expect(csiIndex([{ score: 4, weight: 1 }, { score: null, weight: 3 }])).toBe(75);
    expect(csiIndex([{ score: null, weight: 1 }])).toBeNull();
    // CSI over a period is the mean of the indexes: (62.5 + 75 + 100) / 3 = 79.17 → 79.2
    expect(csi([62.5, 75, 100])).toEqual({ value: 79.2, count: 3 });
  });

  it("percent rounds to one decimal and is null over nothing", () => {
    expect(percent(2, 3)).toEqual({ value: 66.7, count: 3 });
    expect(percent(0, 0)).toEqual({ value: null, count: 0 });
  });

  it("judges a change by the metric's direction", () => {
    expect(compareMetric("complaints", 20, 12)).toEqual({ delta: -8, verdict: "better" });
    expect(compareMetric("csat", 80, 75.5)).toEqual({ delta: -4.5, verdict: "worse" });
    expect(compareMetric("nps", 10, 10)).toEqual({ delta: 0, verdict: "same" });
    expect(compareMetric("csat", null, 75)).toEqual({ delta: null, verdict: null });
    expect(meetsTarget("complaints", 9, 10)).toBe(true);
    expect(meetsTarget("csat", 79.9, 80)).toBe(false);
    expect(meetsTarget("csat", null, 80)).toBeNull();
  });

  it("cuts a period into China-time months, clipped to the period", () => {
    // 2026-09-15 00:00 CST … 2026-11-10 00:00 CST
    const from = new Date("2026-09-14T16:00:00Z");
    const to = new Date("2026-11-09T16:00:00Z");
    const buckets = monthBuckets(from, to);
    expect(buckets.map((b) => b.label)).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(buckets[0]!.from).toEqual(from);
    expect(buckets[1]!.from).toEqual(new Date("2026-09-30T16:00:00Z"));
    expect(buckets[2]!.to).toEqual(to);
    expect(monthBuckets(new Date("2026-12-31T15:00:00Z"), new Date("2027-01-02T00:00:00Z")).map((b) => b.label)).toEqual(["2026-12", "2027-01"]);
  });
});
