import "server-only";
import type { NpsResponseData } from "@/lib/schemas/rating";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { can } from "../policy";

const waveSelect = { id: true, code: true, kind: true, title: true, titleEn: true, startsAt: true, endsAt: true } as const satisfies Prisma.SurveyWaveSelect;
const responseSelect = { score: true, reason: true, createdAt: true } as const satisfies Prisma.SurveyResponseSelect;
export type SurveyResponseView = Prisma.SurveyResponseGetPayload<{ select: typeof responseSelect }>;

export type SurveyPhase = "notOpen" | "open" | "closed";
export function surveyPhase(wave: { startsAt: Date; endsAt: Date }, now: Date): SurveyPhase {
  if (now < wave.startsAt) return "notOpen";
  return now < wave.endsAt ? "open" : "closed";
}

/**
 * Access: customers with survey:answer:own; a wave is public to them, their response is theirs
 * (customerId in the where). Staff and unknown codes get null. Only NPS waves are answered here.
 */
export async function getSurvey(actor: Actor, code: string) {
  if (actor.kind !== "customer" || !can(actor, "survey:answer:own")) return null;
  const wave = await db.surveyWave.findFirst({
    where: { code, kind: "NPS" },
    select: { ...waveSelect, responses: { where: { customerId: actor.customerId }, select: responseSelect } },
  });
  if (!wave) return null;
  const { responses, id: _id, ...rest } = wave;
  return { ...rest, response: responses[0] ?? null };
}

/**
 * Access: the signed-in customer (survey:answer:own), for themselves, while the wave is open.
 * One response per customer per wave: a second answer or a double submit returns the first.
 */
export async function answerSurvey(actor: Actor, input: NpsResponseData, now = new Date()): Promise<SurveyResponseView> {
  if (actor.kind !== "customer" || !can(actor, "survey:answer:own")) throw new ForbiddenError();
  const wave = await db.surveyWave.findFirst({
    where: { code: input.code, kind: "NPS" },
    select: { id: true, startsAt: true, endsAt: true, responses: { where: { customerId: actor.customerId }, select: responseSelect } },
  });
  if (!wave) throw new NotFoundError();
  if (wave.responses[0]) return wave.responses[0];
  const phase = surveyPhase(wave, now);
  if (phase !== "open") throw new ExpectedError(phase === "notOpen" ? "errors.surveyNotOpen" : "errors.surveyClosed");
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.surveyResponse.create({
        data: { waveId: wave.id, customerId: actor.customerId, score: input.score, reason: input.reason || null },
        select: responseSelect,
      });
      await audit(tx, actor, { action: "survey.answer", targetType: "SurveyWave", targetId: wave.id, summary: { code: input.code, score: input.score } });
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
