import type { ComplaintCategory } from "../../lib/domain/complaints";
import type { RequestType } from "../../lib/domain/roles";
import { computeDeadlines } from "../../lib/domain/sla";
import { formatSrn } from "../../lib/domain/srn";
import { cstDayKey } from "../../lib/domain/time";
import type { Prisma } from "../../server/generated/prisma/client";
import type { AreaSeeder } from "./context";

// The reports' history (issue 7, /admin/reports): six months of finished work, so that the CSAT
// trend, SLA by type/level/team, complaint hot spots and staff KPIs have something to show. It
// belongs to six customers of its own, served at the counter (no accounts, so no customer's
// request list or staff queue changes): every request is CLOSED, every return visit DONE, every
// win-back task DONE. The numbers come from a fixed pseudo-random sequence, so each seed is the
// same relative to its "now". Complaints cluster on purpose — network quality in 上海市徐汇区 on
// M128, billing in 北京市朝阳区 on M58 — and the hot spot grows in the latest three months.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Mulberry32: a small deterministic generator, [0, 1). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type HistoryCustomer = {
  key: string;
  name: string;
  type: "PERSONAL" | "ENTERPRISE";
  phone: string;
  area: string;
  lines: Array<{ number: string; kind: "MOBILE" | "BROADBAND"; plan: string; address?: string }>;
};

export const REPORT_CUSTOMERS: HistoryCustomer[] = [
  { key: "he", name: "何晓东", type: "PERSONAL", phone: "13912345601", area: "上海市徐汇区", lines: [{ number: "13912345601", kind: "MOBILE", plan: "M128" }] },
  {
    key: "guo",
    name: "郭静",
    type: "PERSONAL",
    phone: "13912345602",
    area: "上海市徐汇区",
    lines: [
      { number: "13912345602", kind: "MOBILE", plan: "M128" },
      { number: "BB0912345602", kind: "BROADBAND", plan: "BB300", address: "上海市徐汇区漕溪北路 88 号 5-702" },
    ],
  },
  { key: "ma", name: "马超", type: "PERSONAL", phone: "13912345603", area: "北京市朝阳区", lines: [{ number: "13912345603", kind: "MOBILE", plan: "M58" }] },
  { key: "yuanhang", name: "远航物流有限公司", type: "ENTERPRISE", phone: "13912345604", area: "北京市海淀区", lines: [{ number: "13912345604", kind: "MOBILE", plan: "E588" }] },
  {
    key: "lin",
    name: "林悦",
    type: "PERSONAL",
    phone: "13912345605",
    area: "广东省深圳市福田区",
    lines: [
      { number: "13912345605", kind: "MOBILE", plan: "M19" },
      { number: "BB0912345605", kind: "BROADBAND", plan: "BB1000", address: "广东省深圳市福田区深南大道 6008 号 12-1803" },
    ],
  },
  { key: "song", name: "宋阳", type: "PERSONAL", phone: "13912345606", area: "北京市朝阳区", lines: [{ number: "13912345606", kind: "MOBILE", plan: "M58" }] },
];

type Kind = { type: RequestType; weight: number };
const KINDS: Kind[] = [
  { type: "FAULT_REPAIR", weight: 0.35 },
  { type: "BUSINESS_CHANGE", weight: 0.2 },
  { type: "CONSULTATION", weight: 0.2 },
  { type: "COMPLAINT", weight: 0.25 },
];

/** Where complaints come from: [customer key, line number | null, category, weight in the first three months, weight in the last three]. */
const COMPLAINT_SPOTS: Array<[string, string | null, ComplaintCategory, number, number]> = [
  ["he", "13912345601", "NETWORK_QUALITY", 1, 4],
  ["guo", "13912345602", "NETWORK_QUALITY", 1, 3],
  // (Not 计费收费: the improvement projects' and outcome pages' demo is about the core demo's
  // billing complaints in Beijing, and these would change its figures.)
  ["ma", "13912345603", "SERVICE_ATTITUDE", 3, 2],
  ["song", "13912345606", "HANDLING_TIME", 2, 2],
  ["lin", "BB0912345605", "HANDLING_TIME", 1, 1],
  ["yuanhang", "13912345604", "SERVICE_ATTITUDE", 1, 1],
  ["guo", null, "OTHER", 1, 0.5],
];

function pick<T>(rand: () => number, items: Array<T & { weight: number }>): T {
  const total = items.reduce((a, b) => a + b.weight, 0);
  let r = rand() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items.at(-1)!;
}

export const seedReports: AreaSeeder = async ({ prisma, now, teamIds, planIds, userIds }) => {
  const rand = random(20261129);
  const customerIds: Record<string, string> = {};
  const lines: Record<string, { id: string; customer: string; kind: string }> = {};
  for (const c of REPORT_CUSTOMERS) {
    const customer = await prisma.customer.create({
      data: { type: c.type, name: c.name, phone: c.phone, realNameVerified: true, lifecycleStage: "ACTIVE", area: c.area, isDemo: true, createdAt: new Date(now.getTime() - 420 * DAY) },
    });
    customerIds[c.key] = customer.id;
    for (const l of c.lines) {
      const line = await prisma.line.create({
        data: {
          customerId: customer.id,
          number: l.number,
          kind: l.kind,
          planId: planIds[l.plan]!,
          status: "ACTIVE",
          activatedAt: new Date(now.getTime() - 400 * DAY),
          area: c.area,
          address: l.address ?? null,
          createdAt: new Date(now.getTime() - 400 * DAY),
        },
      });
      lines[l.number] = { id: line.id, customer: c.key, kind: l.kind };
    }
  }
  const mobileLines = Object.entries(lines).filter(([, l]) => l.kind === "MOBILE");
  const counters: Record<string, number> = Object.fromEntries((await prisma.srnCounter.findMany()).map((c) => [c.day, c.last]));
  const existingDays = new Set(Object.keys(counters));
  const touchedDays = new Set<string>();

  const requests: Prisma.ServiceRequestCreateManyInput[] = [];
  const eventRows: Prisma.RequestEventCreateManyInput[] = [];
  const ratingRows: Prisma.RatingCreateManyInput[] = [];
  const followUpRows: Prisma.FollowUpCreateManyInput[] = [];
  // One request about every 1.4 days from 178 days ago to 3 days ago, oldest first.
  for (let daysAgo = 178; daysAgo >= 3; daysAgo -= 0.9 + rand()) {
    const createdAt = new Date(now.getTime() - Math.round(daysAgo * 24) * HOUR);
    const recent = daysAgo < 90;
    // Months since the start: the service gets better (quicker, better rated) over the half year.
    const month = Math.floor((178 - daysAgo) / 30);
    const kind = pick(rand, KINDS).type;
    let customerKey: string;
    let lineNumber: string | null;
    let category: ComplaintCategory | null = null;
    if (kind === "COMPLAINT") {
      const spot = pick(rand, COMPLAINT_SPOTS.map(([c, l, cat, early, late]) => ({ c, l, cat, weight: recent ? late : early })));
      customerKey = spot.c;
      lineNumber = spot.l;
      category = spot.cat;
    } else {
      const [number, line] = kind === "FAULT_REPAIR" && rand() < 0.4 ? (Object.entries(lines).find(([, l]) => l.kind === "BROADBAND" && rand() < 0.6) ?? mobileLines[0]!) : mobileLines[Math.floor(rand() * mobileLines.length)]!;
      customerKey = line.customer;
      lineNumber = kind === "CONSULTATION" ? null : number;
    }
    const level = (kind === "FAULT_REPAIR" || kind === "COMPLAINT") && rand() < 0.15 ? 1 : rand() < 0.2 ? 3 : 2;
    const deadlines = computeDeadlines({ type: kind, level: level as 1 | 2 | 3, special: false, createdAt });
    const team = kind === "COMPLAINT" ? "COMPLAINTS" : kind === "FAULT_REPAIR" ? (rand() < 0.65 ? "FIELD" : "NETWORK") : "FRONTLINE";
    const worker = team === "FIELD" || team === "NETWORK" ? "technician" : kind === "COMPLAINT" && rand() < 0.5 ? "supervisor" : rand() < 0.8 ? "agent" : "supervisor";
    // Faults are taken within the hour; the rest within six.
    const acceptedAt = new Date(createdAt.getTime() + (kind === "FAULT_REPAIR" ? 10 + Math.floor(rand() * 40) : 60 + Math.floor(rand() * 300)) * 60_000);
    // Late resolutions: about 30 % early on, about 10 % by the end; level 1 faults are hardest.
    const late = rand() < 0.32 - month * 0.045 + (level === 1 ? 0.15 : 0);
    const resolveBy = deadlines.resolveBy;
    const resolvedAt = resolveBy
      ? new Date(late ? resolveBy.getTime() + (1 + Math.floor(rand() * 20)) * HOUR : acceptedAt.getTime() + (resolveBy.getTime() - acceptedAt.getTime()) * (0.3 + 0.6 * rand()))
      : new Date(acceptedAt.getTime() + (2 + Math.floor(rand() * 30)) * HOUR);
    const handedOver = rand() < 0.18 - month * 0.02;
    const reopened = rand() < 0.08;
    const closedAt = new Date(resolvedAt.getTime() + (reopened ? 72 : 48) * HOUR);
    if (closedAt > now) continue;
    const workerId = userIds[worker]!;
    const events: Array<{ kind: string; actorId: string; createdAt: Date; fromStatus?: "SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "RESOLVED"; toStatus?: "ACCEPTED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED" }> = [];
    events.push({ kind: "accept", actorId: workerId, createdAt: acceptedAt, fromStatus: "SUBMITTED", toStatus: "ACCEPTED" });
    events.push({ kind: "start", actorId: workerId, createdAt: new Date(acceptedAt.getTime() + 30 * 60_000), fromStatus: "ACCEPTED", toStatus: "IN_PROGRESS" });
    if (handedOver) events.push({ kind: "handedOver", actorId: workerId, createdAt: new Date(acceptedAt.getTime() + HOUR) });
    if (reopened) {
      const firstResolve = new Date(resolvedAt.getTime() - 30 * HOUR);
      events.push({ kind: "resolve", actorId: workerId, createdAt: firstResolve, fromStatus: "IN_PROGRESS", toStatus: "RESOLVED" });
      events.push({ kind: "reopen", actorId: userIds.supervisor!, createdAt: new Date(firstResolve.getTime() + 6 * HOUR), fromStatus: "RESOLVED", toStatus: "IN_PROGRESS" });
    }
    events.push({ kind: "resolve", actorId: workerId, createdAt: resolvedAt, fromStatus: "IN_PROGRESS", toStatus: "RESOLVED" });
    events.push({ kind: "close", actorId: workerId, createdAt: closedAt, fromStatus: "RESOLVED", toStatus: "CLOSED" });
    // Ratings: about 60 % of customers rate; the share of 4–5 climbs from about 62 % to about 90 %.
    const rated = rand() < 0.6;
    const happy = rand() < 0.62 + month * 0.055 - (late ? 0.2 : 0);
    const score = happy ? (rand() < 0.6 ? 5 : 4) : rand() < 0.5 ? 3 : rand() < 0.6 ? 2 : 1;
    const ratedAt = new Date(resolvedAt.getTime() + 5 * HOUR);

    const day = cstDayKey(createdAt);
    counters[day] = (counters[day] ?? 0) + 1;
    touchedDays.add(day);
    const srn = formatSrn(createdAt, counters[day]);
    const line = lineNumber ? lines[lineNumber]! : null;
    const title = kind === "FAULT_REPAIR" ? (line?.kind === "BROADBAND" ? "NO_INTERNET" : "SLOW_DATA") : kind === "BUSINESS_CHANGE" ? "ADD_ON" : kind === "CONSULTATION" ? "BILLING" : category!;
    const details =
      kind === "FAULT_REPAIR"
        ? { symptom: title, since: new Date(createdAt.getTime() - 3 * HOUR).toISOString(), contactPhone: REPORT_CUSTOMERS.find((c) => c.key === customerKey)!.phone, reachable: "ANYTIME" }
        : kind === "BUSINESS_CHANGE"
          ? { changeKind: "ADD_ON", addOn: "CALLER_ID" }
          : kind === "CONSULTATION"
            ? { topic: "BILLING" }
            : { category, desiredOutcome: "查明原因并给出处理结果" };
    const id = `demo-report-${String(requests.length + 1).padStart(4, "0")}`;
    requests.push({
      id,
      srn,
      type: kind,
      status: "CLOSED",
      level,
      channel: "COUNTER",
      customerId: customerIds[customerKey]!,
      lineId: line?.id ?? null,
      teamId: teamIds[team] ?? null,
      ownerId: workerId,
      title,
      description: kind === "COMPLAINT" ? "客户来电投诉（营业厅登记）。" : "客户在营业厅办理。",
      details,
      createdAt,
      ...deadlines,
      acceptedAt,
      respondedAt: deadlines.respondBy ? new Date(acceptedAt.getTime() + 30 * 60_000) : null,
      resolvedAt,
      closedAt,
      complaintStage: kind === "COMPLAINT" ? "FEEDBACK" : null,
      version: events.length + 1,
    });
    for (const e of [{ kind: "created", actorId: workerId, toStatus: "SUBMITTED" as const, createdAt }, ...events]) eventRows.push({ ...e, requestId: id, visibility: "CUSTOMER" });
    if (rated && ratedAt < closedAt) {
      ratingRows.push({ requestId: id, customerId: customerIds[customerKey]!, score, reasons: [], resolved: score >= 3, createdAt: ratedAt });
      // A low rating gets a return visit (回访), made the next day.
      if (score <= 2)
        followUpRows.push({
          requestId: id,
          reason: "LOW_RATING",
          status: "DONE",
          dueAt: new Date(ratedAt.getTime() + 24 * HOUR),
          assigneeId: workerId === userIds.technician ? userIds.supervisor! : workerId,
          outcome: rand() < 0.7 ? "SATISFIED" : "PROBLEM_PERSISTS",
          attempts: 1,
          createdAt: ratedAt,
          closedAt: new Date(ratedAt.getTime() + 20 * HOUR),
        });
    }
  }
  // Written in four statements (not one per request): the demo seed stays quick.
  await prisma.serviceRequest.createMany({ data: requests });
  await prisma.requestEvent.createMany({ data: eventRows });
  await prisma.rating.createMany({ data: ratingRows });
  await prisma.followUp.createMany({ data: followUpRows });
  for (const day of touchedDays) if (existingDays.has(day)) await prisma.srnCounter.update({ where: { day }, data: { last: counters[day]! } });
  await prisma.srnCounter.createMany({ data: [...touchedDays].filter((d) => !existingDays.has(d)).map((day) => ({ day, last: counters[day]! })) });

  // Win-back (挽留) calls already made on these customers: two kept, one declined.
  const winBacks: Array<[string, string, number, string]> = [
    ["ma", "agent", 80, "RETAINED"],
    ["song", "agent", 40, "DECLINED"],
    ["he", "supervisor", 20, "RETAINED"],
  ];
  for (const [customer, assignee, daysAgo, outcome] of winBacks) {
    const createdAt = new Date(now.getTime() - daysAgo * DAY);
    await prisma.winBackTask.create({
      data: {
        customerId: customerIds[customer]!,
        scoreAtStart: 70,
        offer: "赠送 3 个月 10GB 流量包",
        assigneeId: userIds[assignee]!,
        createdById: userIds.supervisor!,
        dueAt: new Date(createdAt.getTime() + 3 * DAY),
        status: "DONE",
        outcome,
        attempts: 1,
        createdAt,
        closedAt: new Date(createdAt.getTime() + DAY),
      },
    });
  }
};
