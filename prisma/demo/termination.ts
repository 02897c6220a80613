// Demo data for terminations (销户): 星河科技's IoT line with a termination accepted and in
// progress; an old mobile line of 张伟's (13900000001) terminated a year ago, with its requests,
// bills, usage and five-year archive; and 周敏's overdue bill on 13800000004 that the wizard's
// arrears check shows, until the bills area seeds it.
import { transitionEffects, type ClockFields } from "../../lib/domain/request-effects";
import { transition, type RequestAction } from "../../lib/domain/request-status";
import type { RequestStatus, RequestType } from "../../lib/domain/roles";
import { computeDeadlines } from "../../lib/domain/sla";
import { formatSrn } from "../../lib/domain/srn";
import { archiveRetainUntil, netDirection, portingEligibility, settlement, yuan, type TerminationLine } from "../../lib/domain/termination";
import { buildArchiveSnapshot } from "../../lib/domain/termination-archive";
import { cstDayKey, cstParts } from "../../lib/domain/time";
import type { PrismaClient } from "../../server/generated/prisma/client";
import { EVENT_TEMPLATES, type AreaSeeder, type DemoContext } from "./context";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const OLD_LINE_NUMBER = "13900000001";


async function nextSrn(prisma: PrismaClient, at: Date) {
  const day = cstDayKey(at);
  const counter = await prisma.srnCounter.upsert({ where: { day }, create: { day, last: 1 }, update: { last: { increment: 1 } } });
  return formatSrn(at, counter.last);
}

type Step = { action: RequestAction; afterHours: number; by: "agent" | "customer"; body?: string };
type DemoRequest = {
  customer: string;
  lineId: string;
  type: RequestType;
  createdAt: Date;
  title: string;
  description: string;
  details: Record<string, unknown>;
  steps: Step[];
  /** Long finished: every notification has been read. */
  read?: boolean;
  /** The notification a step sends instead of the usual one (null: none), as completeTermination does. */
  notices?: Partial<Record<RequestAction, { template: string; payload: Record<string, string> } | null>>;
};

/**
 * Writes a request by replaying its steps through the state machine and the clock effects, with
 * an event and an in-app notification per step (read, but for the latest), as the app would.
 */
async function seedRequest(ctx: DemoContext, r: DemoRequest) {
  const { prisma } = ctx;
  const srn = await nextSrn(prisma, r.createdAt);
  const clocks: ClockFields = { ...computeDeadlines({ type: r.type, level: 2, special: false, createdAt: r.createdAt }), acceptedAt: null, respondedAt: null, resolvedAt: null, clockPausedAt: null, closedAt: null };
  const customerUser = ctx.userIds[r.customer]!;
  let status: RequestStatus = "SUBMITTED";
  let ownerId: string | null = null;
  const events: Array<{ kind: RequestAction | "created"; actorId: string; fromStatus: RequestStatus | null; toStatus: RequestStatus; body: string | null; createdAt: Date }> = [
    { kind: "created", actorId: customerUser, fromStatus: null, toStatus: status, body: null, createdAt: r.createdAt },
  ];
  for (const step of r.steps) {
    const at = new Date(r.createdAt.getTime() + step.afterHours * HOUR);
    const actorId = step.by === "customer" ? customerUser : ctx.userIds.agent!;
    const result = transition(step.action, status, step.by === "customer" ? "CUSTOMER" : "AGENT");
    if (!result.ok || at > ctx.now) throw new Error(`termination demo: ${step.action} from ${status} at ${at.toISOString()} is not allowed`);
    Object.assign(clocks, transitionEffects(step.action, r.type, clocks, at));
    if (step.action === "accept" || (step.action === "start" && !ownerId)) ownerId = actorId;
    events.push({ kind: step.action, actorId, fromStatus: status, toStatus: result.to, body: step.body ?? null, createdAt: at });
    status = result.to;
  }
  const request = await prisma.serviceRequest.create({
    data: {
      srn,
      type: r.type,
      status,
      channel: "WEB",
      customerId: ctx.customerIds[r.customer]!,
      lineId: r.lineId,
      title: r.title,
      description: r.description,
      details: r.details as object,
      createdById: customerUser,
      createdAt: r.createdAt,
      ...clocks,
      ownerId,
      version: events.length,
      events: { create: events.map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
    },
    select: { id: true, srn: true },
  });
  for (const [i, e] of events.entries()) {
    const notice = e.kind === "created" ? undefined : r.notices?.[e.kind];
    if (notice === null) continue;
    await prisma.notification.create({
      data: {
        recipientId: customerUser,
        channel: "IN_APP",
        template: notice?.template ?? EVENT_TEMPLATES[e.kind],
        payload: notice ? { srn, ...notice.payload } : { srn, message: e.body ?? "", acceptBy: clocks.acceptBy.toISOString() },
        status: "SENT",
        sentAt: e.createdAt,
        createdAt: e.createdAt,
        readAt: r.read || i < events.length - 1 ? e.createdAt : null,
      },
    });
  }
  return request;
}

const lineFacts = (l: { kind: TerminationLine["kind"]; status: TerminationLine["status"]; activatedAt: Date | null; lockInEndsAt: Date | null; balanceFen: number; depositFen: number; addOns: string[]; plan: { monthlyFeeFen: number } }): TerminationLine => ({
  ...l,
  monthlyFeeFen: l.plan.monthlyFeeFen,
});

/** 星河科技's IoT line: a termination confirmed five hours ago and accepted an hour later. */
async function terminationInProgress(ctx: DemoContext) {
  const lineId = ctx.lineIds["1064800000031"]!;
  const line = await ctx.prisma.line.findUniqueOrThrow({ where: { id: lineId }, include: { plan: true } });
  const createdAt = new Date(ctx.now.getTime() - 5 * HOUR);
  const facts = lineFacts(line);
  const porting = portingEligibility({ realNameVerified: true }, facts, [], createdAt);
  await seedRequest(ctx, {
    customer: "xinghe",
    lineId,
    type: "TERMINATION",
    createdAt,
    title: "NO_LONGER_NEEDED",
    description: "园区水表改为有线抄表，这个物联网账号不再需要。",
    details: { reason: "NO_LONGER_NEEDED", settlement: settlement(facts, [], createdAt), portOut: { applicable: porting.applicable, eligible: porting.eligible, declined: true }, confirmedBy: "sms-code" },
    steps: [{ action: "accept", afterHours: 1, by: "agent", body: "已受理销户申请，核对结算后为您办理，完成后将通知您。" }],
  });
}

/** The first day (China time) of the month `back` months before `at`, as "yyyy-MM" and as an instant. */
function monthBefore(at: Date, back: number) {
  const p = cstParts(at);
  const index = p.year * 12 + (p.month - 1) - back;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { key: `${year}-${String(month).padStart(2, "0")}`, start: new Date(Date.UTC(year, month - 1, 1) - 8 * HOUR) };
}

/** 张伟's old mobile line, terminated a year ago: its requests, bills, usage and archive. */
async function terminatedLine(ctx: DemoContext) {
  const { prisma, now } = ctx;
  const terminatedAt = new Date(now.getTime() - 365 * DAY);
  const plan = await prisma.plan.findUniqueOrThrow({ where: { id: ctx.planIds.M19! } });
  const customer = await prisma.customer.findUniqueOrThrow({ where: { id: ctx.customerIds.zhang! }, select: { name: true, type: true, area: true } });
  const before = { balanceFen: 1560, depositFen: 5000, addOns: ["CALLER_ID"] };
  const line = await prisma.line.create({
    data: {
      customerId: ctx.customerIds.zhang!,
      number: OLD_LINE_NUMBER,
      kind: "MOBILE",
      planId: plan.id,
      status: "ACTIVE",
      activatedAt: new Date(now.getTime() - 1100 * DAY),
      area: customer.area,
      ...before,
    },
  });
  ctx.lineIds[OLD_LINE_NUMBER] = line.id;

  for (const back of [2, 1]) {
    const m = monthBefore(terminatedAt, back);
    const issuedAt = new Date(monthBefore(terminatedAt, back - 1).start.getTime() + 2 * DAY);
    await prisma.bill.create({
      data: {
        lineId: line.id,
        customerId: ctx.customerIds.zhang!,
        month: m.key,
        totalFen: plan.monthlyFeeFen,
        status: "PAID",
        issuedAt,
        dueAt: new Date(issuedAt.getTime() + 14 * DAY),
        paidAt: new Date(issuedAt.getTime() + 3 * DAY),
        items: { create: { kind: "PLAN_FEE", label: `${plan.name} 月费`, labelEn: `${plan.nameEn} monthly fee`, amountFen: plan.monthlyFeeFen } },
      },
    });
    await prisma.usageRecord.create({ data: { lineId: line.id, month: m.key, dataMb: 2100 + back * 350, voiceMinutes: 60 + back * 12, smsCount: 4 } });
  }

  const fault = new Date(now.getTime() - 500 * DAY);
  await seedRequest(ctx, {
    customer: "zhang",
    lineId: line.id,
    read: true,
    type: "FAULT_REPAIR",
    createdAt: fault,
    title: "NO_SIGNAL",
    description: "家里卧室一直没有信号，电话经常打不进来。",
    details: { symptom: "NO_SIGNAL", since: new Date(fault.getTime() - 48 * HOUR).toISOString(), contactPhone: "13800000001", reachable: "ANYTIME" },
    steps: [
      { action: "accept", afterHours: 1, by: "agent" },
      { action: "resolve", afterHours: 20, by: "agent", body: "已调整附近基站的天线方向，室内信号已恢复。" },
      { action: "confirm", afterHours: 30, by: "customer" },
    ],
  });
  await seedRequest(ctx, {
    customer: "zhang",
    lineId: line.id,
    read: true,
    type: "BUSINESS_CHANGE",
    createdAt: new Date(now.getTime() - 420 * DAY),
    title: "REMOVE_ADD_ON",
    description: "",
    details: { changeKind: "REMOVE_ADD_ON", addOn: "DATA_BOOSTER" },
    steps: [
      { action: "accept", afterHours: 2, by: "agent" },
      { action: "resolve", afterHours: 10, by: "agent", body: "流量加油包已取消，下月起不再收费。" },
      { action: "close", afterHours: 80, by: "agent", body: "客户未确认；电话回访，客户确认已取消。" },
    ],
  });

  // The termination, replayed as completeTermination writes it: accepted, then resolved and
  // closed at once with the final settlement, the line ended and the record archived.
  const createdAt = new Date(terminatedAt.getTime() - 20 * HOUR);
  const facts = lineFacts({ ...line, addOns: before.addOns, plan });
  const final = settlement(facts, [], terminatedAt);
  const request = await seedRequest(ctx, {
    customer: "zhang",
    lineId: line.id,
    read: true,
    type: "TERMINATION",
    createdAt,
    title: "NO_LONGER_NEEDED",
    description: "单位配了新手机号，这个号码不再使用。",
    details: {
      reason: "NO_LONGER_NEEDED",
      settlement: settlement(facts, [], createdAt),
      portOut: { applicable: true, eligible: true, declined: true },
      confirmedBy: "sms-code",
      finalSettlement: final,
      completedAt: terminatedAt.toISOString(),
    },
    steps: [
      { action: "accept", afterHours: 2, by: "agent" },
      { action: "resolve", afterHours: 20, by: "agent", body: "已核实无欠费，号码已销户，余额与押金已原路退回。" },
      { action: "close", afterHours: 20 + 1 / HOUR, by: "agent" },
    ],
    notices: {
      resolve: null,
      close: {
        template: "termination.notice",
        payload: {
          number: OLD_LINE_NUMBER,
          kind: "MOBILE",
          endAt: terminatedAt.toISOString(),
          balance: yuan(final.balanceRefundFen),
          deposit: yuan(final.depositRefundFen),
          finalMonth: yuan(final.finalMonth.feeFen),
          days: String(final.finalMonth.daysUsed),
          unpaid: yuan(final.unpaidBillsFen),
          net: netDirection(final.netFen),
          amount: yuan(final.netFen),
        },
      },
    },
  });
  await prisma.line.update({ where: { id: line.id }, data: { status: "TERMINATED", terminatedAt, balanceFen: 0, depositFen: 0 } });

  const record = await prisma.line.findUniqueOrThrow({
    where: { id: line.id },
    include: {
      plan: true,
      usage: { orderBy: { month: "asc" } },
      bills: { include: { items: true }, orderBy: { month: "asc" } },
      planChanges: { include: { fromPlan: true, toPlan: true } },
      requests: { include: { events: { where: { visibility: "CUSTOMER" }, include: { actor: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const snapshot = buildArchiveSnapshot({
    customer,
    line: { ...record, ...before },
    termination: { srn: request.srn, reason: "NO_LONGER_NEEDED", note: "单位配了新手机号，这个号码不再使用。", portOutDeclined: true, completedBy: "客服 王芳", completedAt: terminatedAt },
    settlement: final,
    usage: record.usage,
    bills: record.bills,
    planChanges: record.planChanges,
    requests: record.requests,
  });
  await prisma.serviceArchive.create({
    data: { customerId: ctx.customerIds.zhang!, lineId: line.id, snapshot, archivedAt: terminatedAt, retainUntil: archiveRetainUntil(terminatedAt) },
  });
}

/**
 * 周敏's 13800000004 has an overdue bill, which the wizard's arrears check shows. The bills area
 * owns Bill rows and seeds it there; this writes last month's bill only when that line has no
 * bill at all (so it must run after the bills seeder in AREA_SEEDERS).
 */
export async function overdueBill(ctx: Pick<DemoContext, "prisma" | "now" | "lineIds">) {
  const lineId = ctx.lineIds["13800000004"]!;
  if ((await ctx.prisma.bill.count({ where: { lineId } })) > 0) return;
  const line = await ctx.prisma.line.findUniqueOrThrow({ where: { id: lineId }, include: { plan: true } });
  const month = monthBefore(ctx.now, 1);
  const issuedAt = new Date(monthBefore(ctx.now, 0).start.getTime() + HOUR);
  const dueAt = new Date(Math.min(issuedAt.getTime() + 14 * DAY, ctx.now.getTime() - HOUR));
  await ctx.prisma.bill.create({
    data: {
      lineId,
      customerId: line.customerId,
      month: month.key,
      totalFen: line.plan.monthlyFeeFen,
      status: "OVERDUE",
      issuedAt: new Date(Math.min(issuedAt.getTime(), dueAt.getTime())),
      dueAt,
      items: { create: { kind: "PLAN_FEE", label: `${line.plan.name} 月费`, labelEn: `${line.plan.nameEn} monthly fee`, amountFen: line.plan.monthlyFeeFen } },
    },
  });
}

export const seedTermination: AreaSeeder = async (ctx) => {
  await terminationInProgress(ctx);
  await terminatedLine(ctx);
  await overdueBill(ctx);
};
