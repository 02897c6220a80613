import { describe, expect, it } from "vitest";
import { cancelPlanChangeSchema, catalogueQuerySchema, schedulePlanChangeSchema } from "./plans";

describe("catalogueQuerySchema", () => {
  it("reads the filter and up to three plans to compare, in order, without duplicates", () => {
    expect(catalogueQuerySchema.parse({ kind: "MOBILE", price: "UP_TO_50", noContract: "1", compare: ["m39", "M58", "M39"] })).toEqual({
      kind: "MOBILE",
      price: "UP_TO_50",
      noContract: true,
      compare: ["M39", "M58"],
      tooMany: false,
    });
    expect(catalogueQuerySchema.parse({ compare: "M19,M39" }).compare).toEqual(["M19", "M39"]);
  });

  it("keeps the first three and says when more were asked for", () => {
    expect(catalogueQuerySchema.parse({ compare: ["M19", "M39", "M58", "M88"] })).toMatchObject({ compare: ["M19", "M39", "M58"], tooMany: true });
  });

  it("drops what it does not know instead of failing", () => {
    expect(catalogueQuerySchema.parse({ kind: "SATELLITE", price: ["cheap"], noContract: "yes", compare: ["<script>", "M19"] })).toEqual({
      kind: undefined,
      price: undefined,
      noContract: false,
      compare: ["M19"],
      tooMany: false,
    });
    expect(catalogueQuerySchema.parse({})).toMatchObject({ compare: [], tooMany: false });
  });
});

describe("plan change inputs", () => {
  it("needs a line, a plan code and a key", () => {
    const ok = schedulePlanChangeSchema.safeParse({ lineId: "abc", toPlan: " m39 ", idempotencyKey: "0b6f6a2e-4f57-4c56-9c1c-1a0a8c1f3e2d" });
    expect(ok.success && ok.data.toPlan).toBe("M39");
    const bad = schedulePlanChangeSchema.safeParse({ lineId: "", toPlan: "no such plan", idempotencyKey: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(["validation.choose", "validation.idempotencyKey", "validation.required"]);
  });

  it("names a change to cancel by its SRN", () => {
    expect(cancelPlanChangeSchema.safeParse({ srn: "sr20261210000001" }).success).toBe(true);
    expect(cancelPlanChangeSchema.safeParse({ srn: "20261210" }).success).toBe(false);
  });
});
