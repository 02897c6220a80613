import { describe, expect, it } from "vitest";
import { auditRows } from "@/prisma/test/assertions";
import { makeCustomer, makePlan, makeRequest } from "@/prisma/test/factories";
import { db } from "../db";
import { runChurnScoring } from "./churn-score";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date("2026-11-20T04:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
type Owner = Awaited<ReturnType<typeof makeCustomer>>;

async function active() {
  const o = await makeCustomer();
  await db.customer.update({ where: { id: o.customer.id }, data: { lifecycleStage: "ACTIVE" } });
  return o;
}

/** A finished request that met every deadline: counts for nothing but its type. */
function clean(owner: Owner, type: "COMPLAINT" | "FAULT_REPAIR" | "TERMINATION" | "PLAN_CHANGE", days: number, status: "CLOSED" | "WITHDRAWN" = "CLOSED") {
  const createdAt = ago(days);
  return makeRequest(owner, { type, status, createdAt, acceptedAt: new Date(createdAt.getTime() + HOUR), respondBy: null });
}

const rate = (owner: Owner, requestId: string, score: number, days: number) => db.rating.create({ data: { requestId, customerId: owner.customer.id, score, reasons: [], createdAt: ago(days) } });

async function scoreOf(owner: Owner) {
  const s = await db.churnScore.findUniqueOrThrow({ where: { customerId: owner.customer.id } });
  const c = await db.customer.findUniqueOrThrow({ where: { id: owner.customer.id }, select: { lifecycleStage: true } });
  return { score: s.score, band: s.band, reasons: s.reasons, stage: c.lifecycleStage };
}

/** A: complaints and low ratings, with older ones outside the 90 days. */
async function complainer() {
  const o = await active();
  const c1 = await clean(o, "COMPLAINT", 10);
  await clean(o, "COMPLAINT", 40);
  const old = await clean(o, "COMPLAINT", 100);
  const f = await clean(o, "FAULT_REPAIR", 20);
  await rate(o, c1.id, 1, 5);
  await rate(o, f.id, 3, 15);
  await rate(o, old.id, 2, 95);
  return o;
}

/** B: one stale open request, one late acceptance, one missed resolution; a paused clock and a resolved request do not count. */
async function neglected() {
  const o = await active();
  const at = (days: number) => ago(days);
  await makeRequest(o, { status: "ACCEPTED", createdAt: at(10), acceptedAt: new Date(at(10).getTime() + HOUR), respondBy: null, resolveBy: new Date(now.getTime() + 5 * DAY) });
  await makeRequest(o, { status: "CLOSED", createdAt: at(20), acceptBy: new Date(at(20).getTime() + DAY), acceptedAt: new Date(at(20).getTime() + 30 * HOUR), respondBy: null });
  await makeRequest(o, { status: "AWAITING_INFO", createdAt: at(3), acceptedAt: new Date(at(3).getTime() + HOUR), respondBy: null, resolveBy: new Date(now.getTime() - HOUR), clockPausedAt: new Date(at(3).getTime() + 2 * HOUR) });
  await makeRequest(o, { status: "IN_PROGRESS", createdAt: at(2), acceptedAt: new Date(at(2).getTime() + HOUR), respondBy: null, resolveBy: new Date(now.getTime() - HOUR) });
  // Resolved on time, waiting for the customer's confirmation: neither stale nor late.
  const waiting = await makeRequest(o, { status: "RESOLVED", createdAt: at(12), acceptedAt: new Date(at(12).getTime() + HOUR), respondBy: null, resolveBy: at(8) });
  await db.serviceRequest.update({ where: { id: waiting.id }, data: { resolvedAt: at(9) } });
  return o;
}

/** C: usage down 50 %, a downgrade (and an upgrade and a cancelled downgrade), a contract ending, a termination. */
async function leaving() {
  const o = await active();
  for (const [month, dataMb] of [["2026-07", 1000], ["2026-08", 1200], ["2026-09", 800], ["2026-10", 500]] as const) {
    await db.usageRecord.create({ data: { lineId: o.line.id, month, dataMb, voiceMinutes: 100 } });
  }
  const cheaper = await makePlan();
  for (const [feeDiffFen, status] of [[-2000, "APPLIED"], [1000, "APPLIED"], [-1000, "CANCELLED"]] as const) {
    const r = await clean(o, "PLAN_CHANGE", 30);
    await db.planChange.create({ data: { lineId: o.line.id, fromPlanId: o.line.planId, toPlanId: cheaper.id, requestId: r.id, status, effectiveAt: ago(20), feeDiffFen, createdAt: ago(30) } });
  }
  await db.line.update({ where: { id: o.line.id }, data: { lockInEndsAt: new Date(now.getTime() + 30 * DAY) } });
  await db.line.create({ data: { customerId: o.customer.id, number: `BB${o.customer.phone}`, kind: "BROADBAND", planId: o.line.planId, area: "北京", lockInEndsAt: new Date(now.getTime() + 90 * DAY) } });
  await clean(o, "TERMINATION", 5, "WITHDRAWN");
  return o;
}

describe("runChurnScoring", () => {
  it("scores every factor as the model says, from the customers' records", async () => {
    const a = await complainer();
    const b = await neglected();
    const c = await leaving();
    const quiet = await active();
    const counts = await runChurnScoring(now);

    expect(await scoreOf(a)).toEqual({
      score: 40,
      band: "MEDIUM",
      reasons: [
        { code: "COMPLAINTS", count: 2, points: 30 },
        { code: "LOW_RATINGS", count: 1, points: 10 },
      ],
      stage: "ACTIVE",
    });
    expect(await scoreOf(b)).toEqual({
      score: 30,
      band: "MEDIUM",
      reasons: [
        { code: "SLA_BREACHES", count: 2, points: 20 },
        { code: "STALE_REQUESTS", count: 1, points: 10 },
      ],
      stage: "ACTIVE",
    });
    expect(await scoreOf(c)).toEqual({
      score: 70,
      band: "HIGH",
      reasons: [
        { code: "TERMINATION_INTENT", count: 1, points: 25 },
        { code: "USAGE_DECLINE", count: 50, points: 20 },
        { code: "DOWNGRADES", count: 1, points: 15 },
        { code: "CONTRACT_ENDING", count: 1, points: 10 },
      ],
      stage: "AT_RISK",
    });
    expect(await scoreOf(quiet)).toEqual({ score: 0, band: "LOW", reasons: [], stage: "ACTIVE" });
    expect(counts).toEqual({ scored: 4, low: 1, medium: 2, high: 1, atRisk: 1, restored: 0 });
    const [row] = await auditRows("churn.score");
    expect(row).toMatchObject({ actorId: null, targetType: "ChurnScore", summary: { scored: 4, high: 1, medium: 2, low: 1, atRisk: 1, restored: 0, removed: 0 } });
  });

  it("is idempotent and gives the same scores in small batches", async () => {
    const c = await leaving();
    const a = await complainer();
    await active();
    await runChurnScoring(now, null, 2);
    const first = [await scoreOf(a), await scoreOf(c)];
    const again = await runChurnScoring(now, null, 1);
    expect([await scoreOf(a), await scoreOf(c)]).toEqual(first);
    expect(again).toMatchObject({ scored: 3, high: 1, atRisk: 0, restored: 0 });
    expect(await db.churnScore.count()).toBe(3);
    expect(await auditRows("churn.score")).toHaveLength(2);
  });

  it("moves AT_RISK back to ACTIVE when the risk falls, and leaves NEW and CHURNED alone", async () => {
    const recovered = await makeCustomer();
    await db.customer.update({ where: { id: recovered.customer.id }, data: { lifecycleStage: "AT_RISK" } });
    const fresh = await leaving();
    await db.customer.update({ where: { id: fresh.customer.id }, data: { lifecycleStage: "NEW" } });
    const gone = await makeCustomer();
    await db.customer.update({ where: { id: gone.customer.id }, data: { lifecycleStage: "CHURNED" } });
    await db.churnScore.create({ data: { customerId: gone.customer.id, score: 80, band: "HIGH", computedAt: ago(1) } });

    const counts = await runChurnScoring(now);
    expect(counts).toMatchObject({ scored: 2, atRisk: 0, restored: 1 });
    expect((await scoreOf(recovered)).stage).toBe("ACTIVE");
    expect(await scoreOf(fresh)).toMatchObject({ band: "HIGH", stage: "NEW" });
    expect(await db.churnScore.findUnique({ where: { customerId: gone.customer.id } })).toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: gone.customer.id } })).lifecycleStage).toBe("CHURNED");
    expect((await auditRows("churn.score"))[0]?.summary).toMatchObject({ removed: 1, restored: 1 });
  });
});

describe("porting-eligibility checks", () => {
  it("counts the customer's porting checks of the last 90 days (20 points each, at most 40)", async () => {
    const owner = await makeCustomer();
    const old = new Date(now.getTime() - 100 * 86_400_000);
    await db.auditLog.createMany({
      data: [
        { actorId: owner.user.id, actorRole: "CUSTOMER", action: "porting.check", targetType: "Line", targetId: owner.line.id, createdAt: new Date(now.getTime() - 86_400_000) },
        { actorId: owner.user.id, actorRole: "CUSTOMER", action: "porting.check", targetType: "Line", targetId: owner.line.id, createdAt: new Date(now.getTime() - 2 * 86_400_000) },
        { actorId: owner.user.id, actorRole: "CUSTOMER", action: "porting.check", targetType: "Line", targetId: owner.line.id, createdAt: old },
      ],
    });
    await runChurnScoring(now);
    const score = await db.churnScore.findUniqueOrThrow({ where: { customerId: owner.customer.id } });
    expect(score.reasons).toEqual([{ code: "PORTING_CHECKS", count: 2, points: 40 }]);
    expect(score).toMatchObject({ score: 40, band: "MEDIUM" });
  });
});
