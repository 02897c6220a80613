import { beforeEach, describe, expect, it, vi } from "vitest";
import { addImprovementActionAction, createImprovementAction, moveImprovementAction } from "@/app/admin/improvements/actions";
import { cstDateKey } from "@/lib/domain/time";
import type { CreateImprovementData } from "@/lib/schemas/improvements";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { getImprovement, listImprovements } from "./improvement-reads";
import {
  addImprovementAction,
  addImprovementReview,
  changeImprovementOwner,
  completeImprovementAction,
  createImprovement,
  decideImprovement,
  linkImprovementRequest,
  moveImprovement,
  recomputeCheck,
} from "./improvements";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 86_400_000;
const keyOf = (e: unknown) => (e instanceof ExpectedError ? e.key : String(e));
type Owner = Awaited<ReturnType<typeof makeCustomer>>;

/** A customer whose line is in Beijing (an area of lib/domain/areas.ts). */
async function beijingCustomer() {
  const owner = await makeCustomer();
  await db.line.update({ where: { id: owner.line.id }, data: { area: "北京市朝阳区" } });
  return owner;
}

/** A complaint of a category filed `daysAgo` days ago on the owner's line. */
async function complaint(owner: Owner, category: string, daysAgo: number) {
  const r = await makeRequest(owner, { type: "COMPLAINT", createdAt: new Date(Date.now() - daysAgo * DAY) });
  await db.serviceRequest.update({ where: { id: r.id }, data: { details: { category } } });
  return r;
}

function plan(over: Partial<CreateImprovementData> = {}): CreateImprovementData {
  return {
    title: "北京账单重复扣费投诉治理",
    problem: "北京地区计费类投诉集中在流量包重复扣费。",
    metricKey: "complaints",
    requestType: "",
    category: "BILLING",
    area: "北京市",
    planCode: "",
    teamId: "",
    targetValue: "1",
    baselineFrom: cstDateKey(new Date(Date.now() - 90 * DAY)),
    baselineTo: cstDateKey(new Date()),
    linkBaseline: true,
    fromHotspot: true,
    ...over,
  };
}

async function counts() {
  const [projects, actions, reviews, links, audits] = await Promise.all([db.improvementProject.count(), db.improvementAction.count(), db.improvementReview.count(), db.improvementRequest.count(), db.auditLog.count()]);
  return { projects, actions, reviews, links, audits };
}

describe("improvement projects", () => {
  it("plans from a hot spot with the baseline computed over the period, and links the hot spot's complaints", async () => {
    const { actor } = await makeStaff("QUALITY_MANAGER");
    const beijing = await beijingCustomer();
    const shanghai = await makeCustomer();
    await db.line.update({ where: { id: shanghai.line.id }, data: { area: "上海市徐汇区" } });
    const inScope = [await complaint(beijing, "BILLING", 80), await complaint(beijing, "BILLING", 30), await complaint(beijing, "BILLING", 2)];
    await complaint(beijing, "BILLING", 100); // before the period
    await complaint(beijing, "NETWORK_QUALITY", 5); // another category
    await complaint(shanghai, "BILLING", 5); // another area
    await makeRequest(beijing, { type: "FAULT_REPAIR" }); // not a complaint

    const { code, version } = await createImprovement(actor, plan());
    expect(code).toMatch(/^IMP\d{9}$/);
    expect(code.slice(3, 9)).toBe(cstDateKey(new Date()).replace(/-/g, "").slice(0, 6));
    expect(version).toBe(1);
    const p = await getImprovement(actor, code);
    expect(p).toMatchObject({ status: "PLAN", metricKey: "complaints", metricScope: { category: "BILLING", area: "北京市" }, hotspot: { category: "BILLING", area: "北京市" }, baselineValue: 3, baselineCount: 3, targetValue: 1, ownerId: actor.userId });
    expect(p.baselineAt).toBeInstanceOf(Date);
    expect(p.baselineTo.getTime()).toBeLessThanOrEqual(Date.now());
    expect(p.requests.map((r) => r.request.srn).sort()).toEqual(inScope.map((r) => r.srn).sort());
    const [row] = (await auditRows("improvement.create")).filter((a) => a.targetId === p.id);
    expect(row?.summary).toMatchObject({ code, baselineValue: 3, baselineCount: 3, linked: 3 });

    // Without a hot spot, without links, and a scope field the metric does not take is dropped.
    const other = await createImprovement(actor, plan({ metricKey: "nps", category: "BILLING", area: "", linkBaseline: true, fromHotspot: false, targetValue: "" }));
    const q = await getImprovement(actor, other.code);
    expect(q).toMatchObject({ metricScope: {}, hotspot: null, baselineValue: null, baselineCount: 0, targetValue: null });
    expect(q.requests).toHaveLength(0);
    expect(Number(other.code.slice(-3))).toBe(Number(code.slice(-3)) + 1);
  });

  it("hands out distinct codes to projects created at the same time", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const codes = await Promise.all([1, 2, 3].map(() => createImprovement(actor, plan({ linkBaseline: false }))));
    expect(new Set(codes.map((c) => c.code)).size).toBe(3);
  });

  it("runs PDCA: actions, Do, a computed check against the baseline, recompute, and iterate into the next cycle", async () => {
    const { actor } = await makeStaff("QUALITY_MANAGER");
    const supervisor = await makeStaff("SUPERVISOR");
    const agent = await makeStaff("AGENT");
    const owner = await beijingCustomer();
    for (const d of [60, 50, 40, 30]) await complaint(owner, "BILLING", d);
    const { code } = await createImprovement(actor, plan({ baselineFrom: cstDateKey(new Date(Date.now() - 70 * DAY)), baselineTo: cstDateKey(new Date(Date.now() - 21 * DAY)) }));
    expect((await getImprovement(actor, code)).baselineValue).toBe(4);

    // Links a request by SRN; twice is refused.
    const later = await complaint(owner, "BILLING", 5);
    expect(await linkImprovementRequest(actor, { code, version: 1, srn: later.srn })).toEqual({ code, version: 2 });
    expect(keyOf(await rejectionOf(() => linkImprovementRequest(actor, { code, version: 2, srn: later.srn })))).toBe("improvements.errors.alreadyLinked");
    expect(keyOf(await rejectionOf(() => linkImprovementRequest(actor, { code, version: 2, srn: "SR20990101000001" })))).toBe("improvements.errors.noSuchRequest");

    // Do: an action with an owner and a due date; an illegal move is refused.
    await addImprovementAction(actor, { code, version: 2, title: "核查流量包重复计费规则", ownerId: agent.user.id, dueDate: cstDateKey(new Date(Date.now() - 2 * DAY)) });
    expect(keyOf(await rejectionOf(() => moveImprovement(actor, { code, version: 3, to: "CHECK", reason: "" })))).toBe("improvements.errors.illegalMove");
    expect(keyOf(await rejectionOf(() => moveImprovement(actor, { code, version: 3, to: "ACT", reason: "" })))).toBe("improvements.errors.illegalMove");
    const doStart = new Date(Date.now() - 10 * DAY);
    await moveImprovement(actor, { code, version: 3, to: "DO", reason: "" }, doStart);
    const actionId = (await getImprovement(actor, code)).actions[0]!.id;
    await completeImprovementAction(actor, { code, version: 4, actionId });
    expect(keyOf(await rejectionOf(() => completeImprovementAction(actor, { code, version: 5, actionId })))).toBe("improvements.errors.actionDone");
    await changeImprovementOwner(actor, { code, version: 5, ownerId: supervisor.user.id });
    expect(keyOf(await rejectionOf(() => changeImprovementOwner(actor, { code, version: 6, ownerId: agent.user.id })))).toBe("improvements.errors.owner");

    // Check: from Do's start until now — the one complaint filed 5 days ago.
    await moveImprovement(actor, { code, version: 6, to: "CHECK", reason: "" });
    let p = await getImprovement(actor, code);
    expect(p).toMatchObject({ status: "CHECK", checkFrom: doStart, checkValue: 1, checkCount: 1, ownerId: supervisor.user.id });
    expect(p.checkAt).toBeInstanceOf(Date);
    // Recompute over a chosen period: 45 days back to today counts 40, 30 and 5 days ago.
    await recomputeCheck(actor, { code, version: 7, from: cstDateKey(new Date(Date.now() - 45 * DAY)), to: cstDateKey(new Date()) });
    p = await getImprovement(actor, code);
    expect(p).toMatchObject({ checkValue: 3, checkCount: 3 });
    expect(keyOf(await rejectionOf(() => recomputeCheck(actor, { code, version: 8, from: cstDateKey(new Date(Date.now() + 3 * DAY)), to: cstDateKey(new Date(Date.now() + 4 * DAY)) })))).toBe("improvements.errors.periodOrder");
    await recomputeCheck(actor, { code, version: 8, from: cstDateKey(doStart), to: cstDateKey(new Date()) });
    expect((await getImprovement(actor, code)).checkValue).toBe(1);

    // Act: iterate — this one closes, the next cycle starts with this check as its baseline.
    expect(keyOf(await rejectionOf(() => decideImprovement(actor, { code, version: 9, decision: "ITERATE", note: "重复扣费已下降，继续治理。" })))).toBe("improvements.errors.notInAct");
    await moveImprovement(actor, { code, version: 9, to: "ACT", reason: "" });
    await addImprovementReview(actor, { code, version: 10, note: "本季度重复扣费投诉明显下降。" }, new Date("2026-11-29T03:00:00Z"));
    const decided = await decideImprovement(actor, { code, version: 11, decision: "ITERATE", note: "重复扣费已下降，下一轮治理发票类问题。" });
    expect(decided.next).toMatch(/^IMP\d{9}$/);
    const closed = await getImprovement(actor, code);
    expect(closed).toMatchObject({ status: "CLOSED", decision: "ITERATE", version: 12, next: { code: decided.next } });
    expect(closed.reviews[0]).toMatchObject({ quarter: "2026-Q4", note: "本季度重复扣费投诉明显下降。" });
    const nextCycle = await getImprovement(actor, decided.next!);
    expect(nextCycle).toMatchObject({
      status: "PLAN",
      previousId: closed.id,
      metricKey: "complaints",
      metricScope: closed.metricScope,
      baselineFrom: closed.checkFrom,
      baselineTo: closed.checkTo,
      baselineValue: 1,
      baselineCount: 1,
      baselineAt: closed.checkAt,
      ownerId: supervisor.user.id,
    });
    // Closed: nothing changes any more.
    expect(keyOf(await rejectionOf(() => addImprovementAction(actor, { code, version: 12, title: "再加一项", ownerId: agent.user.id, dueDate: cstDateKey(new Date()) })))).toBe("improvements.errors.closed");
    expect(keyOf(await rejectionOf(() => moveImprovement(actor, { code, version: 12, to: "CANCELLED", reason: "不再需要。" })))).toBe("improvements.errors.closed");

    const actions = ["improvement.create", "improvement.link", "improvement.action.add", "improvement.move", "improvement.action.done", "improvement.owner", "improvement.check", "improvement.review", "improvement.decide"];
    for (const action of actions) expect((await auditRows(action)).filter((a) => a.targetId === closed.id).length, action).toBeGreaterThan(0);
    expect((await auditRows("improvement.create")).filter((a) => a.targetId === nextCycle.id)).toHaveLength(1);
    expect((await listImprovements(actor, { metric: "complaints", status: "PLAN" })).rows.map((r) => r.code)).toEqual([decided.next]);
  });

  it("standardises a checked project, and cancels one with a reason", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const a = await createImprovement(actor, plan({ linkBaseline: false }));
    await moveImprovement(actor, { code: a.code, version: 1, to: "DO", reason: "" });
    await moveImprovement(actor, { code: a.code, version: 2, to: "CHECK", reason: "" });
    expect(keyOf(await rejectionOf(() => decideImprovement(actor, { code: a.code, version: 3, decision: "STANDARDISE", note: "固化为制度。" })))).toBe("improvements.errors.notInAct");
    await moveImprovement(actor, { code: a.code, version: 3, to: "ACT", reason: "" });
    expect(await decideImprovement(actor, { code: a.code, version: 4, decision: "STANDARDISE", note: "新计费核对流程固化为制度。" })).toMatchObject({ next: null });
    expect(await getImprovement(actor, a.code)).toMatchObject({ status: "CLOSED", decision: "STANDARDISE", next: null });
    expect(await db.improvementProject.count()).toBe(1);

    const b = await createImprovement(actor, plan({ linkBaseline: false }));
    await moveImprovement(actor, { code: b.code, version: 1, to: "CANCELLED", reason: "与另一项目重复。" });
    expect(await getImprovement(actor, b.code)).toMatchObject({ status: "CANCELLED", decisionNote: "与另一项目重复。" });
    expect((await auditRows("improvement.cancel"))[0]?.summary).toMatchObject({ code: b.code, reason: "与另一项目重复。" });
  });

  it("refuses a stale version (optimistic locking), changing nothing", async () => {
    const { actor } = await makeStaff("QUALITY_MANAGER");
    const agent = await makeStaff("AGENT");
    const { code } = await createImprovement(actor, plan({ linkBaseline: false }));
    await addImprovementReview(actor, { code, version: 1, note: "首次评审记录。" });
    const before = await counts();
    expect(keyOf(await rejectionOf(() => moveImprovement(actor, { code, version: 1, to: "DO", reason: "" })))).toBe("improvements.errors.conflict");
    expect(keyOf(await rejectionOf(() => addImprovementAction(actor, { code, version: 1, title: "旧页面上的措施", ownerId: agent.user.id, dueDate: cstDateKey(new Date()) })))).toBe("improvements.errors.conflict");
    expect(keyOf(await rejectionOf(() => addImprovementReview(actor, { code, version: 1, note: "旧页面上的评审。" })))).toBe("improvements.errors.conflict");
    expect(await rejectionOf(() => moveImprovement(actor, { code: "IMP209901001", version: 1, to: "DO", reason: "" }))).toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect((await getImprovement(actor, code)).version).toBe(2);
  });

  it("through the actions: improvement:manage may change; others are refused; auditors and admins read", async () => {
    const quality = await makeStaff("QUALITY_MANAGER");
    const agent = await makeStaff("AGENT");
    const auditor = await makeStaff("AUDITOR");
    const admin = await makeStaff("ADMIN");
    const customer = await makeCustomer();
    const input = plan({ linkBaseline: false });
    for (const who of [agent.user, auditor.user, admin.user, customer.user]) {
      signInAs(who);
      expect(await createImprovementAction(input)).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await counts()).toMatchObject({ projects: 0, audits: 0 });

    signInAs(quality.user);
    expect(await createImprovementAction({ ...input, targetValue: "1.5", title: "" })).toMatchObject({ ok: false, fieldErrors: { targetValue: ["improvements.validation.target.count"], title: ["validation.tooShort.5"] } });
    expect(await counts()).toMatchObject({ projects: 0, audits: 0 });
    const ok = await createImprovementAction(input);
    expect(ok).toMatchObject({ ok: true, data: { version: 1 } });
    const code = ok.ok ? ok.data.code : "";
    expect(await moveImprovementAction({ code, version: 1, to: "CANCELLED", reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["improvements.validation.reason"] } });
    expect(await addImprovementActionAction({ code, version: 1, title: "排查计费规则", ownerId: "nobody", dueDate: cstDateKey(new Date()) })).toMatchObject({ ok: false, formError: "improvements.errors.actionOwner" });

    signInAs(auditor.user);
    expect(await moveImprovementAction({ code, version: 1, to: "DO", reason: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect((await getImprovement(auditor.actor, code)).code).toBe(code);
    expect((await listImprovements(admin.actor, {})).rows).toHaveLength(1);
    expect(await rejectionOf(() => getImprovement(agent.actor, code))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => getImprovement(customer.actor, code))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => moveImprovement(auditor.actor, { code, version: 1, to: "DO", reason: "" }))).toBeInstanceOf(ForbiddenError);
    expect((await getImprovement(quality.actor, code)).version).toBe(1);
  });
});
