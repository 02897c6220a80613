import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { schedulePlanChangeAction } from "@/app/account/plans/actions";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { applyDuePlanChanges } from "../jobs/plan-changes";
import { startRequest } from "./request-transitions";
import { cancelPlanChange, schedulePlanChange } from "./plan-changes";
import { getLinePlan, listMyLinePlans, listPlans, planChangeOptions, plansByCodes } from "./plans";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 86_400_000;
// 2026-12-10 10:00 China time: changes made now take effect on 2027-01-01 00:00 China time.
const now = new Date("2026-12-10T02:00:00Z");
const JAN_1 = new Date("2026-12-31T16:00:00Z");

let n = 0;
async function plan(fee: number, over: Partial<{ kind: "MOBILE" | "BROADBAND"; dataMb: number | null; contractMonths: number; active: boolean }> = {}) {
  const code = `T${++n}${randomUUID().slice(0, 4).toUpperCase()}`;
  return db.plan.create({ data: { code, name: `测试套餐 ${code}`, nameEn: `Test ${code}`, kind: over.kind ?? "MOBILE", monthlyFeeFen: fee, dataMb: over.dataMb === undefined ? 10_240 : over.dataMb, voiceMinutes: 500, smsCount: 100, contractMonths: over.contractMonths ?? 0, active: over.active ?? true } });
}

/** A customer whose line is on a 128-yuan plan, with 39- and 199-yuan plans to move to. */
async function setup(options: { lockInEndsAt?: Date | null } = {}) {
  const owner = await makeCustomer();
  const [current, cheap, dear] = await Promise.all([plan(12800), plan(3900), plan(19900)]);
  await db.line.update({ where: { id: owner.line.id }, data: { planId: current.id, lockInEndsAt: options.lockInEndsAt ?? null } });
  return { owner, current, cheap, dear };
}

const input = (lineId: string, toPlan: string) => ({ lineId, toPlan, idempotencyKey: randomUUID() });

describe("schedulePlanChange", () => {
  it("records the change as an accepted PLAN_CHANGE request due by the effective date, with timeline, audit and notification", async () => {
    const { owner, current, cheap } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { events: { orderBy: { createdAt: "asc" } }, planChange: true } });
    expect(request).toMatchObject({ type: "PLAN_CHANGE", status: "ACCEPTED", title: cheap.code, lineId: owner.line.id, resolveBy: JAN_1, respondBy: null, version: 2, ownerId: null });
    expect(request.acceptedAt!.getTime()).toBe(now.getTime() + 1);
    expect(request.details).toMatchObject({ fromPlan: current.code, toPlan: cheap.code, effectiveAt: JAN_1.toISOString(), feeDiffFen: -8900, newFeeFen: 3900 });
    expect(request.events.map((e) => [e.kind, e.actorId, e.toStatus])).toEqual([
      ["created", owner.user.id, "SUBMITTED"],
      ["accept", null, "ACCEPTED"],
    ]);
    expect(request.planChange).toMatchObject({ status: "PENDING", effectiveAt: JAN_1, feeDiffFen: -8900, fromPlanId: current.id, toPlanId: cheap.id });
    const audits = await auditRows("plan.change.schedule");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: owner.user.id, targetId: request.planChange!.id, summary: { srn, fromPlan: current.code, toPlan: cheap.code, feeDiffFen: -8900 } });
    const notes = await db.notification.findMany({ where: { recipientId: owner.user.id, template: "plan.changeScheduled" } });
    expect(notes.map((x) => x.channel).sort()).toEqual(["EMAIL", "IN_APP", "SMS"]);
    expect(notes[0]!.payload).toMatchObject({ srn, toPlan: cheap.code, newFee: "39.00", effectiveDate: "2027-01-01" });
    // The line keeps its plan until the job applies the change.
    expect((await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).planId).toBe(current.id);
  });

  it("returns the first request to a repeated form and writes nothing more", async () => {
    const { owner, cheap } = await setup();
    const form = input(owner.line.id, cheap.code);
    const first = await schedulePlanChange(owner.actor, form, now);
    const before = await rowCounts();
    expect(await schedulePlanChange(owner.actor, form, now)).toEqual(first);
    expect(await rowCounts()).toEqual(before);
  });

  it("allows one pending change per line: a second one is refused with a clear message, also when two race", async () => {
    const { owner, cheap, dear } = await setup();
    await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const before = await rowCounts();
    const error = await rejectionOf(() => schedulePlanChange(owner.actor, input(owner.line.id, dear.code), now));
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).key).toBe("plans.errors.pendingExists");
    expect(await rowCounts()).toEqual(before);

    const other = await setup();
    const results = await Promise.allSettled([schedulePlanChange(other.owner.actor, input(other.owner.line.id, other.cheap.code), now), schedulePlanChange(other.owner.actor, input(other.owner.line.id, other.dear.code), now)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.planChange.count({ where: { lineId: other.owner.line.id, status: "PENDING" } })).toBe(1);
  });

  it("during the contract term refuses a cheaper plan, and allows a dearer one", async () => {
    const { owner, cheap, dear } = await setup({ lockInEndsAt: new Date(now.getTime() + 90 * DAY) });
    const before = await rowCounts();
    const error = (await rejectionOf(() => schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now))) as ExpectedError;
    expect(error.key).toBe("plans.errors.lockIn");
    expect(error.fieldErrors).toEqual({ toPlan: ["plans.errors.lockIn"] });
    expect(await rowCounts()).toEqual(before);
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, dear.code), now);
    expect((await db.planChange.findFirstOrThrow({ where: { request: { srn } } })).feeDiffFen).toBe(7100);
  });

  it("refuses the same plan, another kind, an inactive or unknown plan, and a line that is not in service", async () => {
    const { owner, current } = await setup();
    const [broadband, retired] = await Promise.all([plan(9900, { kind: "BROADBAND", dataMb: null }), plan(1000, { active: false })]);
    const key = async (toPlan: string) => ((await rejectionOf(() => schedulePlanChange(owner.actor, input(owner.line.id, toPlan), now))) as ExpectedError).key;
    expect(await key(current.code)).toBe("plans.errors.samePlan");
    expect(await key(broadband.code)).toBe("plans.errors.otherKind");
    expect(await key(retired.code)).toBe("plans.errors.planNotFound");
    expect(await key("NOPE1")).toBe("plans.errors.planNotFound");
    await db.line.update({ where: { id: owner.line.id }, data: { status: "SUSPENDED" } });
    expect(await key(broadband.code)).toBe("errors.lineNotActive");
    expect(await db.serviceRequest.count()).toBe(0);
  });

  it("treats another customer's line as not found, and writes nothing", async () => {
    const { owner, cheap } = await setup();
    const other = await makeCustomer();
    const before = await rowCounts();
    expect(((await rejectionOf(() => schedulePlanChange(other.actor, input(owner.line.id, cheap.code), now))) as ExpectedError).key).toBe("errors.lineNotFound");
    expect(await rowCounts()).toEqual(before);
  });

  it.each(["AGENT", "SUPERVISOR", "ADMIN", "AUDITOR"] as const)("refuses staff (%s)", async (role) => {
    const { owner, cheap } = await setup();
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => schedulePlanChange(staff.actor, input(owner.line.id, cheap.code), now))).toBeInstanceOf(ForbiddenError);
    expect(await db.planChange.count()).toBe(0);
  });

  it("is reached through its action, which validates the input first", async () => {
    const { owner, cheap } = await setup();
    signInAs(owner.user);
    expect(await schedulePlanChangeAction({ lineId: owner.line.id, toPlan: "", idempotencyKey: "x" })).toMatchObject({ ok: false, fieldErrors: { toPlan: ["validation.choose"], idempotencyKey: ["validation.idempotencyKey"] } });
    const result = await schedulePlanChangeAction(input(owner.line.id, cheap.code));
    expect(result.ok).toBe(true);
    signInAs(null);
    expect(await schedulePlanChangeAction(input(owner.line.id, cheap.code))).toEqual({ ok: false, formError: "errors.signInRequired" });
  });
});

describe("cancelPlanChange", () => {
  it("cancels a pending change: the request is withdrawn, with its event, audit row and notification", async () => {
    const { owner, current, cheap } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const later = new Date(now.getTime() + DAY);
    expect(await cancelPlanChange(owner.actor, { srn }, later)).toEqual({ srn });
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { planChange: true, events: { orderBy: { createdAt: "asc" } } } });
    expect(request).toMatchObject({ status: "WITHDRAWN", closedAt: later, version: 3 });
    expect(request.planChange).toMatchObject({ status: "CANCELLED", cancelledAt: later });
    expect(request.events.at(-1)).toMatchObject({ kind: "withdraw", actorId: owner.user.id, fromStatus: "ACCEPTED", toStatus: "WITHDRAWN" });
    expect(await auditRows("plan.change.cancel")).toHaveLength(1);
    expect(await db.notification.count({ where: { template: "plan.changeCancelled", channel: "IN_APP" } })).toBe(1);
    expect((await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).planId).toBe(current.id);
    // A new change may be made now.
    await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), later);
  });

  it("refuses a second cancel, and a cancel once the change took effect", async () => {
    const { owner, cheap, dear } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    await cancelPlanChange(owner.actor, { srn }, now);
    expect(((await rejectionOf(() => cancelPlanChange(owner.actor, { srn }, now))) as ExpectedError).key).toBe("plans.errors.alreadyCancelled");

    const second = await schedulePlanChange(owner.actor, input(owner.line.id, dear.code), now);
    // Due, but the job has not run yet: it has taken effect all the same.
    expect(((await rejectionOf(() => cancelPlanChange(owner.actor, second, JAN_1))) as ExpectedError).key).toBe("plans.errors.alreadyApplied");
    await applyDuePlanChanges(JAN_1);
    expect(((await rejectionOf(() => cancelPlanChange(owner.actor, second, JAN_1))) as ExpectedError).key).toBe("plans.errors.alreadyApplied");
    expect(await db.planChange.count({ where: { status: "APPLIED" } })).toBe(1);
  });

  it("is not-found for another customer and forbidden for staff, and writes nothing", async () => {
    const { owner, cheap } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const other = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const before = await rowCounts();
    expect(await rejectionOf(() => cancelPlanChange(other.actor, { srn }, now))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(() => cancelPlanChange(agent.actor, { srn }, now))).toBeInstanceOf(ForbiddenError);
    expect(await rowCounts()).toEqual(before);
    expect((await db.planChange.findFirstOrThrow()).status).toBe("PENDING");
  });
});

describe("applyDuePlanChanges", () => {
  it("applies a change on its effective date, once: a second run changes nothing", async () => {
    const { owner, cheap } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    expect(await applyDuePlanChanges(new Date(JAN_1.getTime() - 1))).toEqual({ applied: 0, lineTerminated: 0, skipped: 0 });
    const runAt = new Date(JAN_1.getTime() + 3 * 60_000);
    expect(await applyDuePlanChanges(runAt)).toEqual({ applied: 1, lineTerminated: 0, skipped: 0 });
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { planChange: true, events: { orderBy: { createdAt: "asc" } } } });
    expect((await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).planId).toBe(cheap.id);
    expect(request).toMatchObject({ status: "RESOLVED", resolvedAt: JAN_1, version: 3 });
    expect(request.planChange).toMatchObject({ status: "APPLIED", appliedAt: runAt });
    expect(request.events.at(-1)).toMatchObject({ kind: "resolve", actorId: null, fromStatus: "ACCEPTED", toStatus: "RESOLVED" });
    expect(await auditRows("plan.change.apply")).toEqual([expect.objectContaining({ actorId: null, summary: expect.objectContaining({ srn, toPlan: cheap.code }) })]);
    expect(await db.notification.count({ where: { template: "plan.changeApplied", channel: "IN_APP" } })).toBe(1);

    const before = await rowCounts();
    const lineBefore = await db.line.findUniqueOrThrow({ where: { id: owner.line.id } });
    expect(await applyDuePlanChanges(new Date(runAt.getTime() + DAY))).toEqual({ applied: 0, lineTerminated: 0, skipped: 0 });
    expect(await rowCounts()).toEqual(before);
    expect(await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).toEqual(lineBefore);
  });

  it("starts the new plan's contract term, and cancels a change on a line terminated meanwhile", async () => {
    const a = await setup();
    const contract = await plan(29900, { contractMonths: 12 });
    await schedulePlanChange(a.owner.actor, input(a.owner.line.id, contract.code), now);
    const b = await setup();
    const { srn } = await schedulePlanChange(b.owner.actor, input(b.owner.line.id, b.cheap.code), now);
    await db.line.update({ where: { id: b.owner.line.id }, data: { status: "TERMINATED", terminatedAt: now } });
    expect(await applyDuePlanChanges(JAN_1)).toEqual({ applied: 1, lineTerminated: 1, skipped: 0 });
    expect((await db.line.findUniqueOrThrow({ where: { id: a.owner.line.id } })).lockInEndsAt).toEqual(new Date("2027-12-31T16:00:00Z"));
    const cancelled = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { planChange: true } });
    expect(cancelled).toMatchObject({ status: "WITHDRAWN", planChange: { status: "CANCELLED" } });
    expect((await db.line.findUniqueOrThrow({ where: { id: b.owner.line.id } })).planId).toBe(b.current.id);
  });

  it("applies each change once when two runs overlap", async () => {
    const { owner, cheap } = await setup();
    await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const [x, y] = await Promise.all([applyDuePlanChanges(JAN_1), applyDuePlanChanges(JAN_1)]);
    expect(x.applied + y.applied).toBe(1);
    expect(await auditRows("plan.change.apply")).toHaveLength(1);
    expect(await db.requestEvent.count({ where: { kind: "resolve" } })).toBe(1);
  });

  it("keeps staff from working a pending change by hand", async () => {
    const { owner, cheap } = await setup();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const agent = await makeStaff("AGENT");
    const error = (await rejectionOf(() => startRequest(agent.actor, { srn, version: 2, message: "" }))) as ExpectedError;
    expect(error.key).toBe("plans.errors.systemDriven");
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).status).toBe("ACCEPTED");
  });
});

describe("reading plans", () => {
  it("shows the owner their line, usage, recommendation and pending change", async () => {
    const { owner, cheap } = await setup();
    const GB = 1024;
    await db.usageRecord.createMany({
      data: ["2026-09", "2026-10", "2026-11", "2026-12"].map((month, i) => ({ lineId: owner.line.id, month, dataMb: (7 + i) * GB, voiceMinutes: 100, smsCount: 20 })),
    });
    const line = (await getLinePlan(owner.actor, owner.line.id, now))!;
    expect(line.number).toBe(owner.line.number);
    expect(line.thisMonth).toMatchObject({ month: "2026-12", dataMb: 10 * GB });
    expect(line.chart.map((c) => [c.month, c.usage?.dataMb ?? null])).toEqual([
      ["2026-07", null],
      ["2026-08", null],
      ["2026-09", 7 * GB],
      ["2026-10", 8 * GB],
      ["2026-11", 9 * GB],
      ["2026-12", 10 * GB],
    ]);
    expect(line.recommendation).toMatchObject({ plan: { code: cheap.code }, savingFen: 8900 });
    expect(line.pending).toBeNull();
    const { srn } = await schedulePlanChange(owner.actor, input(owner.line.id, cheap.code), now);
    const mine = await listMyLinePlans(owner.actor, now);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.pending).toMatchObject({ srn, effectiveAt: JAN_1, feeDiffFen: -8900, toPlan: { code: cheap.code } });
    expectNoSecrets(mine);
  });

  it("lists a line's options with the reason a plan is refused during the contract term", async () => {
    const { owner, cheap, dear } = await setup({ lockInEndsAt: new Date(now.getTime() + DAY) });
    const data = (await planChangeOptions(owner.actor, owner.line.id, now))!;
    expect(data.effectiveAt).toEqual(JAN_1);
    const byCode = new Map(data.options.map((o) => [o.plan.code, o]));
    expect(byCode.get(cheap.code)).toMatchObject({ check: { ok: false, reason: "lockIn" }, feeDiffFen: -8900 });
    expect(byCode.get(dear.code)).toMatchObject({ check: { ok: true }, feeDiffFen: 7100 });
  });

  it("is null for another customer, masked for request-reading staff, null for staff who may not read lines", async () => {
    const { owner } = await setup();
    const other = await makeCustomer();
    expect(await getLinePlan(other.actor, owner.line.id, now)).toBeNull();
    expect(await planChangeOptions(other.actor, owner.line.id, now)).toBeNull();
    const agent = await makeStaff("AGENT");
    const seen = (await getLinePlan(agent.actor, owner.line.id, now))!;
    expect(seen.number).toMatch(/^\d{3}\*{4}\d{4}$/);
    expectNoSecrets(seen, [owner.line.number]);
    expect(await listMyLinePlans(agent.actor, now)).toEqual([]);
    expect(await getLinePlan((await makeStaff("ADMIN")).actor, owner.line.id, now)).toBeNull();
  });
});

describe("the public catalogue", () => {
  it("lists active plans by kind and fee, filtered by kind, price band and contract; compares in the order asked", async () => {
    const [m39, m199, bb, retired] = await Promise.all([plan(3900), plan(19900, { contractMonths: 12 }), plan(12900, { kind: "BROADBAND", dataMb: null }), plan(2900, { active: false })]);
    const codes = (plans: Array<{ code: string }>) => plans.map((p) => p.code);
    expect(codes(await listPlans())).toEqual([m39.code, m199.code, bb.code]);
    expect(codes(await listPlans({ kind: "BROADBAND" }))).toEqual([bb.code]);
    expect(codes(await listPlans({ price: "UP_TO_50" }))).toEqual([m39.code]);
    expect(codes(await listPlans({ price: "50_TO_150" }))).toEqual([bb.code]);
    expect(codes(await listPlans({ price: "OVER_150" }))).toEqual([m199.code]);
    expect(codes(await listPlans({ noContract: true }))).toEqual([m39.code, bb.code]);
    expect(codes(await plansByCodes([bb.code, retired.code, "NOPE", m39.code]))).toEqual([bb.code, m39.code]);
    expect(await plansByCodes([])).toEqual([]);
  });
});
