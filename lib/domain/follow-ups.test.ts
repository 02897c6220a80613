import { describe, expect, it } from "vitest";
import { isSampled, samplePercent } from "./follow-ups";

describe("samplePercent", () => {
  it("is 20 by default and takes a whole number 0–100 from the environment", () => {
    expect(samplePercent(undefined)).toBe(20);
    expect(samplePercent("")).toBe(20);
    expect(samplePercent("35")).toBe(35);
    expect(samplePercent("0")).toBe(0);
    expect(samplePercent("100")).toBe(100);
    for (const bad of ["-1", "101", "12.5", "all"]) expect(samplePercent(bad), bad).toBe(20);
  });
});

describe("isSampled", () => {
  const ids = Array.from({ length: 4000 }, (_, i) => `cmreq${i.toString(36).padStart(8, "0")}`);

  it("gives the same answer for the same request", () => {
    for (const id of ids.slice(0, 50)) expect(isSampled(id, 30)).toBe(isSampled(id, 30));
  });

  it("samples about the policy's share, none at 0 % and all at 100 %", () => {
    const share = ids.filter((id) => isSampled(id, 20)).length / ids.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    expect(ids.some((id) => isSampled(id, 0))).toBe(false);
    expect(ids.every((id) => isSampled(id, 100))).toBe(true);
  });
});
