import { complaintStageAfter, type ComplaintCategory } from "../../lib/domain/complaints";
import { transitionEffects, type ClockFields } from "../../lib/domain/request-effects";
import { transition, type RequestAction } from "../../lib/domain/request-status";
import type { ComplaintStage, RequestStatus, RequestType } from "../../lib/domain/roles";
import { computeDeadlines } from "../../lib/domain/sla";
import { formatSrn } from "../../lib/domain/srn";
import { cstDayKey } from "../../lib/domain/time";
import type { AreaSeeder } from "./context";

// Demo complaints (投诉, issue 3 part 5), each replayed through the state machine, the clock effects
// and the complaint stages of lib/domain, as the app would have written them: one near its
// statutory 15-day reply deadline, one past it without a reply (appeal open), one whose reply the
// customer rejected (appeal open), one answered and accepted, and a level-1 (major) one in 处理
// whose reply a supervisor must approve (/admin/approvals). Times are relative to the seed's
// "now", so the clocks read the same whenever the demo is seeded.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type By = "agent" | "supervisor" | "customer";
type Step = { action: RequestAction; afterHours: number; by: By; body?: string };

export type DemoComplaint = {
  customer: "zhang" | "li" | "xinghe";
  hoursAgo: number;
  /** 1 = major: its reply waits for a supervisor's approval (lib/domain/complaints.ts needsApproval). Default 2. */
  level?: 1 | 2 | 3;
  category: ComplaintCategory;
  description: string;
  desiredOutcome: string;
  /** The customer's demo request it is about, found by type and title (unique per customer in demo-data.ts). */
  about?: { type: RequestType; title: string };
  steps: Step[];
};

export const DEMO_COMPLAINTS: DemoComplaint[] = [
  // 张伟: 14 days old, investigated and in 处理, no reply yet — about a day left of the 15.
  {
    customer: "zhang",
    hoursAgo: 14 * 24 - 6,
    category: "BILLING",
    description: "上个月账单里流量加油包扣了两次费，每次 10 元，我只订购过一次。",
    desiredOutcome: "退还重复扣除的 10 元，并说明重复扣费的原因",
    steps: [
      { action: "accept", afterHours: 2, by: "supervisor", body: "您的投诉已受理，我们将在法定期限内答复您。" },
      { action: "start", afterHours: 6, by: "agent", body: "已调取您上月的详单，正在核对流量加油包的扣费记录。" },
      { action: "remedy", afterHours: 96, by: "agent", body: "核对发现同一笔订购被计费两次，正在办理退费。" },
    ],
  },
  // 李娜: 17 days old and never answered — the statutory deadline has passed: the appeal is open.
  {
    customer: "li",
    hoursAgo: 17 * 24,
    category: "NETWORK_QUALITY",
    description: "我家小区（徐汇区田林路一带）晚上手机信号经常只有一格，通话断断续续，已经持续一个多月。",
    desiredOutcome: "尽快改善小区信号，并减免信号差期间的部分月租",
    steps: [
      { action: "accept", afterHours: 3, by: "agent" },
      { action: "start", afterHours: 20, by: "agent", body: "已安排网络优化工程师到小区测试信号。" },
    ],
  },
  // 星河科技: answered (反馈), and the customer rejected the reply — back in 处理, the appeal is open.
  {
    customer: "xinghe",
    hoursAgo: 50,
    category: "BILLING",
    description: "按客服答复，电子发票应在每月 5 日开具，但本月至今没有收到发票，财务无法报销。",
    desiredOutcome: "尽快开具本月发票，并说明延误原因",
    about: { type: "CONSULTATION", title: "BILLING" },
    steps: [
      { action: "accept", afterHours: 1, by: "agent" },
      { action: "start", afterHours: 2, by: "agent" },
      { action: "remedy", afterHours: 6, by: "agent", body: "已查明开票系统升级导致延误，正在补开。" },
      { action: "resolve", afterHours: 20, by: "agent", body: "本月发票已补开并发送至企业联系邮箱。延误原因为开票系统升级，我们已恢复每月 5 日自动开具。" },
      { action: "reopen", afterHours: 26, by: "customer", body: "补开的发票抬头仍然是错的，无法报销，问题没有解决。" },
    ],
  },
  // 李娜: answered and accepted — closed.
  {
    customer: "li",
    hoursAgo: 60,
    category: "HANDLING_TIME",
    description: "我报修收不到银行验证码短信，被直接退回说是银行拦截，但银行说不是他们的问题，希望认真排查。",
    desiredOutcome: "重新排查收不到验证码短信的原因并解决",
    about: { type: "FAULT_REPAIR", title: "SMS_FAILURE" },
    steps: [
      { action: "accept", afterHours: 1, by: "agent" },
      { action: "start", afterHours: 3, by: "agent" },
      { action: "remedy", afterHours: 10, by: "agent", body: "已联系银行短信通道服务商联合排查。" },
      { action: "resolve", afterHours: 24, by: "agent", body: "经与银行联合排查，是短信通道服务商误将您的号码列入拦截名单，现已解除，您已可以正常接收验证码。对此前的退回向您致歉。" },
      { action: "confirm", afterHours: 30, by: "customer" },
    ],
  },
  // 星河科技: a level-1 (major) complaint in 处理 — an agent's reply goes to 班长 陈刚 for approval.
  {
    customer: "xinghe",
    hoursAgo: 30,
    level: 1,
    category: "NETWORK_QUALITY",
    description: "公司云主机连续 6 小时无法访问，线上商城全部中断，期间客服热线一直占线，没有任何通知。",
    desiredOutcome: "书面说明故障原因和整改措施，并按合同赔偿业务中断的损失",
    steps: [
      { action: "accept", afterHours: 1, by: "supervisor", body: "您的投诉已作为重大投诉受理，我们将在法定期限内答复您。" },
      { action: "start", afterHours: 2, by: "agent", body: "已调取机房监控和故障工单，正在核查中断原因。" },
      { action: "remedy", afterHours: 8, by: "agent", body: "已查明为机房核心交换机故障，正在核算服务补偿。" },
    ],
  },
];

/** What each step notifies, as server/dal/request-transitions.ts does for a complaint. */
const TEMPLATES: Record<RequestAction | "created", string> = {
  created: "request.complaintCreated",
  accept: "request.complaintAccepted",
  return: "request.returned",
  withdraw: "request.withdrawn",
  start: "request.complaintInvestigating",
  requestInfo: "request.complaintInfoRequested",
  provideInfo: "request.complaintInfoProvided",
  remedy: "request.complaintRemedy",
  resolve: "request.complaintReplied",
  confirm: "request.complaintReplyAccepted",
  reopen: "request.complaintReplyRejected",
  close: "request.closed",
  staffReopen: "request.reopenedByStaff",
};

export const seedComplaints: AreaSeeder = async ({ prisma, now, teamIds, userIds, customerIds }) => {
  const ordered = [...DEMO_COMPLAINTS].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const c of ordered) {
    const createdAt = new Date(now.getTime() - c.hoursAgo * HOUR);
    // The next SRN of that day after the core seed's requests, as the app's counter would give it.
    const counter = await prisma.srnCounter.upsert({ where: { day: cstDayKey(createdAt) }, create: { day: cstDayKey(createdAt), last: 1 }, update: { last: { increment: 1 } } });
    const srn = formatSrn(createdAt, counter.last);
    const customerId = customerIds[c.customer]!;
    const related = c.about
      ? await prisma.serviceRequest.findFirstOrThrow({ where: { customerId, type: c.about.type, title: c.about.title }, select: { id: true, lineId: true, createdAt: true, closedAt: true } })
      : null;
    if (related && related.createdAt > createdAt) throw new Error(`${srn}: complains about a request made after it`);

    const clocks: ClockFields = {
      ...computeDeadlines({ type: "COMPLAINT", level: c.level ?? 2, special: false, createdAt }),
      acceptedAt: null,
      respondedAt: null,
      resolvedAt: null,
      clockPausedAt: null,
      closedAt: null,
    };
    const customerUser = userIds[c.customer]!;
    let status: RequestStatus = "SUBMITTED";
    let stage: ComplaintStage | null = null;
    let ownerId: string | null = null;
    const events: Array<{ kind: string; actorId: string; fromStatus?: RequestStatus; toStatus: RequestStatus; body?: string; createdAt: Date }> = [
      { kind: "created", actorId: customerUser, toStatus: "SUBMITTED", createdAt },
    ];
    const followUps: Array<{ reason: "NOT_RESOLVED"; dueAt: Date; assigneeId: string | null; createdAt: Date }> = [];
    for (const step of c.steps) {
      const at = new Date(createdAt.getTime() + step.afterHours * HOUR);
      if (at > now) throw new Error(`${srn}: step ${step.action} lies in the future`);
      const actorId = step.by === "customer" ? customerUser : userIds[step.by]!;
      const result = transition(step.action, status, step.by === "customer" ? "CUSTOMER" : step.by === "agent" ? "AGENT" : "SUPERVISOR", { type: "COMPLAINT", complaintStage: stage });
      if (!result.ok) throw new Error(`${srn}: ${step.action} from ${status} is not allowed (${result.reason})`);
      Object.assign(clocks, transitionEffects(step.action, "COMPLAINT", clocks, at));
      stage = complaintStageAfter(step.action, stage);
      if (step.action === "accept" || step.action === "return" || ((step.action === "start" || step.action === "remedy") && !ownerId)) ownerId = actorId;
      if (step.action === "reopen") followUps.push({ reason: "NOT_RESOLVED", dueAt: new Date(at.getTime() + DAY), assigneeId: ownerId, createdAt: at });
      events.push({ kind: step.action, actorId, fromStatus: status, toStatus: result.to, ...(step.body ? { body: step.body } : {}), createdAt: at });
      status = result.to;
    }

    await prisma.serviceRequest.create({
      data: {
        srn,
        type: "COMPLAINT",
        status,
        level: c.level ?? 2,
        channel: "WEB",
        customerId,
        lineId: related?.lineId ?? null,
        teamId: teamIds.COMPLAINTS ?? null,
        relatedRequestId: related?.id ?? null,
        complaintStage: stage,
        title: c.category,
        description: c.description,
        details: { category: c.category, desiredOutcome: c.desiredOutcome },
        createdById: customerUser,
        createdAt,
        ...clocks,
        ownerId,
        version: events.length,
        events: { create: events.map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
        followUps: { create: followUps },
      },
    });
    // One notification per step; all but the latest have been read.
    for (const [i, e] of events.entries()) {
      await prisma.notification.create({
        data: {
          recipientId: customerUser,
          channel: "IN_APP",
          template: TEMPLATES[e.kind as RequestAction | "created"],
          payload: { srn, message: e.body ?? "", acceptBy: clocks.acceptBy.toISOString(), replyBy: clocks.resolveBy!.toISOString() },
          status: "SENT",
          sentAt: e.createdAt,
          createdAt: e.createdAt,
          readAt: i < events.length - 1 ? e.createdAt : null,
        },
      });
    }
  }
};
