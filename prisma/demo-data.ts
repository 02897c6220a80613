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
    lines: [
      { number: "13800000001", kind: "MOBILE", plan: "M58", daysOld: 900 },
      { number: "BB0100000001", kind: "BROADBAND", plan: "BB300", daysOld: 400, address: "北京市朝阳区望京街 8 号 3-1201" },
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
    lines: [{ number: "13800000002", kind: "MOBILE", plan: "M128", daysOld: 60 }],
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
      { number: "13800000003", kind: "MOBILE", plan: "E588", daysOld: 700 },
      { number: "1064800000031", kind: "IOT", plan: "IOT10", daysOld: 200 },
      { number: "CL0300000001", kind: "CLOUD", plan: "CLOUD-S", daysOld: 150 },
    ],
  },
] as const;

export const staff = [
  { key: "agent", role: "AGENT", displayName: "客服 王芳", email: `agent@${DEMO_EMAIL_DOMAIN}`, team: "FRONTLINE" },
  { key: "supervisor", role: "SUPERVISOR", displayName: "班长 陈刚", email: `supervisor@${DEMO_EMAIL_DOMAIN}`, team: "FRONTLINE" },
  { key: "admin", role: "ADMIN", displayName: "管理员 赵敏", email: `admin@${DEMO_EMAIL_DOMAIN}`, team: null },
  { key: "auditor", role: "AUDITOR", displayName: "审计 刘洋", email: `auditor@${DEMO_EMAIL_DOMAIN}`, team: null },
] as const;

type DemoRequest = {
  customer: "zhang" | "li" | "xinghe";
  line: string;
  symptom: string;
  description: string;
  hoursAgo: number;
  // What happened after submission.
  outcome: "submitted" | "accepted" | "returned" | "withdrawn";
  message?: string;
  acceptedAfterHours?: number;
};

export const requests: DemoRequest[] = [
  { customer: "zhang", line: "BB0100000001", symptom: "NO_INTERNET", description: "家里宽带从昨晚开始断网，光猫 LOS 灯闪红，重启无效。", hoursAgo: 28, outcome: "accepted", acceptedAfterHours: 3, message: "已受理，装维人员将于今天下午上门检修。" },
  { customer: "zhang", line: "13800000001", symptom: "NO_SIGNAL", description: "在公司（望京 SOHO T1 18 层）手机经常没有信号，打电话断线。", hoursAgo: 1, outcome: "submitted" },
  { customer: "li", line: "13800000002", symptom: "SLOW_DATA", description: "最近一周晚上 8 点到 11 点上网非常慢，视频加载不出来。", hoursAgo: 30, outcome: "submitted" },
  { customer: "li", line: "13800000002", symptom: "SMS_FAILURE", description: "收不到银行验证码短信，其他短信正常。", hoursAgo: 72, outcome: "returned", acceptedAfterHours: 5, message: "经核查为银行侧拦截设置，请联系发卡银行解除短信屏蔽后再试。" },
  { customer: "xinghe", line: "1064800000031", symptom: "DEVICE_OFFLINE", description: "园区 3 号楼的 12 台水表终端从今天早上起全部离线。", hoursAgo: 6, outcome: "submitted" },
  { customer: "xinghe", line: "13800000003", symptom: "CALL_FAILURE", description: "前台号码无法接听外线来电。", hoursAgo: 50, outcome: "withdrawn" },
];
