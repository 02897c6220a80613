import { formatImprovementCode, improvementCounterKey, quarterOf } from "../../lib/domain/improvements";
import type { MetricKey, MetricScope } from "../../lib/domain/metrics";
import type { DemoContext } from "./context";
import { metricsOn } from "./metrics-client";

// Demo improvement projects (服务改进项目库, issue 7). Their baselines and checks are computed from
// the demo's own requests through server/dal/metrics.ts computeMetric (never typed in), over
// periods relative to the seed's "now":
//   - DO, owned by 质检 孙丽: the 账单 (BILLING) complaints hot spot in 北京市 — 张伟's double-charged
//     data pack and 星河科技's late invoice — planned 2 days ago from the 90 days before, both
//     complaints linked, three actions (one done, one overdue, one open) and a 2026-Q4 review;
//   - CLOSED with STANDARDISE, owned by 班长 陈刚: evening signal complaints (NETWORK_QUALITY) in
//     上海市徐汇区 — 李娜's complaint in the baseline; after the network optimisation none in the
//     check period, so the check shows the improvement and the practice was standardised.
// Codes follow the app's: IMP + the month of planning + the month's counter (SrnCounter IMP:yyyyMM),
// so projects created live continue the sequence.

const DAY = 86_400_000;

type DemoAction = { title: string; owner: string; dueInDays: number; doneAgoDays?: number };
type DemoProject = {
  title: string;
  problem: string;
  owner: "quality" | "supervisor";
  plannedAgoDays: number;
  metric: MetricKey;
  scope: MetricScope;
  hotspot: boolean;
  target: number;
  /** Days before now: the baseline's start and end. */
  baseline: [number, number];
  /** Do started this many days ago. */
  doAgoDays: number;
  /** The check's end (days ago), and the decision, when it was checked and decided. */
  check?: { toAgoDays: number; decidedAgoDays: number; note: string };
  linkBaseline: boolean;
  actions: DemoAction[];
  review?: { agoDays: number; note: string; by: "quality" | "supervisor" };
};

export const DEMO_IMPROVEMENTS: DemoProject[] = [
  {
    title: "徐汇区田林路一带晚间信号投诉治理",
    problem: "上海市徐汇区田林路一带客户反映晚间手机信号只有一格、通话断续，已持续一个多月，并已形成网络质量投诉。",
    owner: "supervisor",
    plannedAgoDays: 12,
    metric: "complaints",
    scope: { category: "NETWORK_QUALITY", area: "上海市徐汇区" },
    hotspot: true,
    target: 0,
    baseline: [40, 12],
    doAgoDays: 12,
    check: { toAgoDays: 2, decidedAgoDays: 1, note: "扩容和天线调整后，检查期内该区域未再出现网络质量投诉。将“晚间话务高峰前扩容评估”纳入每月网络优化例行流程，项目关闭。" },
    linkBaseline: true,
    actions: [
      { title: "网络优化工程师到田林路小区晚间实测信号", owner: "technician", dueInDays: -10, doneAgoDays: 11 },
      { title: "田林路基站扇区扩容并调整天线下倾角", owner: "technician", dueInDays: -5, doneAgoDays: 6 },
      { title: "回访投诉客户确认信号恢复情况", owner: "agent", dueInDays: -3, doneAgoDays: 3 },
    ],
    review: { agoDays: 1, note: "本季度田林路一带网络质量投诉清零，扩容评估已纳入月度例行流程。", by: "quality" },
  },
  {
    title: "北京地区账单类投诉治理",
    problem: "北京地区计费收费类投诉集中：流量加油包同一笔订购被重复扣费、企业客户电子发票延误且抬头有误。需要查清计费与开票环节的原因并减少此类投诉。",
    owner: "quality",
    plannedAgoDays: 2,
    metric: "complaints",
    scope: { category: "BILLING", area: "北京市" },
    hotspot: true,
    target: 0,
    baseline: [92, 2],
    doAgoDays: 1.5,
    linkBaseline: true,
    actions: [
      { title: "核查流量加油包订购与计费对账规则，定位重复扣费原因", owner: "supervisor", dueInDays: -0.5, doneAgoDays: 1 },
      { title: "开票系统升级后补做发票抬头校验，并通知受影响企业客户", owner: "agent", dueInDays: -0.25 },
      { title: "编写账单类咨询答复口径，培训一线客服", owner: "agent", dueInDays: 10 },
    ],
    review: { agoDays: 0.5, note: "重复扣费原因已查明（同一笔订购被计费两次），退费已办理；发票抬头校验仍在进行，需按时完成。", by: "quality" },
  },
];

export async function seedImprovements(ctx: DemoContext) {
  const { prisma, now, userIds } = ctx;
  const { computeMetric, requestScopeWhere } = await metricsOn(prisma);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  // Planned in order, so the month's codes follow the planning order.
  for (const p of [...DEMO_IMPROVEMENTS].sort((a, b) => b.plannedAgoDays - a.plannedAgoDays)) {
    const createdAt = ago(p.plannedAgoDays);
    const counter = await prisma.srnCounter.upsert({ where: { day: improvementCounterKey(createdAt) }, create: { day: improvementCounterKey(createdAt), last: 1 }, update: { last: { increment: 1 } } });
    const baselinePeriod = { from: ago(p.baseline[0]), to: ago(p.baseline[1]) };
    const baseline = await computeMetric(p.metric, p.scope, baselinePeriod);
    const checkPeriod = p.check ? { from: ago(p.doAgoDays), to: ago(p.check.toAgoDays) } : null;
    const check = checkPeriod ? await computeMetric(p.metric, p.scope, checkPeriod) : null;
    const linked = p.linkBaseline
      ? await prisma.serviceRequest.findMany({ where: { AND: [requestScopeWhere(p.metric, p.scope), { createdAt: { gte: baselinePeriod.from, lt: baselinePeriod.to } }] }, select: { id: true }, orderBy: { createdAt: "asc" } })
      : [];
    const closedAt = p.check ? ago(p.check.decidedAgoDays) : null;
    const project = await prisma.improvementProject.create({
      data: {
        code: formatImprovementCode(createdAt, counter.last),
        title: p.title,
        problem: p.problem,
        status: p.check ? "CLOSED" : "DO",
        ownerId: userIds[p.owner]!,
        hotspot: p.hotspot ? { ...(p.scope.category ? { category: p.scope.category } : {}), ...(p.scope.area ? { area: p.scope.area } : {}) } : undefined,
        metricKey: p.metric,
        metricScope: p.scope,
        targetValue: p.target,
        baselineFrom: baselinePeriod.from,
        baselineTo: baselinePeriod.to,
        baselineValue: baseline.value,
        baselineCount: baseline.count,
        baselineAt: createdAt,
        checkFrom: ago(p.doAgoDays),
        ...(check && checkPeriod ? { checkTo: checkPeriod.to, checkValue: check.value, checkCount: check.count, checkAt: checkPeriod.to } : {}),
        ...(p.check ? { decision: "STANDARDISE" as const, decisionNote: p.check.note, closedAt } : {}),
        // Planning, Do, each action added and done, the review, and Check, Act and the decision each moved it.
        version: 2 + p.actions.length + p.actions.filter((a) => a.doneAgoDays != null).length + (p.review ? 1 : 0) + (p.check ? 3 : 0),
        createdAt,
        updatedAt: closedAt ?? ago(Math.min(p.doAgoDays, p.review?.agoDays ?? p.doAgoDays)),
      },
      select: { id: true },
    });
    if (linked.length) await prisma.improvementRequest.createMany({ data: linked.map((r) => ({ projectId: project.id, requestId: r.id, createdAt })) });
    for (const a of p.actions) {
      await prisma.improvementAction.create({
        data: {
          projectId: project.id,
          title: a.title,
          ownerId: userIds[a.owner]!,
          dueAt: new Date(now.getTime() + a.dueInDays * DAY),
          doneAt: a.doneAgoDays != null ? ago(a.doneAgoDays) : null,
          createdAt: ago(p.doAgoDays),
        },
      });
    }
    if (p.review) {
      const at = ago(p.review.agoDays);
      await prisma.improvementReview.create({ data: { projectId: project.id, quarter: quarterOf(at), note: p.review.note, authorId: userIds[p.review.by]!, createdAt: at } });
    }
  }
}
