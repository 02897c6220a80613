import { describe, expect, it } from "vitest";
import { AREAS, anyAreaCovers, areaCovers, areaLabel, isKnownArea } from "./areas";

describe("service areas", () => {
  it("a city covers its districts, a district only itself", () => {
    expect(areaCovers("北京市", "北京市朝阳区")).toBe(true);
    expect(areaCovers("北京市朝阳区", "北京市朝阳区")).toBe(true);
    expect(areaCovers("北京市朝阳区", "北京市海淀区")).toBe(false);
    expect(areaCovers("北京市朝阳区", "北京市")).toBe(false);
    expect(areaCovers("", "北京市")).toBe(false);
    expect(anyAreaCovers(["上海市", "北京市海淀区"], "北京市海淀区")).toBe(true);
    expect(anyAreaCovers([], "北京市海淀区")).toBe(false);
  });

  it("every district names a listed parent that covers it, and names are unique", () => {
    expect(new Set(AREAS.map((a) => a.name)).size).toBe(AREAS.length);
    for (const a of AREAS.filter((x) => x.parent)) {
      expect(isKnownArea(a.parent!)).toBe(true);
      expect(areaCovers(a.parent!, a.name)).toBe(true);
    }
  });

  it("labels in English, and keeps an unknown name as it is", () => {
    expect(areaLabel("上海市徐汇区", "en")).toBe("Xuhui, Shanghai");
    expect(areaLabel("上海市徐汇区", "zh-CN")).toBe("上海市徐汇区");
    expect(areaLabel("天津市", "en")).toBe("天津市");
  });
});
