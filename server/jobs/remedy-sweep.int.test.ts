import { describe, expect, it } from "vitest";
import { auditRows } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { makeCommitment, makeRemedyRule } from "@/prisma/test/remedy-factories";
import { db } from "../db";
import { runRemedySweep } from "./remedy-sweep";

const HOUR = 3_600_000;
const now = new Date("2026-11-20T04:00:00Z");
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

/** A request with a BREACH alert on `clock`, as the SLA sweep writes it. */
async function breached(clock: "acceptBy" | "respondBy" | "resolveBy", extra: Parameters<typeof makeRequest>[1] = {}) {
  const owner = await makeCustomer();
  const r = await makeRequest(owner, { createdAt: ago(30), ...extra });
  await db.slaAlert.create({ data: { requestId: r.id, clock, kind: "BREACH", deadline: ago(6), createdAt: ago(5) } });
  return { owner, r };
}

let incidents = 0;
async function incident(o: { kind: "NETWORK" | "BUSINESS"; hours: number; areas?: string[]; status?: "ACTIVE" | "RESTORED" }) {
  const staff = await makeStaff("TECHNICIAN");
  const startedAt = ago(o.hours + 2);
  return db.incident.create({
    data: {
      code: `INC20261120${String(++incidents).padStart(3, "0")}`,
      title: "宽带中断",
      summary: "徐汇区宽带中断",
      kind: o.kind,
      level: "II",
      services: ["BROADBAND"],
      areas: o.areas ?? ["上海市徐汇区"],
      status: o.status ?? "RESTORED",
      startedAt,
      restoredAt: (o.status ?? "RESTORED") === "RESTORED" ? new Date(startedAt.getTime() + o.hours * HOUR) : null,
      declaredById: staff.user.id,
    },
  });
}

/** A broadband line (CNY 59 a month) in `area`, opened `daysOld` days ago, of a new customer. */
async function broadband(area: string, daysOld = 30, status: "ACTIVE" | "SUSPENDED" | "TERMINATED" = "ACTIVE") {
  const owner = await makeCustomer();
  const plan = await db.plan.create({ data: { code: `BB-${owner.line.id.slice(-6).toUpperCase()}`, name: "宽带", nameEn: "Fibre", kind: "BROADBAND", monthlyFeeFen: 5900 } });
  const opened = new Date(now.getTime() - daysOld * 24 * HOUR);
  const line = await db.line.create({ data: { customerId: owner.customer.id, number: `BB${owner.customer.phone}`, kind: "BROADBAND", planId: plan.id, area, status, activatedAt: opened, createdAt: opened } });
  return { owner, line };
}

describe("runRemedySweep: breached requests", () => {
  it("proposes one remedy per request and measure from the active rule, with its audit row, once", async () => {
    await makeRemedyRule("ACCEPT", { amountFen: 200 });
    const { owner, r } = await breached("acceptBy");
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 1 });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
    const rows = await db.remedy.findMany({ select: { dedupeKey: true, measure: true, kind: true, amountFen: true, customerId: true, lineId: true, requestId: true, status: true, reason: true, reasonEn: true } });
    expect(rows).toEqual([
      {
        dedupeKey: `request:${r.id}:ACCEPT`,
        measure: "ACCEPT",
        kind: "CREDIT",
        amountFen: 200,
        customerId: owner.customer.id,
        lineId: owner.line.id,
        requestId: r.id,
        status: "PROPOSED",
        reason: `申请 ${r.srn} 未在承诺时限内受理`,
        reasonEn: `request ${r.srn} was not accepted in the promised time`,
      },
    ]);
    expect(await auditRows("remedy.propose")).toMatchObject([{ actorId: null, targetType: "Remedy", summary: { dedupeKey: `request:${r.id}:ACCEPT`, amountFen: 200 } }]);
  });

  it("proposes once when two sweeps run at the same time", async () => {
    await makeRemedyRule("ACCEPT");
    await makeRemedyRule("RESPOND_GENERAL");
    await breached("acceptBy");
    await breached("respondBy");
    const [a, b] = await Promise.all([runRemedySweep(now), runRemedySweep(now)]);
    expect(a.proposed + b.proposed).toBe(2);
    expect(await db.remedy.count()).toBe(2);
    expect(await db.auditLog.count({ where: { action: "remedy.propose" } })).toBe(2);
  });

  it("proposes nothing for an inactive rule, a clock without a commitment, or an alert that is only a warning", async () => {
    await makeRemedyRule("ACCEPT", { active: false });
    await makeRemedyRule("RESPOND_GENERAL");
    await breached("acceptBy");
    await breached("respondBy", { level: 3 });
    const { r } = await breached("acceptBy");
    await db.slaAlert.updateMany({ where: { requestId: r.id }, data: { kind: "WARNING" } });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
    expect(await db.remedy.count()).toBe(0);
  });

  it("gives a fault linked to an incident no restore remedy, but still its response remedy", async () => {
    await makeRemedyRule("RESTORE_BUSINESS");
    await makeRemedyRule("RESPOND_GENERAL");
    const inc = await incident({ kind: "BUSINESS", hours: 1, status: "ACTIVE" });
    const { r } = await breached("resolveBy");
    await db.slaAlert.create({ data: { requestId: r.id, clock: "respondBy", kind: "BREACH", deadline: ago(20), createdAt: ago(19) } });
    await db.serviceRequest.update({ where: { id: r.id }, data: { incidentId: inc.id } });
    await runRemedySweep(now);
    expect(await db.remedy.findMany({ select: { measure: true } })).toEqual([{ measure: "RESPOND_GENERAL" }]);
  });

  it("computes a fee waiver from the line's plan and the month of the breach, and keeps it when the rule changes", async () => {
    const rule = await makeRemedyRule("RESTORE_BUSINESS", { kind: "FEE_WAIVER", amountFen: 0, waiverDays: 1 });
    await breached("resolveBy");
    await runRemedySweep(now);
    // The factory's plan costs CNY 58 a month; November has 30 days: 5800 / 30 = 193.33… → 193.
    expect(await db.remedy.findFirstOrThrow({ select: { amountFen: true, kind: true } })).toEqual({ amountFen: 193, kind: "FEE_WAIVER" });
    await db.remedyRule.update({ where: { id: rule.id }, data: { waiverDays: 3 } });
    await runRemedySweep(now);
    expect(await db.remedy.findFirstOrThrow({ select: { amountFen: true } })).toEqual({ amountFen: 193 });
  });

  it("leaves alerts older than the look-back window alone", async () => {
    await makeRemedyRule("ACCEPT");
    const { r } = await breached("acceptBy");
    await db.slaAlert.updateMany({ where: { requestId: r.id }, data: { createdAt: ago(121 * 24) } });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
  });
});

describe("runRemedySweep: incidents", () => {
  it("proposes one remedy per affected line when an incident lasted beyond its commitment, once", async () => {
    await makeRemedyRule("RESTORE_BUSINESS", { kind: "FEE_WAIVER", amountFen: 0, waiverDays: 1 });
    await makeCommitment("RESTORE_BUSINESS", 240);
    const inc = await incident({ kind: "BUSINESS", hours: 5 });
    const a = await broadband("上海市徐汇区");
    const b = await broadband("上海市徐汇区", 30, "SUSPENDED");
    await broadband("上海市浦东新区");
    await broadband("上海市徐汇区", 30, "TERMINATED");
    // Opened after the outage was over: not affected.
    await broadband("上海市徐汇区", 0);
    expect(await runRemedySweep(now)).toMatchObject({ fromIncidents: 2 });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
    const rows = await db.remedy.findMany({ select: { dedupeKey: true, customerId: true, lineId: true, incidentId: true, amountFen: true, reason: true }, orderBy: { dedupeKey: "asc" } });
    expect(rows).toEqual(
      [a, b]
        .map(({ owner, line }) => ({ dedupeKey: `incident:${inc.id}:${line.id}`, customerId: owner.customer.id, lineId: line.id, incidentId: inc.id, amountFen: 197, reason: `公告故障 ${inc.code} 未在承诺时限内恢复` }))
        .sort((x, y) => x.dedupeKey.localeCompare(y.dedupeKey)),
    );
  });

  it("proposes nothing for an incident within its commitment, one still active, or without a commitment", async () => {
    await makeRemedyRule("RESTORE_BUSINESS");
    await makeRemedyRule("RESTORE_NETWORK");
    await makeCommitment("RESTORE_BUSINESS", 240);
    await broadband("上海市徐汇区");
    await incident({ kind: "BUSINESS", hours: 4 });
    await incident({ kind: "BUSINESS", hours: 6, status: "ACTIVE" });
    await incident({ kind: "NETWORK", hours: 6 });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
  });

  it("measures against the newest active commitment version", async () => {
    await makeRemedyRule("RESTORE_BUSINESS");
    await makeCommitment("RESTORE_BUSINESS", 240, 1);
    await makeCommitment("RESTORE_BUSINESS", 360, 2);
    await broadband("上海市徐汇区");
    await incident({ kind: "BUSINESS", hours: 5 });
    expect(await runRemedySweep(now)).toMatchObject({ proposed: 0 });
  });
});
