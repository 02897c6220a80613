import { describe, expect, it } from "vitest";
import { countOrNull, fenToYuanInput, kindChangeAllowed, yuanToFen } from "./plan-catalogue";

describe("yuanToFen", () => {
  it("turns yuan with up to two decimals into fen exactly", () => {
    expect(["0", "58", "58.5", "58.50", "0.05", "19.99", "999999.99"].map(yuanToFen)).toEqual([0, 5800, 5850, 5850, 5, 1999, 99_999_999]);
  });
  it("refuses negative amounts, three decimals and anything else", () => {
    expect(["-1", "1.234", "", "abc", "1,5", "1.", ".5", "1e3", "1000000"].map(yuanToFen)).toEqual(Array(9).fill(null));
  });
  it("round-trips with fenToYuanInput", () => {
    for (const fen of [0, 5, 1999, 5800, 12_345]) expect(yuanToFen(fenToYuanInput(fen))).toBe(fen);
    expect(fenToYuanInput(5850)).toBe("58.50");
  });
});

describe("countOrNull", () => {
  it("is null for blank and the number otherwise", () => {
    expect([countOrNull(""), countOrNull("  "), countOrNull("300"), countOrNull("0")]).toEqual([null, null, 300, 0]);
  });
});

describe("kindChangeAllowed", () => {
  it("keeps the kind of a plan lines are on", () => {
    expect(kindChangeAllowed("MOBILE", "IOT", 1)).toBe(false);
    expect(kindChangeAllowed("MOBILE", "MOBILE", 5)).toBe(true);
    expect(kindChangeAllowed("MOBILE", "IOT", 0)).toBe(true);
  });
});
