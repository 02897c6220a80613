// The demo data set: fixed people, plans and lines. Passwords are documented in the README and
// exist only in demo databases.
export const DEMO_PASSWORD = "Demo1234";
export const DEMO_EMAIL_DOMAIN = "demo.servicehall.cn";

export const plans = [
  { code: "M19", name: "基础 19 元套餐", nameEn: "Basic 19", kind: "MOBILE", monthlyFeeFen: 1900, dataMb: 5 * 1024, voiceMinutes: 100, smsCount: 50 },
  { code: "M58", name: "畅享 58 元套餐", nameEn: "Enjoy 58", kind: "MOBILE", monthlyFeeFen: 5800, dataMb: 30 * 1024, voiceMinutes: 300, smsCount: 100 },
  { code: "M128", name: "畅享 128 元套餐", nameEn: "Enjoy 128", kind: "MOBILE", monthlyFeeFen: 12800, dataMb: 100 * 1024, voiceMinutes: 1000, smsCount: 300 },
  { code: "E588", name: "企业共享 588 元套餐", nameEn: "Business shared 588", kind: "MOBILE", monthlyFeeFen: 58800, dataMb: 500 * 1024, voiceMinutes: 5000, smsCount: 2000, contractMonths: 12 },
  { code: "BB300", name: "光宽带 300M", nameEn: "Fibre 300M", kind: "BROADBAND", monthlyFeeFen: 9900, speedMbps: 300, contractMonths: 12 },
  { code: "BB1000", name: "千兆宽带 1000M", nameEn: "Gigabit 1000M", kind: "BROADBAND", monthlyFeeFen: 19900, speedMbps: 1000, contractMonths: 24 },
  { code: "IOT10", name: "物联网连接 10 元", nameEn: "IoT connect 10", kind: "IOT", monthlyFeeFen: 1000, dataMb: 1024 },
  { code: "CLOUD-S", name: "云主机 标准型", nameEn: "Cloud server, standard", kind: "CLOUD", monthlyFeeFen: 29900 },
] as const;

export const teams = [
  { code: "FRONTLINE", name: "一线客服", nameEn: "Front line" },
  { code: "FIELD", name: "装维服务", nameEn: "Field service" },
  { code: "NETWORK", name: "网络运维", nameEn: "Network operations" },
  { code: "COMPLAINTS", name: "投诉处理", nameEn: "Complaints" },
] as const;

export const customers = [
  {
    key: "zhang",
    type: "PERSONAL",
    name: "张伟",
    phone: "13800000001",
    email: "zhang.wei@example.com",
    idNumber: "110105199003071234",
    area: "北京市朝阳区",
    // lockInDays: days until the contract term ends (null: none); money in fen.
    lines: [
      { number: "13800000001", kind: "MOBILE", plan: "M58", daysOld: 900, lockInDays: null, balanceFen: 3650, depositFen: 0, addOns: ["CALLER_ID", "DATA_BOOSTER"] },
      { number: "BB0100000001", kind: "BROADBAND", plan: "BB300", daysOld: 400, address: "北京市朝阳区望京街 8 号 3-1201", lockInDays: 120, balanceFen: 0, depositFen: 20000, addOns: ["STATIC_IP"] },
    ],
  },
  {
    key: "li",
    type: "PERSONAL",
    name: "李娜",
    phone: "13800000002",
    email: null,
    idNumber: "310104198811120026",
    area: "上海市徐汇区",
    lines: [{ number: "13800000002", kind: "MOBILE", plan: "M128", daysOld: 60, lockInDays: null, balanceFen: 1200, depositFen: 0, addOns: [] }],
  },
  {
    key: "xinghe",
    type: "ENTERPRISE",
    name: "星河科技有限公司",
    phone: "13800000003",
    email: "it@xinghe.example.com",
    idNumber: "91110105MA01ABCD2X",
    area: "北京市海淀区",
    lines: [
      { number: "13800000003", kind: "MOBILE", plan: "E588", daysOld: 700, lockInDays: 200, balanceFen: 0, depositFen: 0, addOns: ["INTL_ROAMING"] },
      { number: "1064800000031", kind: "IOT", plan: "IOT10", daysOld: 200, lockInDays: null, balanceFen: 500, depositFen: 0, addOns: [] },
      { number: "CL0300000001", kind: "CLOUD", plan: "CLOUD-S", daysOld: 150, lockInDays: null, balanceFen: 0, depositFen: 0, addOns: [] },
    ],
  },
  {
    // 周敏: two mobile lines with nothing open; one to port away or terminate (the termination
    // wizard's demo), one that stays.
    key: "zhou",
    type: "PERSONAL",
    name: "周敏",
    phone: "13800000004",
    email: "zhou.min@example.com",
    idNumber: "440305199207154321",
    area: "广东省深圳市南山区",
    lines: [
      { number: "13800000004", kind: "MOBILE", plan: "M58", daysOld: 500, lockInDays: null, balanceFen: 4280, depositFen: 0, addOns: ["CALLER_ID"] },
      { number: "13800000014", kind: "MOBILE", plan: "M19", daysOld: 300, lockInDays: null, balanceFen: 2380, depositFen: 5000, addOns: ["RINGBACK_TONE"] },
    ],
  },
] as const;

export const staff = [
  { key: "agent", role: "AGENT", displayName: "客服 王芳", email: `agent@${DEMO_EMAIL_DOMAIN}`, team: "FRONTLINE" },
  { key: "supervisor", role: "SUPERVISOR", displayName: "班长 陈刚", email: `supervisor@${DEMO_EMAIL_DOMAIN}`, team: "FRONTLINE" },
  // 装维: the field technician that agents dispatch fault repairs and openings to.
  { key: "technician", role: "TECHNICIAN", displayName: "装维 李强", email: `technician@${DEMO_EMAIL_DOMAIN}`, team: "FIELD" },
  // 质检: the quality manager — reports, survey waves, improvement projects, outcome pages.
  { key: "quality", role: "QUALITY_MANAGER", displayName: "质检 孙丽", email: `quality@${DEMO_EMAIL_DOMAIN}`, team: null },
  { key: "admin", role: "ADMIN", displayName: "管理员 赵敏", email: `admin@${DEMO_EMAIL_DOMAIN}`, team: null },
  { key: "auditor", role: "AUDITOR", displayName: "审计 刘洋", email: `auditor@${DEMO_EMAIL_DOMAIN}`, team: null },
] as const;

type Actor = "agent" | "supervisor" | "customer";
/** One status change after submission, `afterHours` after it, by whom, with its text. */
type Step = { action: "accept" | "return" | "withdraw" | "start" | "requestInfo" | "provideInfo" | "resolve" | "confirm" | "reopen" | "close"; afterHours: number; by: Actor; body?: string };

/**
 * A demo request and its history. The seed replays the steps through the state machine and its
 * clock effects (lib/domain), so every request is one the app could have written. Type-specific
 * fields follow lib/schemas/request-create.ts; dates are given relative to submission.
 */
export type DemoRequest = {
  customer: "zhang" | "li" | "xinghe";
  hoursAgo: number;
  /**
   * Submitted so long ago that its accept-by (24 business hours, lib/domain/sla-policy.ts) passed
   * this many hours before the seed ran, whatever weekend or holiday came between; overrides hoursAgo.
   */
  acceptOverdueHours?: number;
  level?: 1 | 2 | 3;
  steps: Step[];
  /** 服务评价, given this many hours after submission (the request must be RESOLVED or CLOSED by then). */
  rating?: { afterHours: number; score: 1 | 2 | 3 | 4 | 5; reasons: string[]; comment: string; resolved: boolean };
} & (
  | { type: "FAULT_REPAIR"; line: string; symptom: string; description: string; reachable?: string }
  | { type: "SERVICE_OPENING"; serviceKind: string; address: string | null; appointmentDays: number; window: "W09_12" | "W12_15" | "W15_18" | "W18_21"; notes: string }
  | { type: "BUSINESS_CHANGE"; line: string; changeKind: string; fields: Record<string, string>; description: string }
  | { type: "CONSULTATION"; line: string | null; topic: string; question: string }
);

const accepted = (afterHours: number, body?: string, by: Actor = "agent"): Step => ({ action: "accept", afterHours, by, ...(body ? { body } : {}) });

export const requests: DemoRequest[] = [
  // 故障报修
  { customer: "zhang", type: "FAULT_REPAIR", line: "BB0100000001", symptom: "NO_INTERNET", description: "家里宽带从昨晚开始断网，光猫 LOS 灯闪红，重启无效。", hoursAgo: 28, steps: [accepted(3, "已受理，装维人员将于今天下午上门检修。")] },
  { customer: "zhang", type: "FAULT_REPAIR", line: "13800000001", symptom: "NO_SIGNAL", description: "在公司（望京 SOHO T1 18 层）手机经常没有信号，打电话断线。", hoursAgo: 1, steps: [] },
  // Not accepted within 24 hours: the accept-by clock is breached.
  { customer: "li", type: "FAULT_REPAIR", line: "13800000002", symptom: "SLOW_DATA", description: "最近一周晚上 8 点到 11 点上网非常慢，视频加载不出来。", hoursAgo: 30, acceptOverdueHours: 4, steps: [] },
  { customer: "li", type: "FAULT_REPAIR", line: "13800000002", symptom: "SMS_FAILURE", description: "收不到银行验证码短信，其他短信正常。", hoursAgo: 72, steps: [{ action: "return", afterHours: 5, by: "agent", body: "经核查为银行侧拦截设置，请联系发卡银行解除短信屏蔽后再试。" }] },
  { customer: "xinghe", type: "FAULT_REPAIR", line: "1064800000031", symptom: "DEVICE_OFFLINE", description: "园区 3 号楼的 12 台水表终端从今天早上起全部离线。", hoursAgo: 6, steps: [] },
  { customer: "xinghe", type: "FAULT_REPAIR", line: "13800000003", symptom: "CALL_FAILURE", description: "前台号码无法接听外线来电。", hoursAgo: 50, steps: [{ action: "withdraw", afterHours: 1, by: "customer" }] },
  // A major fault in progress past its 4-hour resolve-by: breached.
  {
    customer: "xinghe",
    type: "FAULT_REPAIR",
    line: "CL0300000001",
    symptom: "OTHER",
    level: 1,
    description: "云主机控制台无法登录，对外的业务系统访问超时，影响全部门店收银。",
    hoursAgo: 10,
    steps: [accepted(0.5, "重大故障已受理，网络运维正在排查。", "supervisor"), { action: "start", afterHours: 1, by: "agent", body: "已联系云平台值班工程师，正在定位宿主机故障。" }],
  },
  // 业务开通
  {
    customer: "zhang",
    type: "SERVICE_OPENING",
    serviceKind: "MOBILE",
    address: null,
    appointmentDays: 1,
    window: "W15_18",
    notes: "给家里老人办一张副卡，月租越低越好。",
    hoursAgo: 240,
    steps: [
      accepted(2, "已受理，将为您办理基础 19 元套餐。"),
      { action: "start", afterHours: 20, by: "agent" },
      { action: "resolve", afterHours: 26, by: "agent", body: "新号码已开通，SIM 卡已由快递送达，插卡即可使用。" },
      { action: "confirm", afterHours: 30, by: "customer" },
    ],
    rating: { afterHours: 31, score: 5, reasons: ["fastResponse", "firstTime"], comment: "第二天就收到卡了，很方便。", resolved: true },
  },
  {
    customer: "xinghe",
    type: "SERVICE_OPENING",
    serviceKind: "CLOUD",
    address: "北京市海淀区中关村软件园二期 5 号楼",
    appointmentDays: 2,
    window: "W09_12",
    notes: "需要 4 核 8G 云主机两台，用于门店收银系统的灾备。",
    hoursAgo: 30,
    steps: [accepted(2, "已受理，客户经理将与您确认配置。", "supervisor"), { action: "start", afterHours: 4, by: "agent", body: "配置已确认，正在开通资源。" }],
  },
  // 业务变更
  {
    customer: "zhang",
    type: "BUSINESS_CHANGE",
    line: "BB0100000001",
    changeKind: "MOVE_ADDRESS",
    fields: { newAddress: "北京市朝阳区酒仙桥路 12 号 6-802" },
    description: "下个月搬家，希望宽带跟着搬过去。",
    hoursAgo: 8,
    // Waiting for the customer: the clocks are paused.
    steps: [accepted(1), { action: "start", afterHours: 2, by: "agent" }, { action: "requestInfo", afterHours: 5, by: "agent", body: "请提供新地址的房产证明或租房合同照片，并确认新地址是否已有光纤入户。" }],
  },
  {
    customer: "xinghe",
    type: "BUSINESS_CHANGE",
    line: "13800000003",
    changeKind: "ADD_ON",
    fields: { addOn: "INTL_ROAMING" },
    description: "总经理下周出差新加坡，请开通国际漫游。",
    hoursAgo: 100,
    // Resolved, the customer never answered: closed by staff with a recorded reason.
    steps: [
      accepted(1),
      { action: "resolve", afterHours: 6, by: "agent", body: "国际漫游已开通，出境后开机即可使用。" },
      { action: "close", afterHours: 80, by: "agent", body: "已短信提醒两次，客户未确认；电话回访确认可正常使用。" },
    ],
    // A low rating after the fact: a return visit (回访) waits for staff.
    rating: { afterHours: 90, score: 2, reasons: ["tooLong", "unclear"], comment: "开通比说的晚了半天，落地后第一天没法打电话，也没人提前说明。", resolved: true },
  },
  // 咨询
  {
    customer: "zhang",
    type: "CONSULTATION",
    line: "13800000001",
    topic: "PLANS",
    question: "我现在是畅享 58 元套餐，流量经常不够用，换成 128 元套餐什么时候生效？当月怎么计费？",
    hoursAgo: 20,
    // Resolved, waiting for the customer's confirmation.
    steps: [accepted(1), { action: "resolve", afterHours: 3, by: "agent", body: "可在「套餐变更」中改为畅享 128 元套餐，次月 1 日生效，当月仍按 58 元套餐计费。" }],
  },
  {
    customer: "li",
    type: "CONSULTATION",
    line: null,
    topic: "BILLING",
    question: "11 月账单里有一笔 15 元的「增值业务费」，我没有订过任何增值业务，这是什么？",
    hoursAgo: 30,
    // Accepted, but not answered within 24 hours: the respond-by clock is breached.
    steps: [accepted(2)],
  },
  {
    customer: "xinghe",
    type: "CONSULTATION",
    line: "13800000003",
    topic: "BILLING",
    question: "企业账户的电子发票在哪里下载？每月几号开具？",
    hoursAgo: 60,
    // Answered and confirmed by the customer, not yet rated.
    steps: [accepted(1), { action: "resolve", afterHours: 4, by: "agent", body: "电子发票每月 5 日开具，可在「账单与发票」中下载，也会发送到企业联系邮箱。" }, { action: "confirm", afterHours: 6, by: "customer" }],
  },
];

/** Survey waves (满意度调查): open from the moment of seeding for `openDays`; every demo customer is invited in the app. */
export const surveyWaves = [
  { code: "NPS-2026Q4", kind: "NPS", title: "2026 年第四季度客户推荐度调查", titleEn: "Q4 2026 customer recommendation survey", openDays: 30 },
] as const;
