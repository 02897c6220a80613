import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { fieldMessages } from "@/prisma/test/zod";
import { outcomeNoteStepSchema, outcomePageSchema, outcomeStatusFrom } from "./outcomes";

const valid = {
  slug: "Billing-Complaints-Down",
  title: "账单投诉减少了",
  summary: "重复扣费问题修复后，账单类投诉明显减少。",
  body: "## 效果\n\n{{metric complaints 30 category=BILLING}}",
  titleEn: "",
  summaryEn: "",
  bodyEn: "",
  projectCode: "imp202610001",
};

describe("outcome page schema", () => {
  it("accepts a Chinese-only page, lower-casing the slug and upper-casing the project code", () => {
    const parsed = outcomePageSchema.parse(valid);
    expect(parsed.slug).toBe("billing-complaints-down");
    expect(parsed.projectCode).toBe("IMP202610001");
    expect(outcomePageSchema.parse({ ...valid, projectCode: "" }).projectCode).toBe("");
  });

  it("names each bad field with a translated message", () => {
    const errors = fieldMessages(outcomePageSchema, { ...valid, slug: "a b", title: "x", summary: "短", body: "短", projectCode: "IMP1" });
    expect(errors).toEqual({
      slug: ["outcomes.validation.slug"],
      title: ["outcomes.validation.title"],
      summary: ["outcomes.validation.summary"],
      body: ["outcomes.validation.body"],
      projectCode: ["outcomes.validation.projectCode"],
    });
    for (const key of Object.values(errors).flat()) expect(localesMissing(key), key).toEqual([]);
  });

  it("asks for the English title and summary with an English body", () => {
    const errors = fieldMessages(outcomePageSchema, { ...valid, bodyEn: "Billing complaints fell after the fix." });
    expect(errors).toEqual({ titleEn: ["outcomes.validation.englishTitle"], summaryEn: ["outcomes.validation.englishSummary"] });
    expect(fieldMessages(outcomePageSchema, { ...valid, bodyEn: "Too short", titleEn: "Fewer complaints", summaryEn: "Billing complaints fell." })).toEqual({ bodyEn: ["outcomes.validation.body"] });
  });

  it("requires a reason to send back or unpublish, and reads the list filter", () => {
    expect(fieldMessages(outcomeNoteStepSchema, { id: "x", version: 1, note: " " })).toEqual({ note: ["outcomes.validation.note"] });
    expect(outcomeStatusFrom("IN_REVIEW")).toBe("IN_REVIEW");
    expect(outcomeStatusFrom(["PUBLISHED", "DRAFT"])).toBe("PUBLISHED");
    expect(outcomeStatusFrom("nope")).toBeNull();
    expect(outcomeStatusFrom(undefined)).toBeNull();
  });

  it("has every message the DAL and the block notes use, in both languages", () => {
    const keys = [
      "outcomes.validation.slugTaken",
      "outcomes.validation.projectUnknown",
      "outcomes.validation.badBlocks",
      ...["saveFailed", "conflict", "wrongState", "selfApproval", "badBlocks"].map((k) => `outcomes.errors.${k}`),
      ...["unknownBlock", "unknownMetric", "badDays", "badParam", "badValue", "duplicateParam", "chartParams", "misplaced", "tooMany", "noProject"].map((k) => `outcomes.blockError.${k}`),
    ];
    for (const key of keys) expect(localesMissing(key), key).toEqual([]);
  });
});
