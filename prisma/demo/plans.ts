// Demo data for plans, usage, bills and plan changes (issue 4). Deterministic relative to `now`:
// usage varies by a hash of the line number and the month's distance from now, never by chance.
//   - every plan gets its catalogue summary; more plans make the catalogue worth comparing (and
//     BB100 shows the contract term refusing a cheaper plan on 张伟's broadband);
//   - usage for the chart's six months (the current one partial) from each line's opening;
//   - bills for the last six completed months: plan fee (prorated in the opening month), usage
//     beyond the allowances, add-ons, an occasional credit; all paid except 张伟's latest mobile
//     bill (due), and 周敏's 13800000004 (the month before last overdue, the latest due: arrears);
//   - 张伟 moved his mobile from M39 to M58 three months ago (applied, confirmed); 星河科技 has an
//     upgrade of 13800000003 from E588 to E888 pending for the next cycle (allowed in the term).
import { ADD_ON_MONTHLY_FEE_FEN, billDueAt, billIssuedAt, extraUsage, proratedFeeFen } from "../../lib/domain/bills";
import { chartMonths, feeDifferenceFen, planChangeEffectiveAt, type MonthUsage, type PlanChangeDetails } from "../../lib/domain/plans";
import { computeDeadlines } from "../../lib/domain/sla";
import { formatSrn } from "../../lib/domain/srn";
import { addMonths, cstDateKey, cstDayKey, cstMonthKey, cstMonthStart, daysInMonth, HOUR_MS } from "../../lib/domain/time";
import type { AddOn } from "../../lib/schemas/request-create";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../server/generated/prisma/client";
import type { AreaSeeder, DemoContext } from "./context";

const GB = 1024;
const DAY = 24 * HOUR_MS;

type Kind = "MOBILE" | "BROADBAND" | "IOT" | "CLOUD";
type PlanData = {
  code: string;
  name: string;
  nameEn: string;
  kind: Kind;
  monthlyFeeFen: number;
  dataMb?: number;
  voiceMinutes?: number;
  smsCount?: number;
  speedMbps?: number;
  contractMonths?: number;
};

/** Plans added to the core demo set (prisma/demo-data.ts). */
const NEW_PLANS: PlanData[] = [
  { code: "M39", name: "畅享 39 元套餐", nameEn: "Enjoy 39", kind: "MOBILE", monthlyFeeFen: 3900, dataMb: 15 * GB, voiceMinutes: 200, smsCount: 100 },
  { code: "M88", name: "畅享 88 元套餐", nameEn: "Enjoy 88", kind: "MOBILE", monthlyFeeFen: 8800, dataMb: 60 * GB, voiceMinutes: 500, smsCount: 200 },
  { code: "M199", name: "尊享 199 元套餐", nameEn: "Premium 199", kind: "MOBILE", monthlyFeeFen: 19900, dataMb: 300 * GB, voiceMinutes: 3000 },
  { code: "E888", name: "企业共享 888 元套餐", nameEn: "Business shared 888", kind: "MOBILE", monthlyFeeFen: 88800, dataMb: 1000 * GB, voiceMinutes: 10000, smsCount: 5000, contractMonths: 12 },
  { code: "BB100", name: "光宽带 100M", nameEn: "Fibre 100M", kind: "BROADBAND", monthlyFeeFen: 5900, speedMbps: 100 },
  { code: "BB500", name: "光宽带 500M", nameEn: "Fibre 500M", kind: "BROADBAND", monthlyFeeFen: 12900, speedMbps: 500, contractMonths: 12 },
  { code: "IOT30", name: "物联网连接 30 元", nameEn: "IoT connect 30", kind: "IOT", monthlyFeeFen: 3000, dataMb: 5 * GB, smsCount: 200 },
  { code: "CLOUD-M", name: "云主机 增强型", nameEn: "Cloud server, enhanced", kind: "CLOUD", monthlyFeeFen: 59900, speedMbps: 10 },
];

/** Catalogue summaries of every plan, old and new. */
const SUMMARIES: Record<string, [string, string]> = {
  M19: ["月租低，适合接打电话为主、偶尔上网的用户。", "Low monthly fee for calls first and a little browsing."],
  M39: ["15 GB 流量，日常刷手机、导航够用。", "15 GB for everyday browsing and maps."],
  M58: ["30 GB 流量加 300 分钟通话，通勤追剧都不愁。", "30 GB and 300 minutes for commuting and streaming."],
  M88: ["60 GB 大流量，适合经常看视频的用户。", "60 GB for heavy video watchers."],
  M128: ["100 GB 流量、1000 分钟通话，商务出行无忧。", "100 GB and 1,000 minutes for business travel."],
  M199: ["300 GB 流量、3000 分钟通话，短信不限量。", "300 GB, 3,000 minutes and unlimited SMS."],
  E588: ["企业共享 500 GB 流量池，含 12 个月合约优惠。", "A 500 GB pool shared across the company, 12-month contract."],
  E888: ["企业共享 1000 GB 流量池与 10000 分钟通话。", "A 1,000 GB company pool and 10,000 minutes."],
  BB100: ["100M 光纤，无合约，适合独居或上网需求少的用户。", "100M fibre, no contract, for light use or living alone."],
  BB300: ["300M 光纤入户，含光猫，适合 2–3 口之家。", "300M fibre with modem, for a household of two or three."],
  BB500: ["500M 光纤，多设备同时高清视频不卡顿。", "500M fibre for many devices streaming at once."],
  BB1000: ["千兆光纤，含千兆路由器，24 个月合约。", "Gigabit fibre with router, 24-month contract."],
  IOT10: ["每月 1 GB，适合表计、定位等低流量终端。", "1 GB a month for meters, trackers and other light devices."],
  IOT30: ["每月 5 GB 与 200 条短信，适合视频监控等终端。", "5 GB and 200 SMS a month for cameras and busier devices."],
  "CLOUD-S": ["2 核 4 GB 云主机，100 GB 云盘，5 Mbps 带宽。", "2 vCPU, 4 GB RAM, 100 GB disk, 5 Mbps bandwidth."],
  "CLOUD-M": ["4 核 8 GB 云主机，200 GB 云盘，10 Mbps 带宽。", "4 vCPU, 8 GB RAM, 200 GB disk, 10 Mbps bandwidth."],
};

/** Allowances the core demo plans leave open: IOT10's SMS, the standard cloud server's bandwidth. */
const DETAILS: Record<string, { smsCount?: number; speedMbps?: number }> = { IOT10: { smsCount: 100 }, "CLOUD-S": { speedMbps: 5 } };

/** A line's typical month: data in MB, voice minutes, SMS, each with a ± spread (fraction). */
type Profile = { dataMb: number; voice: number; sms: number; spread: number };
const PROFILES: Record<string, Profile> = {
  // 张伟: near his 30 GB; some months over it (the consultation: 流量经常不够用).
  "13800000001": { dataMb: 30 * GB, voice: 280, sms: 60, spread: 0.12 },
  BB0100000001: { dataMb: 420 * GB, voice: 0, sms: 0, spread: 0.2 },
  // 李娜: about 8 GB a month on a 100 GB plan — M39 would do.
  "13800000002": { dataMb: 8 * GB, voice: 150, sms: 30, spread: 0.1 },
  "13800000003": { dataMb: 360 * GB, voice: 3600, sms: 1200, spread: 0.15 },
  "1064800000031": { dataMb: 760, voice: 0, sms: 40, spread: 0.2 },
  CL0300000001: { dataMb: 200 * GB, voice: 0, sms: 0, spread: 0.25 },
  "13800000004": { dataMb: 21 * GB, voice: 230, sms: 45, spread: 0.12 },
  "13800000014": { dataMb: 3 * GB, voice: 75, sms: 25, spread: 0.2 },
};
const DEFAULT_PROFILE: Record<Kind, Profile> = {
  MOBILE: { dataMb: 10 * GB, voice: 150, sms: 30, spread: 0.15 },
  BROADBAND: { dataMb: 300 * GB, voice: 0, sms: 0, spread: 0.2 },
  IOT: { dataMb: 500, voice: 0, sms: 20, spread: 0.2 },
  CLOUD: { dataMb: 100 * GB, voice: 0, sms: 0, spread: 0.2 },
};

const ADD_ON_LABELS: Record<AddOn, [string, string]> = {
  INTL_ROAMING: ["国际漫游功能费", "International roaming"],
  CALLER_ID: ["来电显示", "Caller ID"],
  RINGBACK_TONE: ["彩铃", "Ringback tone"],
  DATA_BOOSTER: ["流量加油包", "Data booster"],
  STATIC_IP: ["固定 IP", "Static IP"],
};

/** Occasional credits: line number → [months before now, amount in fen (negative), zh, en]. */
const CREDITS: Record<string, [number, number, string, string]> = {
  BB0100000001: [4, -1000, "断网补偿（网络故障 6 小时）", "Credit for a 6-hour network outage"],
  CL0300000001: [2, -5000, "服务中断补偿", "Credit for a service interruption"],
  "13800000014": [3, -500, "积分兑换话费", "Loyalty points redeemed"],
};

/** Bills left unpaid: line number → months before now. Everything else is paid. */
const UNPAID: Record<string, number[]> = { "13800000001": [1], "13800000004": [1, 2] };

/** A number in [0, 1) from a text: FNV-1a, so the demo is the same on every run. */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

function monthUsage(number: string, kind: Kind, month: string, offset: number, fraction: number): MonthUsage {
  const p = PROFILES[number] ?? DEFAULT_PROFILE[kind];
  const vary = (base: number, salt: string) => Math.round(base * (1 + p.spread * (2 * unit(`${number}:${offset}:${salt}`) - 1)) * fraction);
  return { month, dataMb: vary(p.dataMb, "d"), voiceMinutes: vary(p.voice, "v"), smsCount: vary(p.sms, "s") };
}

type LineInfo = { id: string; number: string; kind: Kind; planId: string; customerId: string; activatedAt: Date | null; addOns: string[] };

/** The fraction of `month` during which the line was open, up to `now`. */
function activeFraction(month: string, activatedAt: Date | null, now: Date): number {
  const start = cstMonthStart(month).getTime();
  const end = Math.min(cstMonthStart(addMonths(month, 1)).getTime(), now.getTime());
  const from = Math.max(start, activatedAt?.getTime() ?? start);
  return end <= from ? 0 : (end - from) / (cstMonthStart(addMonths(month, 1)).getTime() - start);
}

async function nextDemoSrn(prisma: PrismaClient, at: Date) {
  const day = cstDayKey(at);
  const counter = await prisma.srnCounter.upsert({ where: { day }, create: { day, last: 1 }, update: { last: { increment: 1 } } });
  return formatSrn(at, counter.last);
}

async function seedPlans(ctx: DemoContext) {
  for (const p of NEW_PLANS) {
    const plan = await ctx.prisma.plan.create({ data: p });
    ctx.planIds[p.code] = plan.id;
  }
  for (const [code, [summary, summaryEn]] of Object.entries(SUMMARIES)) {
    await ctx.prisma.plan.updateMany({ where: { code }, data: { summary, summaryEn, ...DETAILS[code] } });
  }
}

async function seedUsage(ctx: DemoContext, line: LineInfo) {
  const months = chartMonths(ctx.now);
  const rows = months.flatMap((month, i) => {
    const fraction = activeFraction(month, line.activatedAt, ctx.now);
    return fraction > 0 ? [{ lineId: line.id, ...monthUsage(line.number, line.kind, month, months.length - 1 - i, fraction) }] : [];
  });
  await ctx.prisma.usageRecord.createMany({ data: rows });
  return new Map(rows.map((r) => [r.month, r]));
}

type PlanRow = { id: string; code: string; name: string; nameEn: string; kind: Kind; monthlyFeeFen: number; dataMb: number | null; voiceMinutes: number | null; smsCount: number | null };

type BillRows = { bills: Prisma.BillCreateManyInput[]; items: Prisma.BillItemCreateManyInput[] };

/** The bills of one line, added to `out` (written with two createMany calls for all lines: the seed stays quick). */
function billsOf(ctx: DemoContext, line: LineInfo, usage: Map<string, MonthUsage>, planFor: (month: string) => PlanRow, out: BillRows) {
  const current = cstMonthKey(ctx.now);
  for (let back = 6; back >= 1; back--) {
    const month = addMonths(current, -back);
    const fraction = activeFraction(month, line.activatedAt, ctx.now);
    if (fraction <= 0) continue;
    const plan = planFor(month);
    const days = daysInMonth(month);
    const activeDays = Math.round(fraction * days);
    const items: Array<{ kind: "PLAN_FEE" | "EXTRA_USAGE" | "ADD_ON" | "CREDIT"; label: string; labelEn: string; amountFen: number }> = [];
    const partial = activeDays < days;
    items.push({
      kind: "PLAN_FEE",
      label: partial ? `套餐月费：${plan.name}（${activeDays} 天）` : `套餐月费：${plan.name}`,
      labelEn: partial ? `Plan fee: ${plan.nameEn} (${activeDays} days)` : `Plan fee: ${plan.nameEn}`,
      amountFen: proratedFeeFen(plan.monthlyFeeFen, activeDays, days),
    });
    const used = usage.get(month);
    if (used) {
      const x = extraUsage(plan, used);
      if (x.dataFen) items.push({ kind: "EXTRA_USAGE", label: `超出套餐流量 ${Math.ceil(x.dataMb / GB)} GB`, labelEn: `Data beyond the plan: ${Math.ceil(x.dataMb / GB)} GB`, amountFen: x.dataFen });
      if (x.voiceFen) items.push({ kind: "EXTRA_USAGE", label: `超出套餐通话 ${x.voiceMinutes} 分钟`, labelEn: `Calls beyond the plan: ${x.voiceMinutes} min`, amountFen: x.voiceFen });
      if (x.smsFen) items.push({ kind: "EXTRA_USAGE", label: `超出套餐短信 ${x.smsCount} 条`, labelEn: `SMS beyond the plan: ${x.smsCount}`, amountFen: x.smsFen });
    }
    for (const addOn of line.addOns as AddOn[]) {
      const [label, labelEn] = ADD_ON_LABELS[addOn];
      items.push({ kind: "ADD_ON", label, labelEn, amountFen: ADD_ON_MONTHLY_FEE_FEN[addOn] });
    }
    const credit = CREDITS[line.number];
    if (credit && credit[0] === back) items.push({ kind: "CREDIT", label: credit[2], labelEn: credit[3], amountFen: credit[1] });

    const issuedAt = billIssuedAt(month);
    const dueAt = billDueAt(month);
    const unpaid = UNPAID[line.number]?.includes(back) ?? false;
    // Paid a few days after issue (never after now).
    const paidAfter = Math.min((2 + Math.floor(unit(`${line.number}:${back}:paid`) * 8)) * DAY, Math.max(0, ctx.now.getTime() - issuedAt.getTime()) / 2);
    const id = randomUUID();
    out.bills.push({
      id,
      lineId: line.id,
      customerId: line.customerId,
      month,
      totalFen: items.reduce((sum, i) => sum + i.amountFen, 0),
      status: unpaid ? (dueAt.getTime() < ctx.now.getTime() ? "OVERDUE" : "DUE") : "PAID",
      issuedAt,
      dueAt,
      paidAt: unpaid ? null : new Date(issuedAt.getTime() + paidAfter),
      createdAt: issuedAt,
    });
    // Item order is read by createdAt: a millisecond apart keeps it.
    out.items.push(...items.map((item, i) => ({ ...item, billId: id, createdAt: new Date(issuedAt.getTime() + i) })));
  }
}

type ChangeSpec = { number: string; from: string; to: string; createdAt: Date; customerKey: string; applied: boolean };

/** A PLAN_CHANGE request and its PlanChange, as schedulePlanChange (and, when applied, the job and the customer's confirmation) would have written them. */
async function seedPlanChange(ctx: DemoContext, spec: ChangeSpec) {
  const { prisma } = ctx;
  const [from, to] = await Promise.all([prisma.plan.findUniqueOrThrow({ where: { code: spec.from } }), prisma.plan.findUniqueOrThrow({ where: { code: spec.to } })]);
  const lineId = ctx.lineIds[spec.number]!;
  const customerId = ctx.customerIds[spec.customerKey]!;
  const userId = ctx.userIds[spec.customerKey]!;
  const effectiveAt = planChangeEffectiveAt(spec.createdAt);
  const feeDiffFen = feeDifferenceFen(from, to);
  const details: PlanChangeDetails = {
    fromPlan: from.code,
    fromPlanName: from.name,
    fromPlanNameEn: from.nameEn,
    toPlan: to.code,
    toPlanName: to.name,
    toPlanNameEn: to.nameEn,
    effectiveAt: effectiveAt.toISOString(),
    feeDiffFen,
    newFeeFen: to.monthlyFeeFen,
  };
  const acceptedAt = new Date(spec.createdAt.getTime() + 1);
  const confirmedAt = new Date(effectiveAt.getTime() + 26 * HOUR_MS);
  const events = [
    { kind: "created", actorId: userId, toStatus: "SUBMITTED" as const, createdAt: spec.createdAt },
    { kind: "accept", actorId: null, fromStatus: "SUBMITTED" as const, toStatus: "ACCEPTED" as const, createdAt: acceptedAt },
    ...(spec.applied
      ? [
          { kind: "resolve", actorId: null, fromStatus: "ACCEPTED" as const, toStatus: "RESOLVED" as const, createdAt: new Date(effectiveAt.getTime() + 5 * 60_000) },
          { kind: "confirm", actorId: userId, fromStatus: "RESOLVED" as const, toStatus: "CLOSED" as const, createdAt: confirmedAt },
        ]
      : []),
  ];
  const srn = await nextDemoSrn(prisma, spec.createdAt);
  const request = await prisma.serviceRequest.create({
    data: {
      srn,
      type: "PLAN_CHANGE",
      status: spec.applied ? "CLOSED" : "ACCEPTED",
      customerId,
      lineId,
      title: to.code,
      description: "",
      details,
      createdById: userId,
      createdAt: spec.createdAt,
      ...computeDeadlines({ type: "PLAN_CHANGE", level: 2, special: false, createdAt: spec.createdAt, chosenDate: effectiveAt }),
      acceptedAt,
      ...(spec.applied ? { resolvedAt: effectiveAt, closedAt: confirmedAt } : {}),
      version: events.length,
      events: { create: events.map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
    },
  });
  await prisma.planChange.create({
    data: {
      lineId,
      fromPlanId: from.id,
      toPlanId: to.id,
      requestId: request.id,
      status: spec.applied ? "APPLIED" : "PENDING",
      effectiveAt,
      feeDiffFen,
      appliedAt: spec.applied ? new Date(effectiveAt.getTime() + 5 * 60_000) : null,
      createdAt: spec.createdAt,
    },
  });
  const notes = [
    { template: "plan.changeScheduled", at: spec.createdAt, payload: { srn, fromPlan: from.code, toPlan: to.code, newFee: (to.monthlyFeeFen / 100).toFixed(2), effectiveDate: cstDateKey(effectiveAt) } },
    ...(spec.applied ? [{ template: "plan.changeApplied", at: new Date(effectiveAt.getTime() + 5 * 60_000), payload: { srn, toPlan: to.code } }] : []),
  ];
  for (const n of notes) {
    await prisma.notification.create({ data: { recipientId: userId, channel: "IN_APP", template: n.template, payload: n.payload, status: "SENT", sentAt: n.at, createdAt: n.at, readAt: n.at } });
  }
}

export const seedPlansArea: AreaSeeder = async (ctx) => {
  await seedPlans(ctx);
  const plans = (await ctx.prisma.plan.findMany()) as PlanRow[];
  const byId = new Map(plans.map((p) => [p.id, p]));
  const byCode = new Map(plans.map((p) => [p.code, p]));
  const current = cstMonthKey(ctx.now);
  // 张伟's mobile was on M39 until his upgrade took effect three months ago.
  const upgradeMonth = addMonths(current, -3);
  const history: Record<string, { before: string; until: string }> = { "13800000001": { before: "M39", until: upgradeMonth } };

  const lines = await ctx.prisma.line.findMany({
    where: { id: { in: Object.values(ctx.lineIds) } },
    select: { id: true, number: true, kind: true, planId: true, customerId: true, activatedAt: true, addOns: true },
    orderBy: { number: "asc" },
  });
  const bills: BillRows = { bills: [], items: [] };
  for (const line of lines) {
    const usage = await seedUsage(ctx, line);
    const h = history[line.number];
    const planFor = (month: string) => (h && month < h.until ? byCode.get(h.before)! : byId.get(line.planId)!);
    billsOf(ctx, line, usage, planFor, bills);
  }
  await ctx.prisma.bill.createMany({ data: bills.bills });
  await ctx.prisma.billItem.createMany({ data: bills.items });

  await seedPlanChange(ctx, { number: "13800000001", from: "M39", to: "M58", customerKey: "zhang", applied: true, createdAt: new Date(cstMonthStart(upgradeMonth).getTime() - 9 * DAY) });
  // Pending for the next cycle; made in this cycle even just after midnight on the 1st.
  const monthStart = cstMonthStart(current).getTime();
  const createdAt = new Date(Math.min(ctx.now.getTime(), Math.max(ctx.now.getTime() - 50 * HOUR_MS, monthStart + 60_000)));
  await seedPlanChange(ctx, { number: "13800000003", from: "E588", to: "E888", customerKey: "xinghe", applied: false, createdAt });
};
