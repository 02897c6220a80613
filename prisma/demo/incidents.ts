import { anyAreaCovers } from "../../lib/domain/areas";
import { NOTICE_TEMPLATES, formatIncidentCode, incidentNoticeNames, incidentCounterKey, playbookOf, userRecipientKey, type IncidentKind, type IncidentLevel, type IncidentUpdateKind, type PlaybookStep } from "../../lib/domain/incidents";
import type { ServiceKind } from "../../lib/domain/roles";
import { computeDeadlines } from "../../lib/domain/sla";
import { formatSrn } from "../../lib/domain/srn";
import { cstDayKey } from "../../lib/domain/time";
import zhCN from "../../messages/zh-CN.json";
import type { AreaSeeder, DemoContext } from "./context";

// Demo incidents (故障公告, issue 6): one ACTIVE level-II network outage of mobile service in
// 北京市朝阳区 (张伟's area), declared about 50 minutes before the seed's "now", with an ETA, two
// updates, ticked playbook steps and a fault report 张伟 filed during it (linked); and a history of
// restored ones in the last 90 days — one back within 2 hours (海淀, 星河科技's mobile lines), a
// broadband business outage in 上海市徐汇区 restored after 5 hours (beyond its 4-hour promise), and
// one last month in 广东省深圳市 (周敏). Each stage notified the demo customers it affected, once,
// as the fan-out would have (server/jobs/incident-fanout.ts). Times are relative to "now".

const MINUTE = 60_000;

type Stage = { kind: IncidentUpdateKind; afterMin: number; body: string; bodyEn: string; etaAfterMin?: number };
type DemoIncident = {
  startedAgoMin: number;
  title: string;
  titleEn: string;
  kind: IncidentKind;
  level: IncidentLevel;
  services: ServiceKind[];
  areas: string[];
  etaAfterMin: number | null;
  restoredAfterMin: number | null;
  ticked: Array<{ step: PlaybookStep; afterMin: number; by: "supervisor" | "technician" }>;
  stages: Stage[];
};

const allSteps = (level: IncidentLevel, every: number) => playbookOf(level).map((step, i) => ({ step, afterMin: 5 + i * every, by: (i % 2 ? "technician" : "supervisor") as "supervisor" | "technician" }));

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    startedAgoMin: 35 * 24 * 60 + 200,
    title: "深圳市移动网络中断",
    titleEn: "Mobile network down in Shenzhen",
    kind: "NETWORK",
    level: "II",
    services: ["MOBILE"],
    areas: ["广东省深圳市"],
    etaAfterMin: 120,
    restoredAfterMin: 110,
    ticked: allSteps("II", 12),
    stages: [
      { kind: "DECLARED", afterMin: 8, body: "深圳市南山区、福田区部分基站因传输设备故障退服，手机无信号或通话中断，抢修人员已到场。", bodyEn: "Some cell sites in Nanshan and Futian are down after a transmission fault; phones may have no signal. Engineers are on site." },
      { kind: "UPDATE", afterMin: 60, body: "已更换故障板卡，正在逐站恢复，福田区大部分基站已恢复。", bodyEn: "The faulty card has been replaced; sites are coming back one by one, most of Futian is back." },
      { kind: "RESTORED", afterMin: 110, body: "全部基站已恢复，网络运行正常。", bodyEn: "Every site is back and the network is running normally." },
    ],
  },
  {
    startedAgoMin: 20 * 24 * 60 + 300,
    title: "海淀区移动网络中断",
    titleEn: "Mobile network down in Haidian",
    kind: "NETWORK",
    level: "III",
    services: ["MOBILE"],
    areas: ["北京市海淀区"],
    etaAfterMin: 120,
    restoredAfterMin: 100,
    ticked: allSteps("III", 15),
    stages: [
      { kind: "DECLARED", afterMin: 6, body: "海淀区中关村一带部分基站停电退服，手机信号弱或无信号，已调度应急发电车。", bodyEn: "A power cut has taken some cell sites around Zhongguancun off the air; a generator truck is on its way." },
      { kind: "UPDATE", afterMin: 50, body: "应急发电车已到位，基站正在恢复供电。", bodyEn: "The generator truck is connected; the sites are being powered up." },
      { kind: "RESTORED", afterMin: 100, body: "市电已恢复，全部基站恢复正常。", bodyEn: "Mains power is back and every site is working normally." },
    ],
  },
  {
    startedAgoMin: 12 * 24 * 60 + 600,
    title: "徐汇区宽带业务中断",
    titleEn: "Broadband service outage in Xuhui",
    kind: "BUSINESS",
    level: "II",
    services: ["BROADBAND"],
    areas: ["上海市徐汇区"],
    etaAfterMin: 240,
    restoredAfterMin: 300,
    ticked: allSteps("II", 30),
    stages: [
      { kind: "DECLARED", afterMin: 10, body: "徐汇区宽带认证系统故障，部分用户无法拨号上网，技术人员正在处理。", bodyEn: "A fault in the broadband authentication system in Xuhui stops some customers from getting online; engineers are on it." },
      { kind: "ETA_CHANGED", afterMin: 200, body: "数据库恢复耗时超出预期，恢复时间推迟，深表歉意。", bodyEn: "Restoring the database is taking longer than expected; we are sorry for the delay.", etaAfterMin: 310 },
      { kind: "RESTORED", afterMin: 300, body: "认证系统已恢复，请重启光猫后重新连接。本次中断超过 4 小时的承诺时限，我们将按规则为受影响用户办理补偿。", bodyEn: "The authentication system is back; please restart your modem. This outage broke our 4-hour promise and affected customers will be compensated under our rules." },
    ],
  },
  {
    startedAgoMin: 50,
    title: "朝阳区移动网络中断",
    titleEn: "Mobile network down in Chaoyang",
    kind: "NETWORK",
    level: "II",
    services: ["MOBILE"],
    areas: ["北京市朝阳区"],
    etaAfterMin: 120,
    restoredAfterMin: null,
    ticked: [
      { step: "emergencyTeam", afterMin: 4, by: "supervisor" },
      { step: "reportManagement", afterMin: 9, by: "supervisor" },
      { step: "dispatchRepair", afterMin: 12, by: "technician" },
      { step: "publicNotice", afterMin: 6, by: "supervisor" },
    ],
    stages: [
      { kind: "DECLARED", afterMin: 6, body: "朝阳区望京、酒仙桥一带因施工挖断光缆，部分基站退服，手机无信号或无法上网。抢修队伍已出发。", bodyEn: "Construction work cut a fibre cable around Wangjing and Jiuxianqiao; some cell sites are down and phones may have no signal or data. Repair crews are on their way." },
      { kind: "UPDATE", afterMin: 25, body: "抢修人员已到达现场，已定位断点，正在熔接光纤。", bodyEn: "The crew is on site, has found the break and is splicing the fibres." },
      { kind: "ETA_CHANGED", afterMin: 40, body: "受损光缆芯数较多，熔接需要更长时间，预计恢复时间推迟半小时。", bodyEn: "More fibres are damaged than first thought; splicing takes longer and we now expect service back half an hour later.", etaAfterMin: 150 },
    ],
  },
];

const linkedText = (code: string) => zhCN.incidents.timeline.linked.replace("{code}", code);

async function affectedUsers({ prisma }: DemoContext, incident: DemoIncident) {
  const lines = await prisma.line.findMany({ where: { status: { in: ["ACTIVE", "SUSPENDED"] }, kind: { in: incident.services } }, select: { area: true, customerId: true } });
  const customerIds = [...new Set(lines.filter((l) => anyAreaCovers(incident.areas, l.area)).map((l) => l.customerId))];
  return prisma.user.findMany({ where: { customerId: { in: customerIds } }, orderBy: { id: "asc" }, select: { id: true } });
}

async function seedOne(ctx: DemoContext, d: DemoIncident) {
  const { prisma, now, userIds } = ctx;
  const startedAt = new Date(now.getTime() - d.startedAgoMin * MINUTE);
  const at = (min: number) => new Date(startedAt.getTime() + min * MINUTE);
  const day = incidentCounterKey(startedAt);
  const counter = await prisma.srnCounter.upsert({ where: { day }, create: { day, last: 1 }, update: { last: { increment: 1 } } });
  const code = formatIncidentCode(startedAt, counter.last);
  const lastEta = [...d.stages].reverse().find((s) => s.etaAfterMin)?.etaAfterMin ?? d.etaAfterMin;
  const payloadBase = { ...incidentNoticeNames({ code, title: d.title, titleEn: d.titleEn, areas: d.areas }), subscriber: "no" };
  const incident = await prisma.incident.create({
    data: {
      code,
      title: d.title,
      titleEn: d.titleEn,
      summary: d.stages[0]!.body,
      summaryEn: d.stages[0]!.bodyEn,
      kind: d.kind,
      level: d.level,
      services: d.services,
      areas: d.areas,
      status: d.restoredAfterMin === null ? "ACTIVE" : "RESTORED",
      startedAt,
      estimatedRestoreAt: lastEta === null ? null : at(lastEta),
      restoredAt: d.restoredAfterMin === null ? null : at(d.restoredAfterMin),
      checklist: d.ticked.map((t) => ({ step: t.step, doneAt: at(t.afterMin).toISOString(), doneById: userIds[t.by]! })),
      declaredById: userIds.supervisor!,
      version: 1 + d.ticked.length + d.stages.length - 1,
      createdAt: at(d.stages[0]!.afterMin),
    },
  });
  const users = await affectedUsers(ctx, d);
  let eta = d.etaAfterMin;
  for (const [i, s] of d.stages.entries()) {
    if (s.etaAfterMin) eta = s.etaAfterMin;
    const createdAt = at(s.afterMin);
    const update = await prisma.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        kind: s.kind,
        body: s.body,
        bodyEn: s.bodyEn,
        estimatedRestoreAt: eta === null ? null : at(eta),
        authorId: userIds.supervisor!,
        notifiedCount: users.length,
        fannedOutAt: createdAt,
        createdAt,
      },
    });
    const latest = i === d.stages.length - 1;
    for (const u of users) {
      await prisma.incidentNotice.create({ data: { updateId: update.id, recipientKey: userRecipientKey(u.id), createdAt } });
      await prisma.notification.create({
        data: {
          recipientId: u.id,
          channel: "IN_APP",
          template: NOTICE_TEMPLATES[s.kind],
          payload: { ...payloadBase, message: s.body, messageEn: s.bodyEn, hasEta: eta === null ? "no" : "yes", eta: eta === null ? "" : at(eta).toISOString(), restoredAt: s.kind === "RESTORED" ? createdAt.toISOString() : "" },
          status: "SENT",
          sentAt: createdAt,
          createdAt,
          readAt: latest ? null : createdAt,
        },
      });
    }
  }
  return { incident, at };
}

/** 张伟's fault report filed 20 minutes into the active outage: linked to it, and given its later update. */
async function seedLinkedReport(ctx: DemoContext, incidentId: string, code: string, at: (min: number) => Date, update: Stage) {
  const { prisma, customerIds, userIds, lineIds, teamIds } = ctx;
  const createdAt = at(20);
  const counter = await prisma.srnCounter.upsert({ where: { day: cstDayKey(createdAt) }, create: { day: cstDayKey(createdAt), last: 1 }, update: { last: { increment: 1 } } });
  const srn = formatSrn(createdAt, counter.last);
  const deadlines = computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt });
  await prisma.serviceRequest.create({
    data: {
      srn,
      type: "FAULT_REPAIR",
      level: 2,
      channel: "WEB",
      customerId: customerIds.zhang!,
      lineId: lineIds["13800000001"]!,
      teamId: teamIds.NETWORK ?? null,
      incidentId,
      title: "CALL_FAILURE",
      description: "从半小时前开始手机打不出电话，也上不了网，家里和小区里都一样。",
      details: { symptom: "CALL_FAILURE", since: at(2).toISOString(), contactPhone: "13800000001", reachable: "ANYTIME" },
      createdById: userIds.zhang!,
      createdAt,
      ...deadlines,
      events: {
        create: [
          { kind: "created", visibility: "CUSTOMER", actorId: userIds.zhang!, toStatus: "SUBMITTED", createdAt },
          { kind: "incidentLinked", visibility: "CUSTOMER", actorId: null, body: linkedText(code), createdAt },
          { kind: "incidentUpdate", visibility: "CUSTOMER", actorId: userIds.supervisor!, body: `故障公告 ${code}：${update.body}`, createdAt: at(update.afterMin) },
        ],
      },
    },
  });
  await prisma.notification.create({
    data: { recipientId: userIds.zhang!, channel: "IN_APP", template: "request.created", payload: { srn, acceptBy: deadlines.acceptBy.toISOString() }, status: "SENT", sentAt: createdAt, createdAt, readAt: createdAt },
  });
}

export const seedIncidents: AreaSeeder = async (ctx) => {
  for (const d of DEMO_INCIDENTS) {
    const { incident, at } = await seedOne(ctx, d);
    if (d.restoredAfterMin === null) await seedLinkedReport(ctx, incident.id, incident.code, at, d.stages.at(-1)!);
  }
};
