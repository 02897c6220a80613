import { describe, expect, it } from "vitest";
import { areaPrefixes, areaTouches, durationMinutes, etaState, historySince, hoursAndMinutes, localized, statusGrid } from "./status";

const cell = (rows: ReturnType<typeof statusGrid>, area: string, service: string) => rows.find((r) => r.area === area)!.cells.find((c) => c.service === service)!;

describe("statusGrid", () => {
  it("is every listed area × the four services, all normal without incidents", () => {
    const rows = statusGrid([]);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.cells.map((c) => c.service).join() === "MOBILE,BROADBAND,IOT,CLOUD")).toBe(true);
    expect(rows.flatMap((r) => r.cells).some((c) => c.disrupted)).toBe(false);
  });

  it("marks the incident's area, the areas it covers and the areas that cover it, for its services only", () => {
    const rows = statusGrid([{ services: ["MOBILE"], areas: ["北京市朝阳区"] }, { services: ["BROADBAND", "CLOUD"], areas: ["上海市"] }]);
    expect(cell(rows, "北京市朝阳区", "MOBILE")).toEqual({ service: "MOBILE", disrupted: true, incidents: 1 });
    expect(cell(rows, "北京市", "MOBILE").disrupted).toBe(true);
    expect(cell(rows, "北京市海淀区", "MOBILE").disrupted).toBe(false);
    expect(cell(rows, "北京市朝阳区", "BROADBAND").disrupted).toBe(false);
    expect(cell(rows, "上海市徐汇区", "BROADBAND").disrupted).toBe(true);
    expect(cell(rows, "上海市浦东新区", "CLOUD").disrupted).toBe(true);
    expect(cell(rows, "上海市", "IOT").disrupted).toBe(false);
    expect(cell(rows, "广东省深圳市", "MOBILE").disrupted).toBe(false);
  });

  it("counts overlapping incidents in a cell", () => {
    const rows = statusGrid([{ services: ["MOBILE"], areas: ["北京市"] }, { services: ["MOBILE"], areas: ["北京市海淀区"] }], ["北京市海淀区"]);
    expect(cell(rows, "北京市海淀区", "MOBILE").incidents).toBe(2);
  });
});

describe("areas", () => {
  it("touch in both directions but not sideways", () => {
    expect(areaTouches("北京市", "北京市朝阳区")).toBe(true);
    expect(areaTouches("北京市朝阳区", "北京市")).toBe(true);
    expect(areaTouches("北京市朝阳区", "北京市海淀区")).toBe(false);
    expect(areaTouches("", "北京市")).toBe(false);
  });

  it("prefixes: an incident area covers a line exactly when it is one of them", () => {
    expect(areaPrefixes("北京市朝阳区")).toEqual(["北", "北京", "北京市", "北京市朝", "北京市朝阳", "北京市朝阳区"]);
    expect(areaPrefixes("")).toEqual([]);
  });
});

describe("time", () => {
  const now = new Date("2026-11-28T10:00:00Z");
  it("ETA: none, time left (rounded up), or overdue", () => {
    expect(etaState(null, now)).toEqual({ kind: "none" });
    expect(etaState(new Date("2026-11-28T11:20:30Z"), now)).toEqual({ kind: "left", minutes: 81 });
    expect(etaState(new Date("2026-11-28T10:00:00Z"), now)).toEqual({ kind: "overdue", minutes: 0 });
    expect(etaState(new Date("2026-11-28T08:45:00Z"), now)).toEqual({ kind: "overdue", minutes: 75 });
  });

  it("durations in whole minutes, never negative, split into hours and minutes", () => {
    expect(durationMinutes(new Date("2026-11-28T08:00:00Z"), new Date("2026-11-28T10:05:00Z"))).toBe(125);
    expect(durationMinutes(now, new Date("2026-11-28T09:00:00Z"))).toBe(0);
    expect(hoursAndMinutes(125)).toEqual({ hours: 2, minutes: 5 });
    expect(hoursAndMinutes(59)).toEqual({ hours: 0, minutes: 59 });
  });

  it("the history starts 90 days back", () => {
    expect(historySince(now).toISOString()).toBe("2026-08-30T10:00:00.000Z");
  });

  it("English text only when there is one", () => {
    expect(localized("中文", "English", "en")).toBe("English");
    expect(localized("中文", " ", "en")).toBe("中文");
    expect(localized("中文", "English", "zh-CN")).toBe("中文");
  });
});
