import { describe, expect, it } from "vitest";
import {
  IMPROVEMENT_CODE_PATTERN,
  canMove,
  defaultBaselinePeriod,
  defaultCheckPeriod,
  formatDelta,
  formatImprovementCode,
  formatMetricValue,
  hotspotOf,
  improvementCounterKey,
  isOverdue,
  nextStage,
  normalizeImprovementCode,
  quarterOf,
  scopeFor,
} from "./improvements";
import { createImprovementSchema, targetError } from "../schemas/improvements";

describe("improvement codes", () => {
  it("is IMP + yyyyMM of China time + 3 digits, from the month's counter", () => {
    // 2026-11-30 17:00 UTC is already 1 December in China.
    const at = new Date("2026-11-30T17:00:00Z");
    expect(improvementCounterKey(at)).toBe("IMP:202612");
    expect(formatImprovementCode(at, 7)).toBe("IMP202612007");
    expect(formatImprovementCode(new Date("2026-11-29T03:00:00Z"), 123)).toBe("IMP202611123");
    expect(IMPROVEMENT_CODE_PATTERN.test("IMP202611123")).toBe(true);
    expect(() => formatImprovementCode(at, 0)).toThrow(RangeError);
    expect(() => formatImprovementCode(at, 1000)).toThrow(RangeError);
    expect(normalizeImprovementCode(" imp202611 001 ")).toBe("IMP202611001");
    expect(normalizeImprovementCode("INC20261129001")).toBeNull();
  });
});

describe("quarterOf", () => {
  it("names the quarter of the China-time date", () => {
    expect(quarterOf(new Date("2026-11-29T03:00:00Z"))).toBe("2026-Q4");
    expect(quarterOf(new Date("2026-03-31T15:59:00Z"))).toBe("2026-Q1");
    // 16:00 UTC on 31 March is 1 April in China.
    expect(quarterOf(new Date("2026-03-31T16:00:00Z"))).toBe("2026-Q2");
    expect(quarterOf(new Date("2026-12-31T16:30:00Z"))).toBe("2027-Q1");
  });
});

describe("status moves", () => {
  it("goes PLAN → DO → CHECK → ACT in order; anything open may be cancelled; closed is final", () => {
    expect(canMove("PLAN", "DO")).toBe(true);
    expect(canMove("DO", "CHECK")).toBe(true);
    expect(canMove("CHECK", "ACT")).toBe(true);
    expect(canMove("PLAN", "CHECK")).toBe(false);
    expect(canMove("PLAN", "ACT")).toBe(false);
    expect(canMove("CHECK", "DO")).toBe(false);
    expect(canMove("ACT", "CLOSED")).toBe(false);
    for (const s of ["PLAN", "DO", "CHECK", "ACT"] as const) expect(canMove(s, "CANCELLED")).toBe(true);
    expect(canMove("CLOSED", "CANCELLED")).toBe(false);
    expect(canMove("CANCELLED", "DO")).toBe(false);
    expect([nextStage("PLAN"), nextStage("DO"), nextStage("CHECK"), nextStage("ACT"), nextStage("CLOSED")]).toEqual(["DO", "CHECK", "ACT", null, null]);
  });
});

describe("default periods", () => {
  const now = new Date("2026-11-29T03:00:00Z");
  it("baseline: the 90 days up to now", () => {
    expect(defaultBaselinePeriod(now)).toEqual({ from: new Date("2026-08-31T03:00:00Z"), to: now });
  });
  it("check: from when Do started (else the baseline's end) until now", () => {
    const started = new Date("2026-11-01T00:00:00Z");
    expect(defaultCheckPeriod(started, new Date("2026-10-01T00:00:00Z"), now)).toEqual({ from: started, to: now });
    expect(defaultCheckPeriod(null, new Date("2026-10-01T00:00:00Z"), now).from).toEqual(new Date("2026-10-01T00:00:00Z"));
  });
  it("an action is overdue when not done after its due time", () => {
    expect(isOverdue({ dueAt: new Date("2026-11-28T00:00:00Z"), doneAt: null }, now)).toBe(true);
    expect(isOverdue({ dueAt: new Date("2026-11-28T00:00:00Z"), doneAt: now }, now)).toBe(false);
    expect(isOverdue({ dueAt: new Date("2026-12-01T00:00:00Z"), doneAt: null }, now)).toBe(false);
  });
});

describe("scope and display", () => {
  it("keeps only the scope fields the metric accepts, and the hot spot's fields", () => {
    expect(scopeFor("complaints", { requestType: "FAULT_REPAIR", category: "BILLING", area: " 北京市 ", planCode: "" })).toEqual({ category: "BILLING", area: "北京市" });
    expect(scopeFor("nps", { category: "BILLING", area: "北京市", teamId: "t1" })).toEqual({ area: "北京市" });
    expect(hotspotOf({ category: "BILLING", teamId: "t" })).toEqual({ category: "BILLING" });
    expect(hotspotOf({ teamId: "t" })).toBeNull();
  });
  it("formats values and deltas in the metric's unit", () => {
    expect(formatMetricValue("count", 12)).toBe("12");
    expect(formatMetricValue("percent", 66.66)).toBe("66.7%");
    expect(formatMetricValue("nps", 33)).toBe("+33");
    expect(formatMetricValue("index", null)).toBe("—");
    expect(formatDelta("count", -3)).toBe("−3");
    expect(formatDelta("percent", 4.25)).toBe("+4.3");
  });
  it("checks the target in the metric's unit, and the period's order", () => {
    expect(targetError("count", "2.5")).toBe("improvements.validation.target.count");
    expect(targetError("percent", "101")).toBe("improvements.validation.target.percent");
    expect(targetError("nps", "-20")).toBeNull();
    expect(targetError("count", "")).toBeNull();
    const input = { title: "账单投诉治理", problem: "北京地区账单重复扣费投诉集中。", metricKey: "complaints", requestType: "", category: "BILLING", area: "北京市", planCode: "", teamId: "", targetValue: "1", baselineFrom: "2026-09-01", baselineTo: "2026-11-29", linkBaseline: true, fromHotspot: true };
    expect(createImprovementSchema.safeParse(input).success).toBe(true);
    const reversed = createImprovementSchema.safeParse({ ...input, baselineFrom: "2026-11-29", baselineTo: "2026-09-01" });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]).toMatchObject({ path: ["baselineTo"], message: "improvements.validation.periodOrder" });
    expect(createImprovementSchema.safeParse({ ...input, area: "火星" }).success).toBe(false);
  });
});
