import { describe, expect, it } from "vitest";
import { describeSegment, inSegment, parseQuestions, periodInstants, periodOf, responseScore, suggestPeriod, waveCodeBase } from "./survey-waves";

const at = (iso: string) => new Date(iso);

describe("periods", () => {
  it("finds the quarter and half-year in China time", () => {
    expect(periodOf("QUARTERLY", at("2026-11-29T03:00:00Z"))).toEqual({ label: "2026Q4", startsOn: "2026-10-01", endsOn: "2026-12-31" });
    expect(periodOf("HALF_YEARLY", at("2026-11-29T03:00:00Z"))).toEqual({ label: "2026H2", startsOn: "2026-07-01", endsOn: "2026-12-31" });
    // 2026-03-31 17:00 UTC is already 1 April in China.
    expect(periodOf("QUARTERLY", at("2026-03-31T17:00:00Z"))).toEqual({ label: "2026Q2", startsOn: "2026-04-01", endsOn: "2026-06-30" });
    expect(periodOf("QUARTERLY", at("2028-02-10T00:00:00Z")).endsOn).toBe("2028-03-31");
  });

  it("suggests the current period, or the next when less than two weeks are left", () => {
    expect(suggestPeriod("QUARTERLY", at("2026-11-29T03:00:00Z")).label).toBe("2026Q4");
    expect(suggestPeriod("QUARTERLY", at("2026-12-20T03:00:00Z"))).toEqual({ label: "2027Q1", startsOn: "2027-01-01", endsOn: "2027-03-31" });
    expect(suggestPeriod("HALF_YEARLY", at("2026-12-20T03:00:00Z")).label).toBe("2027H1");
  });

  it("opens a period from the first day's start to the last day's end in China time, and codes it", () => {
    expect(periodInstants("2026-10-01", "2026-12-31")).toEqual({ startsAt: at("2026-09-30T16:00:00Z"), endsAt: at("2026-12-31T16:00:00Z") });
    expect(periodInstants("2026-02-30", "2026-03-01")).toBeNull();
    expect(waveCodeBase("CSI", "QUARTERLY", at("2026-09-30T16:00:00Z"))).toBe("CSI-2026Q4");
    expect(waveCodeBase("NPS", "HALF_YEARLY", at("2026-12-31T16:00:00Z"))).toBe("NPS-2027H1");
  });
});

describe("segments", () => {
  const zhang = { type: "PERSONAL", lifecycleStage: "ACTIVE", area: "北京市朝阳区" };
  it("matches every non-empty dimension, areas by prefix", () => {
    expect(inSegment({ types: [], stages: [], areas: [] }, zhang)).toBe(true);
    expect(inSegment({ types: ["PERSONAL"], stages: ["ACTIVE", "NEW"], areas: ["北京市"] }, zhang)).toBe(true);
    expect(inSegment({ types: ["ENTERPRISE"], stages: [], areas: [] }, zhang)).toBe(false);
    expect(inSegment({ types: [], stages: ["AT_RISK"], areas: [] }, zhang)).toBe(false);
    expect(inSegment({ types: [], stages: [], areas: ["北京市海淀区", "上海市"] }, zhang)).toBe(false);
    expect(inSegment({ types: [], stages: [], areas: ["北京市朝阳区"] }, { ...zhang, area: "北京市" })).toBe(false);
  });

  it("reads as one part per dimension, 'all' for an empty one", () => {
    const label = (d: string, v: string) => (d === "all" ? `全部${v}` : `${d}:${v}`);
    expect(describeSegment({ types: ["PERSONAL", "ENTERPRISE"], stages: [], areas: ["北京市"] }, label)).toBe("type:PERSONAL、type:ENTERPRISE · 全部stage · area:北京市");
    expect(describeSegment({ types: [], stages: ["NEW"], areas: [] }, label, ", ")).toBe("全部type · stage:NEW · 全部area");
  });
});

describe("scores", () => {
  const questions = parseQuestions([
    { id: "q1", kind: "SCALE_5", text: "网络质量", textEn: "Network", weight: 4 },
    { id: "q2", kind: "SCALE_5", text: "资费透明", textEn: "Pricing", weight: 2 },
    { id: "bad", kind: "TEXT", text: "x" },
    null,
  ]);
  it("reads the stored questions defensively", () => {
    expect(questions.map((q) => q.id)).toEqual(["q1", "q2"]);
    expect(parseQuestions("nonsense")).toEqual([]);
  });
  it("scores NPS by its headline and CSI by the weighted items on 0–100", () => {
    expect(responseScore("NPS", questions, 7, { q1: 1, q2: 1 })).toBe(7);
    expect(responseScore("CSI", questions, null, { q1: 5, q2: 5 })).toBe(100);
    expect(responseScore("CSI", questions, null, { q1: 1, q2: 1 })).toBe(0);
    // (75·4 + 25·2) / 6 = 58.33 → 58
    expect(responseScore("CSI", questions, null, { q1: 4, q2: 2 })).toBe(58);
    expect(responseScore("CSI", [], null, {})).toBeNull();
  });
});
