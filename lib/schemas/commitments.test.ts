import { describe, expect, it } from "vitest";
import { publishCommitmentSchema } from "./commitments";

const valid = {
  measure: "COMPLAINT_REPLY",
  baseVersion: 1,
  title: "投诉答复",
  titleEn: "Complaint answered",
  statement: "您的投诉在 15 日内给出答复。",
  statementEn: "Your complaint is answered within 15 days.",
  exclusions: "不计入：答复期限尚未到达的投诉。",
  exclusionsEn: "Not counted: complaints whose deadline has not yet come.",
  targetMinutes: "21600",
  active: true,
};

const messages = (input: unknown) => {
  const r = publishCommitmentSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("publishCommitmentSchema", () => {
  it("takes the form's text and gives the action whole minutes, which it accepts again", () => {
    const parsed = publishCommitmentSchema.parse(valid);
    expect(parsed.targetMinutes).toBe(21600);
    expect(publishCommitmentSchema.parse(parsed)).toEqual(parsed);
  });

  it("explains minutes that are not whole, empty or out of range", () => {
    expect(messages({ ...valid, targetMinutes: "十五天" })).toEqual(["targetMinutes: commitments.validation.minutes"]);
    expect(messages({ ...valid, targetMinutes: "1.5" })).toEqual(["targetMinutes: commitments.validation.minutes"]);
    expect(messages({ ...valid, targetMinutes: " " })).toEqual(["targetMinutes: validation.required"]);
    expect(messages({ ...valid, targetMinutes: "0" })).toEqual(["targetMinutes: commitments.validation.minutesRange"]);
    expect(messages({ ...valid, targetMinutes: "525601" })).toEqual(["targetMinutes: commitments.validation.minutesRange"]);
  });

  it("needs both languages of every text and a known measure", () => {
    expect(messages({ ...valid, titleEn: "", statement: "太短" })).toEqual(["titleEn: validation.tooShort.2", "statement: validation.tooShort.10"]);
    expect(messages({ ...valid, measure: "UPTIME" })).toHaveLength(1);
  });
});
