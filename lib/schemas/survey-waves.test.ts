import { describe, expect, it } from "vitest";
import { questionsOf, surveyAnswerSchemaFor, waveSchema, type WaveInput } from "./survey-waves";
import { fieldMessages as issuesOf } from "@/prisma/test/zod";

const valid: WaveInput = {
  code: "",
  version: 0,
  kind: "CSI",
  cadence: "QUARTERLY",
  title: "2026Q4 客户满意度指数调查",
  titleEn: "2026Q4 customer satisfaction index survey",
  startsOn: "2026-10-01",
  endsOn: "2026-12-31",
  segmentTypes: ["PERSONAL"],
  segmentStages: [],
  segmentAreas: ["北京市"],
  questions: [
    { text: "网络质量", textEn: "Network quality", weight: "4" },
    { text: "服务态度", textEn: "Staff attitude", weight: "2" },
  ],
};

describe("waveSchema", () => {
  it("accepts a CSI wave and stores its items with ids and weights", () => {
    const data = waveSchema.parse(valid);
    expect(questionsOf(data)).toEqual([
      { id: "q1", kind: "SCALE_5", text: "网络质量", textEn: "Network quality", weight: 4 },
      { id: "q2", kind: "SCALE_5", text: "服务态度", textEn: "Staff attitude", weight: 2 },
    ]);
    // NPS items are not weighted.
    expect(questionsOf(waveSchema.parse({ ...valid, kind: "NPS" })).map((q) => q.weight)).toEqual([1, 1]);
    expect(waveSchema.parse({ ...valid, kind: "NPS", questions: [] }).questions).toEqual([]);
  });

  it("says what is wrong, in message keys", () => {
    expect(issuesOf(waveSchema, { ...valid, questions: [] })).toEqual({ questions: ["surveyWaves.validation.csiItems"] });
    expect(issuesOf(waveSchema, { ...valid, endsOn: "2026-09-30" })).toEqual({ endsOn: ["surveyWaves.validation.endBeforeStart"] });
    expect(issuesOf(waveSchema, { ...valid, startsOn: "2026-13-01" })).toEqual({ startsOn: ["validation.date"] });
    expect(issuesOf(waveSchema, { ...valid, segmentAreas: ["火星"], segmentTypes: ["ALIEN"] })).toMatchObject({ "segmentAreas.0": ["surveyWaves.validation.area"], "segmentTypes.0": ["validation.choose"] });
    expect(issuesOf(waveSchema, { ...valid, questions: [{ text: "网络", textEn: "Net", weight: "0" }, { text: "资费", textEn: "Fees", weight: "" }] })).toEqual({
      "questions.0.weight": ["surveyWaves.validation.weight"],
      "questions.1.weight": ["validation.required"],
    });
    expect(issuesOf(waveSchema, { ...valid, questions: [{ text: "网络", textEn: "Net", weight: "1" }, { text: " 网络", textEn: "Net 2", weight: "2" }] })).toEqual({ "questions.1.text": ["surveyWaves.validation.duplicateItem"] });
    const six = Array.from({ length: 6 }, (_, i) => ({ text: `项目${i}`, textEn: `Item ${i}`, weight: "1" }));
    expect(issuesOf(waveSchema, { ...valid, questions: six })).toEqual({ questions: ["surveyWaves.validation.tooManyItems"] });
    expect(issuesOf(waveSchema, { ...valid, title: "", titleEn: "x" })).toEqual({ title: ["validation.tooShort.2"], titleEn: ["validation.tooShort.2"] });
  });
});

describe("surveyAnswerSchemaFor", () => {
  const questions = questionsOf(waveSchema.parse(valid));
  it("requires an NPS wave's headline and every item, and nothing else", () => {
    const nps = surveyAnswerSchemaFor({ kind: "NPS", questions });
    expect(issuesOf(nps, { code: "NPS-2026Q4", score: "", reason: "", answers: { q1: "" } })).toEqual({ score: ["validation.required"], "answers.q1": ["validation.required"], "answers.q2": ["validation.required"] });
    expect(nps.parse({ code: "nps-2026q4", score: "9", reason: " 好 ", answers: { q1: "5", q2: "4" } })).toEqual({ code: "NPS-2026Q4", score: 9, reason: "好", answers: { q1: 5, q2: 4 } });
    expect(issuesOf(nps, { code: "NPS-2026Q4", score: "11", reason: "", answers: { q1: "6", q2: "1", q9: "1" } })).toEqual({ score: ["validation.required"], "answers.q1": ["validation.required"], "answers.q9": ["validation.invalid"] });
  });
  it("needs no headline for CSI", () => {
    const csi = surveyAnswerSchemaFor({ kind: "CSI", questions });
    expect(csi.parse({ code: "CSI-2026Q4", score: "", reason: "", answers: { q1: "3", q2: "2" } })).toMatchObject({ score: "", answers: { q1: 3, q2: 2 } });
  });
});
