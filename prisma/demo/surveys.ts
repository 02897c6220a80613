import { inSegment, periodOf, responseScore, type SurveyQuestion } from "../../lib/domain/survey-waves";
import { cstDateAt } from "../../lib/domain/time";
import type { DemoContext } from "./context";

// Demo survey waves (issue 7 part 2), besides the open NPS wave of prisma/seed.ts (open to every
// customer, answered by 李娜 in rating.spec): last quarter's CSI wave, defined by 质检 孙丽, sent
// at the start of the quarter to personal and enterprise customers in Beijing — as sendWave does,
// one invitation per customer in the segment (lib/domain/survey-waves.ts inSegment, the rule the
// send's SQL applies) and their in-app notice, read since — answered by each of them, and closed
// when the quarter ended. Its results show on /admin/surveys/CSI-<year>Q<n> and feed the CSI
// figure of the quality reports for that quarter.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const QUESTIONS: SurveyQuestion[] = [
  { id: "q1", kind: "SCALE_5", text: "网络质量", textEn: "Network quality", weight: 4 },
  { id: "q2", kind: "SCALE_5", text: "资费透明", textEn: "Transparent pricing", weight: 2 },
  { id: "q3", kind: "SCALE_5", text: "服务态度", textEn: "Staff attitude", weight: 2 },
  { id: "q4", kind: "SCALE_5", text: "办理效率", textEn: "Speed of service", weight: 2 },
];

/** Each invited demo customer's answer (by customer key), given this many days after sending. */
const ANSWERS: Record<string, { afterDays: number; answers: Record<string, number>; reason: string | null }> = {
  zhang: { afterDays: 3, answers: { q1: 4, q2: 3, q3: 5, q4: 4 }, reason: "宽带很稳定，但账单里的流量包费用不太好懂。" },
  xinghe: { afterDays: 9, answers: { q1: 5, q2: 4, q3: 4, q4: 3 }, reason: "云服务器开通等了三天，希望能更快。" },
};

const SEGMENT = { types: ["PERSONAL", "ENTERPRISE"], stages: [] as string[], areas: ["北京市"] };

export async function seedSurveys(ctx: DemoContext) {
  const { prisma, now, userIds, customerIds } = ctx;
  // Last quarter, in China time: the quarter before the one containing now.
  const current = periodOf("QUARTERLY", now);
  const last = periodOf("QUARTERLY", new Date(cstDateAt(current.startsOn)!.getTime() - HOUR));
  const startsAt = cstDateAt(last.startsOn)!;
  const endsAt = cstDateAt(last.endsOn, 24)!;
  const sentAt = new Date(startsAt.getTime() + 9 * HOUR);

  const customers = await prisma.customer.findMany({
    where: { id: { in: Object.values(customerIds) }, user: { isNot: null } },
    select: { id: true, type: true, lifecycleStage: true, area: true },
  });
  const keyOf = new Map(Object.entries(customerIds).map(([key, id]) => [id, key]));
  const invited = customers.filter((c) => inSegment(SEGMENT, c)).sort((a, b) => keyOf.get(a.id)!.localeCompare(keyOf.get(b.id)!));

  const wave = await prisma.surveyWave.create({
    data: {
      code: `CSI-${last.label}`,
      kind: "CSI",
      cadence: "QUARTERLY",
      status: "CLOSED",
      title: `${last.label} 客户满意度指数调查`,
      titleEn: `${last.label} customer satisfaction index survey`,
      startsAt,
      endsAt,
      segmentTypes: ["PERSONAL", "ENTERPRISE"],
      segmentAreas: SEGMENT.areas,
      questions: QUESTIONS,
      createdById: userIds.quality ?? null,
      createdAt: new Date(startsAt.getTime() - 2 * DAY),
      sentAt,
      invitedCount: invited.length,
      version: 3,
    },
    select: { id: true, code: true, title: true, titleEn: true },
  });
  for (const c of invited) {
    const key = keyOf.get(c.id)!;
    await prisma.surveyInvitation.create({ data: { waveId: wave.id, customerId: c.id, createdAt: sentAt } });
    const answer = ANSWERS[key];
    await prisma.notification.create({
      data: {
        recipientId: userIds[key]!,
        channel: "IN_APP",
        template: "survey.csi",
        payload: { code: wave.code, title: wave.title, titleEn: wave.titleEn },
        status: "SENT",
        sentAt,
        createdAt: sentAt,
        readAt: answer ? new Date(sentAt.getTime() + answer.afterDays * DAY) : null,
      },
    });
    if (!answer) continue;
    await prisma.surveyResponse.create({
      data: {
        waveId: wave.id,
        customerId: c.id,
        score: responseScore("CSI", QUESTIONS, null, answer.answers)!,
        reason: answer.reason,
        answers: answer.answers,
        createdAt: new Date(sentAt.getTime() + answer.afterDays * DAY),
      },
    });
  }
}
