import { describe, expect, it } from "vitest";
import { periodOf, periodQuery, readReportPeriod, recentQuarters, trendWindow } from "./report-period";

// 2026-11-29 10:00 China time.
const now = new Date("2026-11-29T02:00:00Z");

describe("report period", () => {
  it("the last 30 days end with today (China time) and are compared with the 30 days before", () => {
    const p = periodOf({ range: "30d" }, now);
    // today ends 2026-11-30 00:00 CST = 2026-11-29T16:00Z; 30 days back = 2026-10-30T16:00Z (31 Oct CST)
    expect(p.to.toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(p.from.toISOString()).toBe("2026-10-30T16:00:00.000Z");
    expect([p.fromDate, p.toDate, p.days]).toEqual(["2026-10-31", "2026-11-29", 30]);
    expect([p.previous.fromDate, p.previous.toDate]).toEqual(["2026-10-01", "2026-10-30"]);
  });

  it("a quarter is its three calendar months in China time", () => {
    const p = periodOf({ range: "2026Q3" }, now);
    expect(p.from.toISOString()).toBe("2026-06-30T16:00:00.000Z");
    expect(p.to.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    // July + August + September = 92 days; the previous 92 days start 31 March
    expect([p.days, p.previous.fromDate, p.previous.toDate]).toEqual([92, "2026-03-31", "2026-06-30"]);
  });

  it("custom dates include both days", () => {
    const p = periodOf({ range: "custom", from: "2026-09-01", to: "2026-09-30" }, now);
    expect([p.fromDate, p.toDate, p.days]).toEqual(["2026-09-01", "2026-09-30", 30]);
    expect(periodQuery(p)).toBe("range=custom&from=2026-09-01&to=2026-09-30");
  });

  it("bad input falls back to the last 90 days with the reason", () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ range: "7d" }, "reports.invalid.range"],
      [{ range: "1999Q1" }, "reports.invalid.quarter"],
      [{ range: "custom", from: "2026-02-30", to: "2026-03-01" }, "reports.invalid.date"],
      [{ range: "custom", from: "2026-10-01", to: "2026-09-01" }, "reports.invalid.order"],
      [{ range: "custom", from: "2024-01-01", to: "2026-01-01" }, "reports.invalid.tooLong"],
      [{ from: "yesterday" }, "reports.invalid.date"],
    ];
    for (const [query, error] of cases) {
      const r = readReportPeriod(query, now);
      expect(r.error, JSON.stringify(query)).toBe(error);
      expect([r.period.range, r.period.days]).toEqual(["90d", 90]);
    }
    expect(readReportPeriod({}, now)).toMatchObject({ error: null, period: { range: "90d" } });
    // dates without a range are a custom period (the hot-spot drill-down's links)
    expect(readReportPeriod({ from: "2026-11-01", to: "2026-11-29" }, now)).toMatchObject({ error: null, period: { range: "custom", days: 29 } });
  });

  it("lists the recent quarters and a trend of at least six whole months", () => {
    expect(recentQuarters(now, 3)).toEqual(["2026Q4", "2026Q3", "2026Q2"]);
    const w = trendWindow(periodOf({ range: "30d" }, now));
    // June … November 2026
    expect([w.from.toISOString(), w.to.toISOString()]).toEqual(["2026-05-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"]);
  });
});
