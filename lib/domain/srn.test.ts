import { describe, expect, it } from "vitest";
import { SRN_MAX_PER_DAY, SRN_PATTERN, formatSrn, normalizeSrn } from "./srn";

describe("formatSrn", () => {
  it("is SR + the China-time date + a zero-padded 6-digit sequence", () => {
    expect(formatSrn(new Date("2026-11-28T02:00:00Z"), 1)).toBe("SR20261128000001");
    expect(formatSrn(new Date("2026-11-28T02:00:00Z"), 123)).toBe("SR20261128000123");
    expect(formatSrn(new Date("2026-11-28T02:00:00Z"), SRN_MAX_PER_DAY)).toBe("SR20261128999999");
  });

  it("turns the day at 16:00 UTC (midnight in China)", () => {
    expect(formatSrn(new Date("2026-11-28T15:59:59.999Z"), 7)).toBe("SR20261128000007");
    expect(formatSrn(new Date("2026-11-28T16:00:00.000Z"), 7)).toBe("SR20261129000007");
    // New Year in China comes eight hours before New Year in UTC.
    expect(formatSrn(new Date("2026-12-31T16:00:00Z"), 1)).toBe("SR20270101000001");
  });

  it("matches its own pattern", () => {
    expect(SRN_PATTERN.test(formatSrn(new Date(), 42))).toBe(true);
  });

  it.each([0, -1, 1.5, SRN_MAX_PER_DAY + 1, Number.NaN, Number.POSITIVE_INFINITY])("rejects sequence %s", (seq) => {
    expect(() => formatSrn(new Date("2026-11-28T02:00:00Z"), seq)).toThrow(RangeError);
  });
});

describe("normalizeSrn", () => {
  it("forgives spaces and lower case", () => {
    expect(normalizeSrn("SR20261128000001")).toBe("SR20261128000001");
    expect(normalizeSrn(" sr2026 1128 000001 ")).toBe("SR20261128000001");
    expect(normalizeSrn("Sr20261128\t000001")).toBe("SR20261128000001");
  });

  it.each(["", "SR", "SR2026112800001", "SR202611280000012", "XX20261128000001", "SR2026112800000A", "SR-20261128-000001"])(
    "returns null for %j",
    (value) => {
      expect(normalizeSrn(value)).toBeNull();
    },
  );
});
