import "server-only";
import { parseQuestions, responseScore, type WaveKind } from "@/lib/domain/survey-waves";
import { surveyAnswerSchemaFor } from "@/lib/schemas/survey-waves";
import { zodFieldErrors } from "../action";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

const waveSelect = { id: true, code: true, kind: true, status: true, title: true, titleEn: true, startsAt: true, endsAt: true, sentAt: true, questions: true } as const satisfies Prisma.SurveyWaveSelect;
const responseSelect = { score: true, reason: true, answers: true, createdAt: true } as const satisfies Prisma.SurveyResponseSelect;
export type SurveyResponseView = Prisma.SurveyResponseGetPayload<{ select: typeof responseSelect }>;

export type SurveyPhase = "notOpen" | "open" | "closed";
export function surveyPhase(wave: { startsAt: Date; endsAt: Date; status?: string }, now: Date): SurveyPhase {
  if (wave.status === "CLOSED") return "closed";
  if (now < wave.startsAt) return "notOpen";
  return now < wave.endsAt ? "open" : "closed";
}

/**
 * The waves a customer may see: NPS and CSI waves that are not drafts; a wave sent to a segment
 * (sentAt set) only to the customers it invited, an older wave without invitations to everyone.
 */
function visibleWave(code: string, customerId: string): Prisma.SurveyWaveWhereInput {
  return {
    code,
    kind: { in: ["NPS", "CSI"] },
    status: { not: "DRAFT" },
    OR: [{ sentAt: null }, { invitations: { some: { customerId } } }],
  };
}

/** An answer a customer may post, as the DAL receives it (the NPS-only older form sends no items). */
export type SurveyAnswer = { code: string; score: number | "" | null; reason: string; answers?: Record<string, number | ""> };

/**
 * Access: customers with survey:answer:own; a wave is theirs to see when it was sent to them (or
 * to everyone), their response is theirs (customerId in the where). Staff, drafts, waves they were
 * not invited to and unknown codes get null.
 */
export async function getSurvey(actor: Actor, code: string) {
  if (actor.kind !== "customer" || !can(actor, "survey:answer:own")) return null;
  const wave = await db.surveyWave.findFirst({
    where: visibleWave(code, actor.customerId),
    select: { ...waveSelect, responses: { where: { customerId: actor.customerId }, select: responseSelect } },
  });
  if (!wave) return null;
  const { responses, id: _id, sentAt: _sentAt, questions, ...rest } = wave;
  return { ...rest, kind: rest.kind as WaveKind, questions: parseQuestions(questions), response: responses[0] ?? null };
}

/**
 * Access: the signed-in customer (survey:answer:own), for themselves, while the wave is open and
 * was sent to them. The answer is checked against the wave's own questions (the schema the form
 * used); an NPS answer scores its 0–10, a CSI answer the 0–100 index of its weighted items. One
 * response per customer per wave: a second answer or a double submit returns the first.
 */
export async function answerSurvey(actor: Actor, input: SurveyAnswer, now = new Date()): Promise<SurveyResponseView> {
  if (actor.kind !== "customer" || !can(actor, "survey:answer:own")) throw new ForbiddenError();
  const wave = await db.surveyWave.findFirst({
    where: visibleWave(input.code, actor.customerId),
    select: { ...waveSelect, responses: { where: { customerId: actor.customerId }, select: responseSelect } },
  });
  if (!wave) throw new NotFoundError();
  if (wave.responses[0]) return wave.responses[0];
  const phase = surveyPhase(wave, now);
  if (phase !== "open") throw new ExpectedError(phase === "notOpen" ? "errors.surveyNotOpen" : "errors.surveyClosed");
  const kind = wave.kind as WaveKind;
  const questions = parseQuestions(wave.questions);
  const parsed = surveyAnswerSchemaFor({ kind, questions }).safeParse({ code: input.code, score: input.score ?? "", reason: input.reason, answers: input.answers ?? {} });
  if (!parsed.success) throw new ExpectedError("survey.incomplete", zodFieldErrors(parsed.error));
  const answers: Record<string, number> = {};
  for (const q of questions) answers[q.id] = Number(parsed.data.answers[q.id]);
  const score = responseScore(kind, questions, parsed.data.score === "" ? null : parsed.data.score, answers);
  if (score == null) throw new ExpectedError("validation.invalid");
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.surveyResponse.create({
        data: { waveId: wave.id, customerId: actor.customerId, score, reason: parsed.data.reason || null, answers },
        select: responseSelect,
      });
      await audit(tx, actor, { action: "survey.answer", targetType: "SurveyWave", targetId: wave.id, summary: { code: wave.code, score } });
      return response;
    });
  } catch (error) {
    // Two submissions raced on (waveId, customerId): the loser returns the winner's answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.surveyResponse.findUnique({ where: { waveId_customerId: { waveId: wave.id, customerId: actor.customerId } }, select: responseSelect });
      if (winner) return winner;
    }
    throw error;
  }
}

/** Access: the signed-in customer (survey:answer:own): the waves sent to them, newest first, and whether they answered. */
export async function listMySurveys(actor: Actor) {
  if (actor.kind !== "customer" || !can(actor, "survey:answer:own")) return [];
  const waves = await db.surveyWave.findMany({
    where: { kind: { in: ["NPS", "CSI"] }, status: { not: "DRAFT" }, invitations: { some: { customerId: actor.customerId } } },
    select: { code: true, kind: true, status: true, title: true, titleEn: true, startsAt: true, endsAt: true, responses: { where: { customerId: actor.customerId }, select: { createdAt: true } } },
    orderBy: { startsAt: "desc" },
    take: 50,
  });
  return waves.map(({ responses, ...w }) => ({ ...w, answeredAt: responses[0]?.createdAt ?? null }));
}
