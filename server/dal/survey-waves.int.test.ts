import { beforeEach, describe, expect, it, vi } from "vitest";
import { closeWaveAction, countSegmentAction, createWaveAction, sendWaveAction, updateWaveAction } from "@/app/admin/surveys/actions";
import { answerSurveyAction } from "@/app/account/surveys/actions";
import { computeMetric } from "@/server/dal/metrics";
import { waveSchema, type WaveInput } from "@/lib/schemas/survey-waves";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { ANONYMISED_PHONE_PREFIX } from "../jobs/retention";
import { closeWave, countSegment, createWave, getWave, listWaves, sendWave, updateWave } from "./survey-waves";
import { answerSurvey, getSurvey, listMySurveys } from "./surveys";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 24 * 3_600_000;
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

function waveInput(overrides: Partial<WaveInput> = {}): WaveInput {
  return {
    code: "",
    version: 0,
    kind: "CSI",
    cadence: "QUARTERLY",
    title: "客户满意度指数调查",
    titleEn: "Customer satisfaction index survey",
    startsOn: today,
    endsOn: inDays(30),
    segmentTypes: [],
    segmentStages: [],
    segmentAreas: [],
    questions: [
      { text: "网络质量", textEn: "Network quality", weight: "3" },
      { text: "服务态度", textEn: "Staff attitude", weight: "1" },
    ],
    ...overrides,
  };
}
const parsed = (input: WaveInput) => waveSchema.parse(input);

/** A customer in a given type, stage and area (their line's area follows). */
async function customerIn(type: "PERSONAL" | "ENTERPRISE" | "GOVERNMENT", lifecycleStage: "NEW" | "ACTIVE" | "AT_RISK" | "CHURNED", area: string) {
  const c = await makeCustomer({ type });
  await db.customer.update({ where: { id: c.customer.id }, data: { lifecycleStage, area } });
  await db.line.update({ where: { id: c.line.id }, data: { area } });
  return c;
}

async function manager() {
  return (await makeStaff("QUALITY_MANAGER")).actor;
}

describe("sending a wave", () => {
  it("invites exactly the segment (types × stages × area prefixes), never excluded customers, and notifies each once by their preferences", async () => {
    const qm = await manager();
    const inChaoyang = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    const inHaidianEnterprise = await customerIn("ENTERPRISE", "AT_RISK", "北京市海淀区");
    const inShanghai = await customerIn("PERSONAL", "ACTIVE", "上海市徐汇区");
    await customerIn("GOVERNMENT", "ACTIVE", "北京市东城区"); // wrong type
    await customerIn("PERSONAL", "NEW", "北京市朝阳区"); // wrong stage
    await customerIn("PERSONAL", "ACTIVE", "广东省深圳市南山区"); // wrong area
    await customerIn("PERSONAL", "ACTIVE", "北京"); // not under 北京市 (prefix of the area, not the other way round)
    const disabled = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    await db.user.update({ where: { id: disabled.user.id }, data: { disabled: true } });
    const terminated = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    await db.line.update({ where: { id: terminated.line.id }, data: { status: "TERMINATED", terminatedAt: new Date() } });
    const anonymised = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    await db.customer.update({ where: { id: anonymised.customer.id }, data: { phone: `${ANONYMISED_PHONE_PREFIX}${anonymised.customer.id}` } });
    const noAccount = await db.customer.create({ data: { type: "PERSONAL", name: "柜台客户", phone: "13700000099", area: "北京市朝阳区", lifecycleStage: "ACTIVE" } });
    // Preferences: SMS only for one, e-mail only for another, English for the third.
    await db.user.update({ where: { id: inChaoyang.user.id }, data: { notifySms: true, notifyEmail: false } });
    await db.user.update({ where: { id: inHaidianEnterprise.user.id }, data: { notifySms: false, notifyEmail: true } });
    await db.user.update({ where: { id: inShanghai.user.id }, data: { notifySms: false, notifyEmail: false, locale: "en" } });

    const segment = { segmentTypes: ["PERSONAL", "ENTERPRISE"] as const, segmentStages: ["ACTIVE", "AT_RISK"] as const, segmentAreas: ["北京市", "上海市"] };
    expect(await countSegment(qm, { ...segment, segmentTypes: [...segment.segmentTypes], segmentStages: [...segment.segmentStages] })).toBe(3);
    const created = await createWave(qm, parsed(waveInput({ ...segment, segmentTypes: [...segment.segmentTypes], segmentStages: [...segment.segmentStages] })));
    expect(created.code).toMatch(/^CSI-\d{4}Q[1-4]$/);
    expect(await db.surveyInvitation.count()).toBe(0);

    const sent = await sendWave(qm, { code: created.code, version: created.version });
    expect(sent).toMatchObject({ code: created.code, version: 2, invited: 3, alreadySent: false });
    const invited = await db.surveyInvitation.findMany({ select: { customerId: true } });
    expect(invited.map((i) => i.customerId).sort()).toEqual([inChaoyang, inHaidianEnterprise, inShanghai].map((c) => c.customer.id).sort());
    expect(invited.map((i) => i.customerId)).not.toContain(noAccount.id);
    const wave = await db.surveyWave.findUniqueOrThrow({ where: { code: created.code } });
    expect(wave).toMatchObject({ status: "SENT", invitedCount: 3, version: 2 });
    expect(wave.sentAt).not.toBeNull();

    const notes = await db.notification.findMany({ where: { template: "survey.csi" }, select: { recipientId: true, channel: true, address: true, locale: true, status: true, payload: true } });
    const by = (userId: string) => notes.filter((n) => n.recipientId === userId).map((n) => n.channel).sort();
    expect(by(inChaoyang.user.id)).toEqual(["IN_APP", "SMS"]);
    expect(by(inHaidianEnterprise.user.id)).toEqual(["EMAIL", "IN_APP"]);
    expect(by(inShanghai.user.id)).toEqual(["IN_APP"]);
    expect(notes).toHaveLength(5);
    expect(notes.find((n) => n.recipientId === inShanghai.user.id)).toMatchObject({ locale: "en", status: "SENT", payload: { code: created.code, titleEn: "Customer satisfaction index survey" } });
    expect(notes.find((n) => n.channel === "SMS")).toMatchObject({ address: inChaoyang.user.phone, status: "PENDING" });
    expect(await auditRows("surveyWave.send")).toMatchObject([{ actorId: qm.userId, targetId: wave.id, summary: { code: created.code, invited: 3, notifications: 5 } }]);

    // Sending again — from the same page, or a newer one — does nothing more.
    expect(await sendWave(qm, { code: created.code, version: 1 })).toMatchObject({ invited: 3, alreadySent: true });
    expect(await sendWave(qm, { code: created.code, version: 2 })).toMatchObject({ invited: 3, alreadySent: true });
    expect(await db.surveyInvitation.count()).toBe(3);
    expect(await db.notification.count({ where: { template: "survey.csi" } })).toBe(5);
    expect(await auditRows("surveyWave.send")).toHaveLength(1);
  });

  it("does not double-invite when two sends race", async () => {
    const qm = await manager();
    await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    await customerIn("ENTERPRISE", "ACTIVE", "上海市浦东新区");
    const { code, version } = await createWave(qm, parsed(waveInput()));
    const results = await Promise.all([sendWave(qm, { code, version }), sendWave(qm, { code, version }), sendWave(qm, { code, version })]);
    expect(results.filter((r) => !r.alreadySent)).toHaveLength(1);
    expect(await db.surveyInvitation.count()).toBe(2);
    expect(await db.notification.count({ where: { template: "survey.csi", channel: "IN_APP" } })).toBe(2);
    expect(await auditRows("surveyWave.send")).toHaveLength(1);
  });

  it("refuses a wave whose period is over, and a stale version of a draft", async () => {
    const qm = await manager();
    const { code } = await createWave(qm, parsed(waveInput({ startsOn: inDays(-40), endsOn: inDays(-1) })));
    expect(await rejectionOf(() => sendWave(qm, { code, version: 1 }))).toMatchObject({ key: "surveyWaves.errors.periodOver" });
    const other = await createWave(qm, parsed(waveInput({ kind: "NPS", questions: [] })));
    expect(await rejectionOf(() => sendWave(qm, { code: other.code, version: 7 }))).toMatchObject({ key: "surveyWaves.errors.conflict" });
    expect(await db.surveyWave.count({ where: { status: "SENT" } })).toBe(0);
  });
});

describe("editing and closing", () => {
  it("edits only a DRAFT, over the version it was read at; audits every change", async () => {
    const qm = await manager();
    const other = await manager();
    const { code } = await createWave(qm, parsed(waveInput()));
    // A second wave of the same kind and period gets the next free code.
    expect((await createWave(qm, parsed(waveInput()))).code).toBe(`${code}-2`);
    expect(await updateWave(qm, parsed(waveInput({ code, version: 1, title: "改过的标题" })))).toEqual({ code, version: 2 });
    // The other manager saves from the page they opened at version 1: a conflict, nothing changes.
    expect(await rejectionOf(() => updateWave(other, parsed(waveInput({ code, version: 1, title: "另一个标题" }))))).toMatchObject({ key: "surveyWaves.errors.conflict" });
    const row = await db.surveyWave.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({ title: "改过的标题", version: 2, status: "DRAFT", createdById: qm.userId });
    expect(row.questions).toEqual([
      { id: "q1", kind: "SCALE_5", text: "网络质量", textEn: "Network quality", weight: 3 },
      { id: "q2", kind: "SCALE_5", text: "服务态度", textEn: "Staff attitude", weight: 1 },
    ]);
    await sendWave(qm, { code, version: 2 });
    expect(await rejectionOf(() => updateWave(qm, parsed(waveInput({ code, version: 3 }))))).toMatchObject({ key: "surveyWaves.errors.notDraft" });
    expect(await rejectionOf(() => closeWave(other, { code, version: 2 }))).toMatchObject({ key: "surveyWaves.errors.conflict" });
    expect(await closeWave(other, { code, version: 3 })).toEqual({ code, version: 4 });
    expect(await rejectionOf(() => closeWave(other, { code, version: 4 }))).toMatchObject({ key: "surveyWaves.errors.notSent" });
    expect((await auditRows("surveyWave.create")).length).toBe(2);
    expect(await auditRows("surveyWave.update")).toMatchObject([{ actorId: qm.userId, summary: { code, version: 2 } }]);
    expect(await auditRows("surveyWave.close")).toMatchObject([{ actorId: other.userId, summary: { code, version: 4 } }]);
  });

  it("is for survey:manage only: other staff and customers are refused and nothing is written", async () => {
    const agent = (await makeStaff("AGENT")).actor;
    const customer = await makeCustomer();
    const qm = await manager();
    const { code } = await createWave(qm, parsed(waveInput()));
    for (const actor of [agent, customer.actor]) {
      expect(await rejectionOf(() => createWave(actor, parsed(waveInput())))).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => sendWave(actor, { code, version: 1 }))).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => listWaves(actor))).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => countSegment(actor, { segmentTypes: [], segmentStages: [], segmentAreas: [] }))).toBeInstanceOf(ForbiddenError);
    }
    signInAs(customer.user);
    expect(await sendWaveAction({ code, version: 1 })).toEqual({ ok: false, formError: "errors.forbidden" });
    const agentUser = await db.user.findUniqueOrThrow({ where: { id: agent.userId } });
    signInAs(agentUser);
    expect(await createWaveAction(waveInput())).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.surveyWave.count()).toBe(1);
    expect(await db.surveyInvitation.count()).toBe(0);
  });

  it("validates through the actions with translated field errors, and counts the segment", async () => {
    const qmUser = await makeStaff("QUALITY_MANAGER");
    signInAs(qmUser.user);
    const bad = await createWaveAction(waveInput({ questions: [], endsOn: "2020-01-01", segmentAreas: ["火星"] }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { endsOn: ["surveyWaves.validation.endBeforeStart"], questions: ["surveyWaves.validation.csiItems"], "segmentAreas.0": ["surveyWaves.validation.area"] } });
    expect(await db.surveyWave.count()).toBe(0);
    await customerIn("GOVERNMENT", "NEW", "上海市浦东新区");
    expect(await countSegmentAction({ segmentTypes: ["GOVERNMENT"], segmentStages: [], segmentAreas: ["上海市"] })).toEqual({ ok: true, data: { count: 1 } });
    const ok = await createWaveAction(waveInput());
    expect(ok.ok).toBe(true);
    const code = ok.ok ? ok.data.code : "";
    expect(await updateWaveAction(waveInput({ code, version: 1, title: "新标题" }))).toEqual({ ok: true, data: { code, version: 2 } });
    expect(await sendWaveAction({ code, version: 2 })).toMatchObject({ ok: true, data: { invited: 1 } });
    expect(await closeWaveAction({ code, version: 3 })).toEqual({ ok: true, data: { code, version: 4 } });
  });
});

describe("answering a sent wave", () => {
  it("lets only invited customers answer, scores CSI 0–100 with the weights, one answer each; results and reports agree", async () => {
    const qm = await manager();
    const invitedA = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    const invitedB = await customerIn("ENTERPRISE", "ACTIVE", "北京市海淀区");
    const outsider = await customerIn("PERSONAL", "ACTIVE", "上海市徐汇区");
    const { code } = await createWave(qm, parsed(waveInput({ segmentAreas: ["北京市"] })));
    // A draft is not there for anyone.
    expect(await getSurvey(invitedA.actor, code)).toBeNull();
    await sendWave(qm, { code, version: 1 });

    expect(await getSurvey(outsider.actor, code)).toBeNull();
    expect(await rejectionOf(() => answerSurvey(outsider.actor, { code, score: "", reason: "", answers: { q1: 5, q2: 5 } }))).toBeInstanceOf(NotFoundError);

    const survey = await getSurvey(invitedA.actor, code);
    expect(survey).toMatchObject({ kind: "CSI", questions: [{ id: "q1", text: "网络质量" }, { id: "q2", text: "服务态度" }], response: null });
    // Every item is required.
    const incomplete = await rejectionOf(() => answerSurvey(invitedA.actor, { code, score: "", reason: "", answers: { q1: 4 } }));
    expect(incomplete).toBeInstanceOf(ExpectedError);
    expect((incomplete as ExpectedError).fieldErrors).toEqual({ "answers.q2": ["validation.required"] });
    // (4−1)/4·100·3 + (2−1)/4·100·1 over weights 4: (225 + 25) / 4 = 62.5 → 63.
    const a = await answerSurvey(invitedA.actor, { code, score: "", reason: "网络不错，客服一般", answers: { q1: 4, q2: 2 } });
    expect(a).toMatchObject({ score: 63, answers: { q1: 4, q2: 2 }, reason: "网络不错，客服一般" });
    expect(await answerSurvey(invitedA.actor, { code, score: "", reason: "", answers: { q1: 1, q2: 1 } })).toEqual(a);
    signInAs(invitedB.user);
    expect(await answerSurveyAction({ code, score: "", reason: "", answers: { q1: "5", q2: "5" } })).toEqual({ ok: true, data: { code } });

    // 我的调查: the invited customer's list has it, answered; the outsider's does not.
    expect(await listMySurveys(invitedA.actor)).toMatchObject([{ code, status: "SENT", answeredAt: expect.any(Date) }]);
    expect(await listMySurveys(outsider.actor)).toEqual([]);

    const detail = await getWave(qm, code);
    expect(detail?.results).toMatchObject({ answered: 2, responseRate: 100, result: { value: 81.5, count: 2 }, npsBands: null });
    expect(detail?.results.items).toMatchObject([{ id: "q1", mean: 4.5, count: 2 }, { id: "q2", mean: 3.5, count: 2 }]);
    expect(detail?.results.byType).toMatchObject([{ key: "ENTERPRISE", invited: 1, answered: 1, result: { value: 100 } }, { key: "PERSONAL", invited: 1, answered: 1, result: { value: 63 } }]);
    expect(detail?.results.byArea).toMatchObject([{ key: "北京市", invited: 2, answered: 2 }]);
    expect(detail?.results.reasons).toMatchObject([{ reason: "网络不错，客服一般", score: 63 }]);
    expectNoSecrets(detail, [invitedA.customer.phone, invitedB.customer.phone]);
    const listed = (await listWaves(qm)).find((w) => w.code === code);
    expect(listed).toMatchObject({ answered: 2, invitedCount: 2, responseRate: 100, result: { value: 81.5 } });
    // The reports read the same scores on the same scale.
    const period = { from: new Date(Date.now() - DAY), to: new Date(Date.now() + DAY) };
    expect(await computeMetric("csi", {}, period)).toEqual({ value: 81.5, count: 2 });

    // Closed: no more answers.
    await closeWave(qm, { code, version: 2 });
    const late = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    await db.surveyInvitation.create({ data: { waveId: (await db.surveyWave.findUniqueOrThrow({ where: { code } })).id, customerId: late.customer.id } });
    expect(await rejectionOf(() => answerSurvey(late.actor, { code, score: "", reason: "", answers: { q1: 3, q2: 3 } }))).toMatchObject({ key: "errors.surveyClosed" });
    expect(await db.surveyResponse.count()).toBe(2);
    expect(await auditRows("survey.answer")).toHaveLength(2);
  });

  it("takes an NPS wave's headline and optional items; the score stays 0–10", async () => {
    const qm = await manager();
    const c = await customerIn("PERSONAL", "ACTIVE", "北京市朝阳区");
    const { code } = await createWave(qm, parsed(waveInput({ kind: "NPS", questions: [{ text: "网络质量", textEn: "Network", weight: "9" }] })));
    await sendWave(qm, { code, version: 1 });
    expect(await db.notification.count({ where: { template: "survey.nps", recipientId: c.user.id, channel: "IN_APP" } })).toBe(1);
    expect(await rejectionOf(() => answerSurvey(c.actor, { code, score: "", reason: "", answers: { q1: 3 } }))).toMatchObject({ fieldErrors: { score: ["validation.required"] } });
    expect(await answerSurvey(c.actor, { code, score: 9, reason: "", answers: { q1: 3 } })).toMatchObject({ score: 9, answers: { q1: 3 } });
    const detail = await getWave(qm, code);
    expect(detail?.questions[0]?.weight).toBe(1);
    expect(detail?.results).toMatchObject({ result: { value: 100, count: 1 }, npsBands: { promoters: 1, passives: 0, detractors: 0 } });
  });
});
