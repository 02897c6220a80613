"use server";

import { npsResponseSchema } from "@/lib/schemas/rating";
import { action, ForbiddenError } from "@/server/action";
import { answerSurvey } from "@/server/dal/surveys";

// NPS surveys (满意度调查), answered by customers from their invitation.
export const answerSurveyAction = action(npsResponseSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  await answerSurvey(actor, input);
  return { code: input.code };
});
