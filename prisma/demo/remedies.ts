import { billDueAt, billIssuedAt } from "../../lib/domain/bills";
import { fenToYuan, remedyAmountFen, remedyBillMonth, requestDedupeKey, type CommitmentMeasure } from "../../lib/domain/remedies";
import { cstMonthKey } from "../../lib/domain/time";
import { remedyBillLabel, remedyReason } from "../../lib/remedy-text";
import type { DemoContext } from "./context";

// Demo remedies (issue 6 part 5), after the SLA seeder. The seed empties every table, the rule
// table included, so the default rules of migration 20261128232600_commitment_defaults are written
// again first. Then, from the demo's own broken promises (each checked against the request's
// stored deadlines, so the data never claims a breach that is not there):
//   - PROPOSED: 李娜's fault report that nobody accepted within 24 hours (CNY 2), and her complaint
//     that was never answered within 15 days (CNY 10, on her only line) — for /admin/remedies;
//   - APPROVED an hour ago by the supervisor: 星河科技's major cloud-server fault not restored in
//     time (one day of the CNY 599 monthly fee waived: CNY 19.97), credited on that line's bill as
//     approving does (lib/domain/remedies.ts remedyBillMonth), with its notification — visible on
//     /account/bills and on the request's page. (星河科技, because the e2e suite counts 张伟's and
//     周敏's bills, and approves 李娜's proposal itself.)
// The keys are the sweep's own, so the remedy sweep never proposes these again.

const HOUR = 3_600_000;

const DEFAULT_RULES = [
  { id: "rr_accept", code: "ACCEPT-LATE", measure: "ACCEPT", kind: "CREDIT", amountFen: 200, waiverDays: 0, title: "受理超时补偿 2 元", titleEn: "Late acceptance: CNY 2 credit" },
  { id: "rr_accept_special", code: "ACCEPT-SPECIAL-LATE", measure: "ACCEPT_SPECIAL", kind: "CREDIT", amountFen: 200, waiverDays: 0, title: "特殊情况受理超时补偿 2 元", titleEn: "Late acceptance (special case): CNY 2 credit" },
  { id: "rr_respond_major", code: "RESPOND-MAJOR-LATE", measure: "RESPOND_MAJOR", kind: "CREDIT", amountFen: 500, waiverDays: 0, title: "重大故障响应超时补偿 5 元", titleEn: "Late response to a major fault: CNY 5 credit" },
  { id: "rr_respond_general", code: "RESPOND-GENERAL-LATE", measure: "RESPOND_GENERAL", kind: "CREDIT", amountFen: 300, waiverDays: 0, title: "一般故障响应超时补偿 3 元", titleEn: "Late response to a general fault: CNY 3 credit" },
  { id: "rr_restore_network", code: "RESTORE-NETWORK-LATE", measure: "RESTORE_NETWORK", kind: "FEE_WAIVER", amountFen: 0, waiverDays: 1, title: "网络故障超时恢复减免 1 天月租", titleEn: "Network outage restored late: one day's monthly fee waived" },
  { id: "rr_restore_business", code: "RESTORE-BUSINESS-LATE", measure: "RESTORE_BUSINESS", kind: "FEE_WAIVER", amountFen: 0, waiverDays: 1, title: "业务故障超时恢复减免 1 天月租", titleEn: "Business outage restored late: one day's monthly fee waived" },
  { id: "rr_complaint_reply", code: "COMPLAINT-REPLY-LATE", measure: "COMPLAINT_REPLY", kind: "CREDIT", amountFen: 1000, waiverDays: 0, title: "投诉超期未答复补偿 10 元", titleEn: "Complaint not answered in time: CNY 10 credit" },
] as const;

type DemoBreach = { customer: string; type: "FAULT_REPAIR" | "COMPLAINT"; line?: string; measure: CommitmentMeasure; broke: (r: Clocks, now: Date) => boolean };
type Clocks = { acceptBy: Date; acceptedAt: Date | null; respondBy: Date | null; respondedAt: Date | null; resolveBy: Date | null; resolvedAt: Date | null };

const late = (deadline: Date | null, met: Date | null, now: Date) => !!deadline && (met ? met > deadline : deadline < now);

export async function seedRemedies(ctx: DemoContext) {
  const { prisma, now } = ctx;
  await prisma.remedyRule.createMany({ data: DEFAULT_RULES.map((r) => ({ ...r })), skipDuplicates: true });
  const rules = new Map((await prisma.remedyRule.findMany({ select: { id: true, measure: true, kind: true, amountFen: true, waiverDays: true } })).map((r) => [r.measure, r]));

  async function propose(p: DemoBreach) {
    const request = await prisma.serviceRequest.findFirst({
      where: { customerId: ctx.customerIds[p.customer], type: p.type, ...(p.line ? { lineId: ctx.lineIds[p.line] } : {}), status: { notIn: ["CLOSED", "WITHDRAWN", "RETURNED"] } },
      select: { id: true, srn: true, customerId: true, lineId: true, acceptBy: true, acceptedAt: true, respondBy: true, respondedAt: true, resolveBy: true, resolvedAt: true },
      orderBy: { createdAt: "asc" },
    });
    if (!request || !p.broke(request, now)) throw new Error(`demo remedies: no ${p.customer} ${p.type} that broke ${p.measure}`);
    const line = await prisma.line.findFirstOrThrow({
      where: request.lineId ? { id: request.lineId } : { customerId: request.customerId, status: "ACTIVE" },
      orderBy: { createdAt: "asc" },
      select: { id: true, plan: { select: { monthlyFeeFen: true } } },
    });
    const rule = rules.get(p.measure)!;
    return prisma.remedy.create({
      data: {
        dedupeKey: requestDedupeKey(request.id, p.measure),
        ruleId: rule.id,
        measure: p.measure,
        kind: rule.kind,
        amountFen: remedyAmountFen(rule, line.plan.monthlyFeeFen, cstMonthKey(now)),
        customerId: request.customerId,
        lineId: line.id,
        requestId: request.id,
        ...remedyReason({ kind: "request", srn: request.srn, measure: p.measure }),
        createdAt: new Date(now.getTime() - 3 * HOUR),
      },
      select: { id: true, amountFen: true, customerId: true, lineId: true, reason: true, reasonEn: true, request: { select: { srn: true } } },
    });
  }

  await propose({ customer: "li", type: "FAULT_REPAIR", line: "13800000002", measure: "ACCEPT", broke: (r, at) => late(r.acceptBy, r.acceptedAt, at) });
  await propose({ customer: "li", type: "COMPLAINT", measure: "COMPLAINT_REPLY", broke: (r, at) => late(r.resolveBy, r.resolvedAt, at) });
  const approved = await propose({ customer: "xinghe", type: "FAULT_REPAIR", line: "CL0300000001", measure: "RESTORE_NETWORK", broke: (r, at) => late(r.resolveBy, r.resolvedAt, at) });

  // Approved an hour ago, credited as approveRemedy does (server/dal/remedies.ts).
  const decidedAt = new Date(now.getTime() - HOUR);
  const lineId = approved.lineId!;
  const bills = await prisma.bill.findMany({ where: { lineId }, select: { month: true, status: true } });
  const { month, create } = remedyBillMonth(decidedAt, bills);
  if (create) await prisma.bill.create({ data: { lineId, customerId: approved.customerId, month, totalFen: 0, status: "DUE", issuedAt: billIssuedAt(month), dueAt: billDueAt(month), createdAt: decidedAt } });
  const bill = await prisma.bill.findUniqueOrThrow({ where: { lineId_month: { lineId, month } }, select: { id: true } });
  const item = await prisma.billItem.create({ data: { billId: bill.id, kind: "REMEDY", ...remedyBillLabel(approved), amountFen: -approved.amountFen, createdAt: decidedAt } });
  await prisma.bill.update({ where: { id: bill.id }, data: { totalFen: { increment: -approved.amountFen } } });
  await prisma.remedy.update({
    where: { id: approved.id },
    data: { status: "APPROVED", decidedById: ctx.userIds.supervisor, decidedAt, decisionNote: "已核实恢复超时", billItemId: item.id, version: 2 },
  });
  const customer = await prisma.user.findFirstOrThrow({ where: { customerId: approved.customerId }, select: { id: true, locale: true } });
  await prisma.notification.create({
    data: {
      recipientId: customer.id,
      channel: "IN_APP",
      template: "remedy.approved",
      payload: { amount: fenToYuan(approved.amountFen), cause: approved.reason, causeEn: approved.reasonEn, billMonth: month, srn: approved.request!.srn },
      locale: customer.locale,
      status: "SENT",
      sentAt: decidedAt,
      createdAt: decidedAt,
    },
  });
}
