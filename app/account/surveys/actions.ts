"use server";

import { surveyAnswerSchema } from "@/lib/schemas/survey-waves";
import { action, ForbiddenError } from "@/server/action";
import { answerSurvey } from "@/server/dal/surveys";

// Surveys (满意度调查, NPS and CSI), answered by customers from their invitation. The DAL checks
// the answer against the wave's own questions with the schema the form used.
export const answerSurveyAction = action(surveyAnswerSchema, async (input, { actor }) => {
  if (actor.kind !== "customer") throw new ForbiddenError();
  await answerSurvey(actor, input);
  return { code: input.code };
});
