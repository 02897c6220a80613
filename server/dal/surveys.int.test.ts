import { beforeEach, describe, expect, it, vi } from "vitest";
import { answerSurveyAction } from "@/app/account/surveys/actions";
import { npsResponseSchema } from "@/lib/schemas/rating";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { answerSurvey, getSurvey } from "./surveys";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 24 * 3_600_000;

function makeWave(code: string, startsInDays: number, endsInDays: number, kind: "NPS" | "CSAT" = "NPS") {
  return db.surveyWave.create({
    data: { code, kind, title: "推荐度调查", titleEn: "Recommendation survey", startsAt: new Date(Date.now() + startsInDays * DAY), endsAt: new Date(Date.now() + endsInDays * DAY) },
  });
}
const answer = (code: string, score: string, reason = "") => npsResponseSchema.parse({ code, score, reason });

describe("answerSurvey", () => {
  it("records one response per customer per wave, with an audit row; a second answer returns the first", async () => {
    const wave = await makeWave("NPS-TEST", -1, 29);
    const a = await makeCustomer();
    const first = await answerSurvey(a.actor, answer("NPS-TEST", "9", "网速快"));
    expect(first).toMatchObject({ score: 9, reason: "网速快" });
    expectNoSecrets(first, [a.customer.phone]);
    const again = await answerSurvey(a.actor, answer("NPS-TEST", "0", "改主意了"));
    expect(again).toEqual(first);
    expect(await db.surveyResponse.findMany({ where: { waveId: wave.id } })).toMatchObject([{ customerId: a.customer.id, score: 9 }]);
    const audits = await auditRows("survey.answer");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: a.user.id, targetId: wave.id, summary: { code: "NPS-TEST", score: 9 } });

    // Another customer answers the same wave for themselves.
    const b = await makeCustomer();
    await answerSurvey(b.actor, answer("NPS-TEST", "0"));
    expect(await db.surveyResponse.count({ where: { waveId: wave.id } })).toBe(2);
    expect((await getSurvey(b.actor, "NPS-TEST"))?.response).toMatchObject({ score: 0, reason: null });
    expect((await getSurvey(a.actor, "NPS-TEST"))?.response).toMatchObject({ score: 9 });
  });

  it("keeps one row when two submissions race", async () => {
    await makeWave("NPS-RACE", -1, 1);
    const a = await makeCustomer();
    const [x, y] = await Promise.all([answerSurvey(a.actor, answer("NPS-RACE", "7")), answerSurvey(a.actor, answer("NPS-RACE", "7"))]);
    expect(x).toEqual(y);
    expect(await db.surveyResponse.count()).toBe(1);
  });

  it.each([
    ["closed", -30, -1, "errors.surveyClosed"],
    ["not yet open", 1, 30, "errors.surveyNotOpen"],
  ])("refuses a %s wave and saves nothing", async (_, starts, ends, key) => {
    await makeWave("NPS-SHUT", starts, ends);
    const a = await makeCustomer();
    const error = await rejectionOf(() => answerSurvey(a.actor, answer("NPS-SHUT", "8")));
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).key).toBe(key);
    expect(await db.surveyResponse.count()).toBe(0);
    expect(await auditRows("survey.answer")).toEqual([]);
  });

  it("is not-found for an unknown code or a CSAT wave, and refuses staff", async () => {
    await makeWave("CSAT-X", -1, 1, "CSAT");
    const a = await makeCustomer();
    expect(await rejectionOf(() => answerSurvey(a.actor, answer("NPS-NONE", "8")))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(() => answerSurvey(a.actor, answer("CSAT-X", "8")))).toBeInstanceOf(NotFoundError);
    expect(await getSurvey(a.actor, "CSAT-X")).toBeNull();
    await makeWave("NPS-OPEN", -1, 1);
    const agent = await makeStaff("AGENT");
    expect(await rejectionOf(() => answerSurvey(agent.actor, answer("NPS-OPEN", "8")))).toBeInstanceOf(ForbiddenError);
    expect(await getSurvey(agent.actor, "NPS-OPEN")).toBeNull();
    expect(await db.surveyResponse.count()).toBe(0);
  });
});

describe("answerSurveyAction", () => {
  it("answers for the signed-in customer, and refuses an empty score", async () => {
    await makeWave("NPS-ACT", -1, 1);
    const a = await makeCustomer();
    signInAs(a.user);
    expect(await answerSurveyAction({ code: "nps-act", score: "", reason: "" })).toEqual({ ok: false, formError: "survey.incomplete", fieldErrors: { score: ["validation.required"] } });
    expect(await db.surveyResponse.count()).toBe(0);
    expect(await answerSurveyAction({ code: "nps-act", score: "10", reason: "" })).toEqual({ ok: true, data: { code: "NPS-ACT" } });
    expect(await db.surveyResponse.findFirst()).toMatchObject({ customerId: a.customer.id, score: 10 });
  });
});
