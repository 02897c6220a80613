import { describe, expect, it } from "vitest";
import { needsReturnVisit, npsResponseSchema, rateRequestSchema } from "./rating";

const SRN = "SR20261128000001";
const valid = { srn: SRN, score: "4", reasons: ["friendly"], comment: "", resolved: "yes" };
const errorsOf = (schema: typeof rateRequestSchema | typeof npsResponseSchema, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("rateRequestSchema", () => {
  it("takes a score from the radio group as a number, and drops repeated reasons", () => {
    expect(rateRequestSchema.parse({ ...valid, score: "5", reasons: ["friendly", "friendly", "firstTime"], comment: "  好 " })).toEqual({
      srn: SRN,
      score: 5,
      reasons: ["friendly", "firstTime"],
      comment: "好",
      resolved: "yes",
    });
  });

  it.each(["", null, undefined, "0", "6", "2.5", "abc"])("refuses the score %j as required", (score) => {
    expect(errorsOf(rateRequestSchema, { ...valid, score })).toEqual({ score: "validation.required" });
  });

  it("refuses unknown reasons, a comment over 500 characters and a missing resolved answer", () => {
    expect(errorsOf(rateRequestSchema, { ...valid, reasons: ["bogus"], comment: "长".repeat(501), resolved: "" })).toEqual({
      "reasons.0": "validation.invalid",
      comment: "validation.tooLong.500",
      resolved: "validation.required",
    });
    expect(rateRequestSchema.safeParse({ ...valid, comment: "长".repeat(500) }).success).toBe(true);
  });
});

describe("needsReturnVisit", () => {
  it.each([
    [1, true, true],
    [2, true, true],
    [3, true, false],
    [5, true, false],
    [5, false, true],
  ])("score %i, resolved %s → %s", (score, resolved, expected) => {
    expect(needsReturnVisit({ score, resolved })).toBe(expected);
  });
});

describe("npsResponseSchema", () => {
  it("accepts 0 and 10 and upper-cases the wave code", () => {
    expect(npsResponseSchema.parse({ code: "nps-2026q4", score: "0", reason: "" })).toEqual({ code: "NPS-2026Q4", score: 0, reason: "" });
    expect(npsResponseSchema.parse({ code: "NPS-2026Q4", score: "10", reason: " 很好 " }).score).toBe(10);
  });

  it.each(["", null, "11", "-1", "7.5"])("refuses the score %j as required (an empty choice is never a 0)", (score) => {
    expect(errorsOf(npsResponseSchema, { code: "NPS-2026Q4", score, reason: "" })).toEqual({ score: "validation.required" });
  });

  it("refuses a why over 500 characters and a malformed code", () => {
    expect(errorsOf(npsResponseSchema, { code: "../x", score: "8", reason: "长".repeat(501) })).toEqual({ code: "validation.invalid", reason: "validation.tooLong.500" });
  });
});
