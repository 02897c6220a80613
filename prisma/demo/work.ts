import type { RequestType } from "../../lib/domain/roles";
import type { AreaSeeder } from "./context";

// The request page's working data: which request types each team takes (dispatch suggestions)
// and the reply templates agents start their messages from. Variables are those of
// lib/domain/reply-templates.ts; each template has both languages.
export const TEAM_HANDLES: Record<string, RequestType[]> = {
  FRONTLINE: ["CONSULTATION", "BUSINESS_CHANGE", "PLAN_CHANGE", "TERMINATION"],
  FIELD: ["FAULT_REPAIR", "SERVICE_OPENING"],
  NETWORK: ["FAULT_REPAIR"],
  COMPLAINTS: ["COMPLAINT"],
};

export const DEMO_REPLY_TEMPLATES: Array<{ code: string; title: string; titleEn: string; body: string; bodyEn: string; types: RequestType[] }> = [
  {
    code: "ack-working",
    title: "已在处理，告知时限",
    titleEn: "Working on it, with the deadline",
    body: "{customerName}您好，您的{typeName}申请 {srn} 正在处理中，我们会在 {deadline} 前给您结果。如有疑问请回复本消息。——{agentName}",
    bodyEn: "Dear {customerName}, your {typeName} request {srn} is being worked on; you will have the result by {deadline}. Reply to this message with any questions. — {agentName}",
    types: [],
  },
  {
    code: "fault-dispatched",
    title: "已派装维人员上门",
    titleEn: "Technician dispatched",
    body: "{customerName}您好，您报修的故障（{srn}）已派装维工程师处理，工程师会在上门前电话联系您，请保持电话畅通。预计 {deadline} 前修复。",
    bodyEn: "Dear {customerName}, a field technician has been dispatched for your fault report {srn} and will call you before the visit; please keep your phone reachable. We expect it fixed by {deadline}.",
    types: ["FAULT_REPAIR"],
  },
  {
    code: "fault-network",
    title: "区域网络故障，正在抢修",
    titleEn: "Area network outage being repaired",
    body: "{customerName}您好，经核查，您所在区域的网络设备出现故障，网络运维人员正在抢修，预计 {deadline} 前恢复。给您带来不便，深表歉意。（{srn}）",
    bodyEn: "Dear {customerName}, we found a network equipment fault in your area; our network team is repairing it and expects service back by {deadline}. We apologise for the inconvenience. ({srn})",
    types: ["FAULT_REPAIR"],
  },
  {
    code: "opening-appointment",
    title: "确认上门安装时间",
    titleEn: "Installation appointment confirmed",
    body: "{customerName}您好，您的业务开通申请 {srn} 已安排上门安装，请在预约时段内保持家中有人。如需改期，请回复本消息。——{agentName}",
    bodyEn: "Dear {customerName}, the installation for your service opening request {srn} is scheduled; please make sure someone is home during the chosen window. Reply to this message to change it. — {agentName}",
    types: ["SERVICE_OPENING"],
  },
  {
    code: "consultation-answer",
    title: "咨询答复",
    titleEn: "Answer to a question",
    body: "{customerName}您好，关于您的咨询（{srn}）：\n\n（请在此写明答复）\n\n如仍有疑问，欢迎继续咨询。——{agentName}",
    bodyEn: "Dear {customerName}, about your question ({srn}):\n\n(write the answer here)\n\nIf anything is still unclear, just ask. — {agentName}",
    types: ["CONSULTATION"],
  },
  {
    code: "change-done",
    title: "业务变更已办理",
    titleEn: "Change completed",
    body: "{customerName}您好，您的{typeName}申请 {srn} 已办理完成，变更已生效。感谢您的耐心等待。——{agentName}",
    bodyEn: "Dear {customerName}, your {typeName} request {srn} has been completed and the change is in effect. Thank you for your patience. — {agentName}",
    types: ["BUSINESS_CHANGE", "PLAN_CHANGE"],
  },
];

export const seedWork: AreaSeeder = async ({ prisma, teamIds, userIds }) => {
  for (const [code, handles] of Object.entries(TEAM_HANDLES)) {
    if (teamIds[code]) await prisma.team.update({ where: { id: teamIds[code] }, data: { handles } });
  }
  for (const template of DEMO_REPLY_TEMPLATES) {
    await prisma.replyTemplate.create({ data: { ...template, updatedById: userIds.supervisor ?? null } });
  }
};
