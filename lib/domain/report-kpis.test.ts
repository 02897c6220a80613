import { describe, expect, it } from "vitest";
import { buildCsv, csvCell, groupHotspots, summarizeReportKpis, type ResolvedRow } from "./report-kpis";

const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));

// Every figure below is worked out by hand in the comment beside it.
describe("per-agent and per-team KPIs", () => {
  it("counts handled, FCR, SLA met and CSAT over what was resolved", () => {
    const resolved: ResolvedRow[] = [
      { resolvedAt: at(5), resolveBy: at(6), notFirstContact: false, rating: 5 }, // on time, first contact, happy
      { resolvedAt: at(8), resolveBy: at(6), notFirstContact: true, rating: 2 }, // late, handed over, unhappy
      { resolvedAt: at(6), resolveBy: at(6), notFirstContact: false, rating: 4 }, // exactly on the deadline counts as met
      { resolvedAt: at(9), resolveBy: null, notFirstContact: false, rating: null }, // no deadline: not in SLA; no rating
    ];
    const k = summarizeReportKpis(resolved, [], []);
    expect(k.handled).toBe(4);
    // first contact: 3 of 4 = 75 %
    expect(k.fcr).toEqual({ value: 75, count: 4 });
    // with a deadline: 3; met: 2 → 66.7 %
    expect(k.slaMet).toEqual({ value: 66.7, count: 3 });
    // ratings 5, 2, 4 → 2 of 3 are 4–5 = 66.7 %
    expect(k.csat).toEqual({ value: 66.7, count: 3 });
  });

  it("return-visit completion is done ÷ due, cancelled visits left out", () => {
    const k = summarizeReportKpis([], [{ status: "DONE" }, { status: "DONE" }, { status: "OPEN" }, { status: "CANCELLED" }], []);
    // due 3 (the cancelled one is not), done 2 → 66.7 %
    expect(k.followUps).toEqual({ due: 3, done: 2, completion: { value: 66.7, count: 3 } });
  });

  it("win-back: created in the period, done in the period, retained of those done", () => {
    const k = summarizeReportKpis(
      [],
      [],
      [
        { createdInPeriod: true, closedInPeriod: true, status: "DONE", outcome: "RETAINED" },
        { createdInPeriod: true, closedInPeriod: false, status: "OPEN", outcome: null },
        { createdInPeriod: false, closedInPeriod: true, status: "DONE", outcome: "DECLINED" },
        { createdInPeriod: true, closedInPeriod: true, status: "CANCELLED", outcome: null },
      ],
    );
    // created 3; done (DONE and closed in the period) 2; retained 1 → 50 %
    expect(k.winBack).toEqual({ created: 3, done: 2, retained: 1, retention: { value: 50, count: 2 } });
  });

  it("has no shares over nothing", () => {
    const k = summarizeReportKpis([], [], []);
    expect([k.fcr.value, k.slaMet.value, k.csat.value, k.followUps.completion.value, k.winBack.retention.value]).toEqual([null, null, null, null, null]);
  });
});

describe("complaint hot spots", () => {
  it("groups by category × area × plan, most first, with the previous period's count of the same cell", () => {
    const c = (category: string, area: string, planCode: string) => ({ category, area, planCode });
    const now = [c("BILLING", "北京市朝阳区", "M58"), c("NETWORK_QUALITY", "上海市徐汇区", "M128"), c("BILLING", "北京市朝阳区", "M58"), c("BILLING", "北京市海淀区", "M58"), c("OTHER", "上海市徐汇区", "")];
    const before = [c("BILLING", "北京市朝阳区", "M58"), c("BILLING", "北京市海淀区", "M58"), c("BILLING", "北京市海淀区", "M58"), c("HANDLING_TIME", "北京市朝阳区", "M58")];
    expect(groupHotspots(now, before)).toEqual([
      { ...c("BILLING", "北京市朝阳区", "M58"), count: 2, previous: 1 },
      // three cells of 1: the one with more before comes first, then by category
      { ...c("BILLING", "北京市海淀区", "M58"), count: 1, previous: 2 },
      { ...c("NETWORK_QUALITY", "上海市徐汇区", "M128"), count: 1, previous: 0 },
      { ...c("OTHER", "上海市徐汇区", ""), count: 1, previous: 0 },
    ]);
    expect(groupHotspots([], before)).toEqual([]);
  });
});

describe("CSV", () => {
  it("neutralises formulas and quotes what needs quoting", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+86 138")).toBe("'+86 138");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell('说"明",好')).toBe('"说""明"",好"');
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
    expect(csvCell("两行\n文字")).toBe('"两行\n文字"');
    // numbers are numbers: a negative NPS stays −12, not '−12
    expect(csvCell(-12)).toBe("-12");
    expect(csvCell(85.3)).toBe("85.3");
    expect(csvCell(null)).toBe("");
  });

  it("starts with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const csv = buildCsv(["类别", "投诉数"], [["计费收费", 3], ["=HYPERLINK(\"x\")", null]]);
    expect(csv).toBe('\uFEFF类别,投诉数\r\n计费收费,3\r\n"\'=HYPERLINK(""x"")",\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
