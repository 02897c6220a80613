import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import zhCN from "@/messages/zh-CN.json";
import { makeCustomer, makePlan, makeRequest, makeStaff } from "@/prisma/test/factories";
import { buildCsv } from "@/lib/domain/report-kpis";
import { periodOf } from "@/lib/domain/report-period";
import { db } from "../db";
import { ForbiddenError } from "../action";
import { exportReportTable } from "../report-export";
import { csvOf, hotspotTable, reportTranslator } from "../report-tables";
import { computeMetric } from "./metrics";
import { complaintHotspots, hotspotRequests, reportOverview, slaMetByLevel, staffReportKpis } from "./report-queries";

// The route handler and the page translate with next-intl's server API; here it is the real
// translator over the Chinese messages.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages: zhCN, namespace: namespace as never }),
  getLocale: async () => "zh-CN",
  getFormatter: async () => createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
}));

const DAY = 86_400_000;
const now = new Date();
const period = periodOf({ range: "30d" }, now);
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

async function complaint(owner: Awaited<ReturnType<typeof makeCustomer>>, category: string, createdAt: Date, options: { noLine?: boolean } = {}) {
  const r = await makeRequest(owner, { type: "COMPLAINT", createdAt });
  await db.serviceRequest.update({ where: { id: r.id }, data: { details: { category, desiredOutcome: "退费" }, ...(options.noLine ? { lineId: null } : {}) } });
  return r;
}

async function placed(area: string, planCode?: string) {
  const c = await makeCustomer();
  await db.customer.update({ where: { id: c.customer.id }, data: { area } });
  await db.line.update({ where: { id: c.line.id }, data: { area } });
  if (planCode) {
    const plan = (await db.plan.findUnique({ where: { code: planCode } })) ?? (await db.plan.update({ where: { id: (await makePlan()).id }, data: { code: planCode } }));
    await db.line.update({ where: { id: c.line.id }, data: { planId: plan.id } });
  }
  return c;
}

describe("report queries", () => {
  it("are for report:read only", async () => {
    const { actor: agent } = await makeStaff("AGENT");
    const { actor: tech } = await makeStaff("TECHNICIAN");
    const customer = await makeCustomer();
    for (const actor of [agent, tech, customer.actor]) {
      await expect(reportOverview(actor, period)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(complaintHotspots(actor, period)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(staffReportKpis(actor, period)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(hotspotRequests(actor, { category: "BILLING", area: "", planCode: "" }, period)).rejects.toBeInstanceOf(ForbiddenError);
    }
    for (const role of ["SUPERVISOR", "QUALITY_MANAGER", "ADMIN", "AUDITOR"] as const) {
      const { actor } = await makeStaff(role);
      await expect(complaintHotspots(actor, period)).resolves.toEqual([]);
    }
  });

  it("group complaints by category × area × plan with the previous period, and drill down by area prefix", async () => {
    const { actor } = await makeStaff("QUALITY_MANAGER");
    const chaoyang = await placed("北京市朝阳区", "M58");
    const haidian = await placed("北京市海淀区", "M58");
    const xuhui = await placed("上海市徐汇区", "M128");
    await complaint(chaoyang, "BILLING", daysAgo(2));
    await complaint(chaoyang, "BILLING", daysAgo(10));
    await complaint(chaoyang, "BILLING", daysAgo(40)); // previous period (30–60 days ago)
    await complaint(haidian, "BILLING", daysAgo(5));
    await complaint(xuhui, "NETWORK_QUALITY", daysAgo(3));
    await complaint(xuhui, "NETWORK_QUALITY", daysAgo(45)); // previous
    await complaint(xuhui, "NETWORK_QUALITY", daysAgo(70)); // before both periods: not counted
    // Without a line the customer's area counts and there is no plan.
    await complaint(xuhui, "OTHER", daysAgo(1), { noLine: true });
    // Not a complaint: not counted.
    await makeRequest(chaoyang, { type: "FAULT_REPAIR", createdAt: daysAgo(2) });

    const hotspots = await complaintHotspots(actor, period);
    expect(hotspots).toEqual([
      { category: "BILLING", area: "北京市朝阳区", planCode: "M58", count: 2, previous: 1 },
      { category: "NETWORK_QUALITY", area: "上海市徐汇区", planCode: "M128", count: 1, previous: 1 },
      { category: "BILLING", area: "北京市海淀区", planCode: "M58", count: 1, previous: 0 },
      { category: "OTHER", area: "上海市徐汇区", planCode: "", count: 1, previous: 0 },
    ]);
    // The hot spot's total is the catalogue's complaint count for the same scope.
    expect(await computeMetric("complaints", { category: "BILLING", area: "北京市朝阳区", planCode: "M58" }, period)).toEqual({ value: 2, count: 2 });

    // The drill-down: exactly the cell's complaints; the area is a prefix (北京市 covers both districts).
    const cell = await hotspotRequests(actor, { category: "BILLING", area: "北京市朝阳区", planCode: "M58" }, period);
    expect(cell.map((r) => r.area)).toEqual(["北京市朝阳区", "北京市朝阳区"]);
    const beijing = await hotspotRequests(actor, { category: "BILLING", area: "北京市", planCode: "M58" }, period);
    expect(beijing.map((r) => r.area).sort()).toEqual(["北京市朝阳区", "北京市朝阳区", "北京市海淀区"]);
    // No plan means no line: the line-less complaint only.
    const lineless = await hotspotRequests(actor, { category: "OTHER", area: "上海市", planCode: "" }, period);
    expect(lineless).toHaveLength(1);
    expect(lineless[0]).toMatchObject({ planCode: "", area: "上海市徐汇区" });
    // The previous period's drill-down has the previous complaint.
    expect(await hotspotRequests(actor, { category: "NETWORK_QUALITY", area: "上海市徐汇区", planCode: "M128" }, { ...period, from: period.previous.from, to: period.previous.to })).toHaveLength(1);
  });

  it("count per-agent and per-team KPIs as the catalogue does (FCR, SLA met) with CSAT, return visits and win-back", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const { user: wang } = await makeStaff("AGENT");
    const { user: li } = await makeStaff("AGENT");
    const team = await db.team.create({ data: { code: "T-REP", name: "报表班组", nameEn: "Report team" } });
    await db.user.updateMany({ where: { id: { in: [wang.id, li.id] } }, data: { teamId: team.id } });
    const owner = await makeCustomer();
    const resolvedAt = daysAgo(3);
    async function resolvedBy(userId: string, o: { late?: boolean; events?: string[]; score?: number; level?: number }) {
      const r = await makeRequest(owner, { status: "RESOLVED", createdAt: daysAgo(4), level: o.level, resolveBy: new Date(resolvedAt.getTime() + (o.late ? -3_600_000 : 3_600_000)) });
      await db.serviceRequest.update({ where: { id: r.id }, data: { resolvedAt, teamId: team.id } });
      for (const kind of o.events ?? []) await db.requestEvent.create({ data: { requestId: r.id, kind, actorId: userId, createdAt: daysAgo(3.5) } });
      await db.requestEvent.create({ data: { requestId: r.id, kind: "resolve", actorId: userId, createdAt: resolvedAt } });
      if (o.score) await db.rating.create({ data: { requestId: r.id, customerId: owner.customer.id, score: o.score, reasons: [] } });
      return r;
    }
    await resolvedBy(wang.id, { score: 5, level: 1 });
    await resolvedBy(wang.id, { late: true, events: ["handedOver"], score: 3, level: 1 });
    await resolvedBy(wang.id, { score: 4 });
    const reopened = await resolvedBy(li.id, { events: ["reopen"], score: 1 });
    // 王 resolved it first, 李 after the reopen: the last resolution counts (李's).
    await db.requestEvent.create({ data: { requestId: reopened.id, kind: "resolve", actorId: wang.id, createdAt: daysAgo(3.8) } });
    // Return visits due in the period: 王 did one of two; a cancelled one does not count.
    for (const status of ["DONE", "OPEN", "CANCELLED"] as const)
      await db.followUp.create({ data: { requestId: reopened.id, reason: "LOW_RATING", status, dueAt: daysAgo(2), assigneeId: wang.id } });
    await db.followUp.create({ data: { requestId: reopened.id, reason: "LOW_RATING", status: "DONE", dueAt: daysAgo(50), assigneeId: wang.id } }); // due before the period
    // Win-back: 李 kept one customer and lost one; an open task counts as created only.
    const wb = (status: "OPEN" | "DONE", outcome: string | null, createdAt: Date, closedAt: Date | null) =>
      db.winBackTask.create({ data: { customerId: owner.customer.id, scoreAtStart: 80, offer: "流量包", assigneeId: li.id, createdById: actor.userId, dueAt: now, status, outcome, createdAt, closedAt } });
    await wb("DONE", "RETAINED", daysAgo(5), daysAgo(4));
    await wb("DONE", "DECLINED", daysAgo(40), daysAgo(20));
    await wb("OPEN", null, daysAgo(1), null);

    const { agents, teams } = await staffReportKpis(actor, period);
    const byId = new Map(agents.map((a) => [a.id, a]));
    const w = byId.get(wang.id)!.kpis;
    // 王: 3 resolved; first contact 2 of 3; SLA 2 of 3; CSAT 5, 3, 4 → 2 of 3; visits 1 of 2; no win-back
    expect(w).toEqual({
      handled: 3,
      fcr: { value: 66.7, count: 3 },
      slaMet: { value: 66.7, count: 3 },
      csat: { value: 66.7, count: 3 },
      followUps: { due: 2, done: 1, completion: { value: 50, count: 2 } },
      winBack: { created: 0, done: 0, retained: 0, retention: { value: null, count: 0 } },
    });
    const l = byId.get(li.id)!.kpis;
    // 李: the reopened request (not first contact, on time, rated 1); win-back created 2 in the period, done 2, retained 1
    expect(l).toMatchObject({ handled: 1, fcr: { value: 0, count: 1 }, slaMet: { value: 100, count: 1 }, csat: { value: 0, count: 1 } });
    expect(l.winBack).toEqual({ created: 2, done: 2, retained: 1, retention: { value: 50, count: 2 } });
    expect(byId.get(wang.id)!.teamName).toBe("报表班组");
    // Staff with nothing in the period are left out.
    expect(byId.has(actor.userId)).toBe(false);

    // The team: the same definitions as the catalogue's fcr and slaMet scoped to the team.
    const t = teams.find((x) => x.id === team.id)!.kpis;
    expect(t.handled).toBe(4);
    expect(t.fcr).toEqual(await computeMetric("fcr", { teamId: team.id }, period));
    expect(t.slaMet).toEqual(await computeMetric("slaMet", { teamId: team.id }, period));
    expect(t.winBack).toMatchObject({ created: 2, retained: 1 });

    // SLA by level: level 1 — one on time, one late → 50 %; level 2 — both on time.
    expect(await slaMetByLevel(1, period)).toEqual({ value: 50, count: 2 });
    expect(await slaMetByLevel(2, period)).toEqual({ value: 100, count: 2 });
    expect(await slaMetByLevel(3, period)).toEqual({ value: null, count: 0 });
    const overview = await reportOverview(actor, period);
    expect(overview.byLevel.map((b) => b.current.value)).toEqual([50, 100, null]);
    expect(overview.headline.slaMet.current).toEqual(await computeMetric("slaMet", {}, period));
    expect(overview.headline.nps.current).toEqual({ value: null, count: 0 });
  });

  it("export each table as CSV with a BOM, formulas neutralised, and an audit row per download", async () => {
    const { actor } = await makeStaff("AUDITOR");
    const evil = await placed("=HYPERLINK(\"http://x\")", "+M58");
    await complaint(evil, "BILLING", daysAgo(2));
    const text = await reportTranslator();
    const csv = buildCsv(...(Object.values(csvOf(hotspotTable(text, await complaintHotspots(actor, period), period))) as [string[], Array<Array<string | number | null>>]));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFF投诉类别,地区,套餐,投诉数,上一期,变化");
    expect(lines[1]).toBe(`计费收费,"'=HYPERLINK(""http://x"")",'+M58,1,0,1`);

    const out = await exportReportTable(actor, "hotspots", period, null);
    expect(out.filename).toBe(`servicehall-report-hotspots-${period.fromDate}_${period.toDate}.csv`);
    expect(out.header).toEqual(["投诉类别", "地区", "套餐", "投诉数", "上一期", "变化"]);
    for (const table of ["summary", "csat", "survey", "slaByType", "slaByLevel", "slaByTeam", "agents", "teams"] as const) {
      const t = await exportReportTable(actor, table, period, null);
      expect(t.header.length, table).toBeGreaterThan(1);
    }
    const drill = await exportReportTable(actor, "hotspotRequests", period, { category: "BILLING", area: "=HYPERLINK", planCode: "+M58" });
    expect(drill.rows).toHaveLength(1);
    expect(drill.rows[0]![0]).toMatch(/^SR\d{14}$/);
    const audits = await db.auditLog.findMany({ where: { action: "report.export", actorId: actor.userId }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(10);
    expect(audits[0]).toMatchObject({ targetType: "Report", targetId: "hotspots", actorRole: "AUDITOR", summary: { from: period.fromDate, to: period.toDate, rows: 1 } });
    expect(audits.at(-1)!.summary).toMatchObject({ category: "BILLING", area: "=HYPERLINK", planCode: "+M58" });
    const { actor: agent } = await makeStaff("AGENT");
    await expect(exportReportTable(agent, "hotspots", period, null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
