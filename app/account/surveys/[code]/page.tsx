import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { surveyCodeSchema } from "@/lib/schemas/rating";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { getSurvey, surveyPhase } from "@/server/dal/surveys";
import { SurveyForm } from "./_components/survey-form";
import { answerSurveyAction } from "../actions";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("survey"))("title") };
}

/** A stored 1–5 answer by question id. */
function answerOf(answers: unknown, id: string): number | null {
  const v = answers && typeof answers === "object" ? (answers as Record<string, unknown>)[id] : null;
  return typeof v === "number" ? v : null;
}

/** 满意度调查 (NPS or CSI): answered once per wave, while it is open; afterwards the answer given. */
export default async function SurveyPage({ params }: Props) {
  const { code: raw } = await params;
  const actor = await requireCustomer(`/account/surveys/${encodeURIComponent(raw)}`);
  const code = surveyCodeSchema.safeParse(raw);
  const survey = code.success ? await getSurvey(actor, code.data) : null;
  if (!survey) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("survey"), getFormatter(), getLocale()]);
  const phase = surveyPhase(survey, new Date());
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={locale === "en" ? survey.titleEn : survey.title} lead={t("title")} />
      <Card>
        {survey.response ? (
          <div className="space-y-2 text-sm text-slate-800">
            <Alert tone="success">{t("thanks")}</Alert>
            <p className="font-semibold text-slate-900">{survey.kind === "NPS" ? t("yourAnswer", { score: survey.response.score }) : t("yourCsiAnswer")}</p>
            {survey.questions.length ? (
              <ul className="space-y-1">
                {survey.questions.map((q) => (
                  <li key={q.id}>{t("yourItem", { item: locale === "en" && q.textEn ? q.textEn : q.text, score: String(answerOf(survey.response!.answers, q.id) ?? "—") })}</li>
                ))}
              </ul>
            ) : null}
            {survey.response.reason ? <p className="whitespace-pre-wrap break-words">{t("yourReason", { reason: survey.response.reason })}</p> : null}
            <p className="text-slate-600">{t("answeredAt", { at: format.dateTime(survey.response.createdAt, "short") })}</p>
          </div>
        ) : phase === "open" ? (
          <SurveyForm code={survey.code} kind={survey.kind} questions={survey.questions} action={answerSurveyAction} />
        ) : phase === "notOpen" ? (
          <Alert tone="info">{t("notOpen", { startsAt: format.dateTime(survey.startsAt, "short") })}</Alert>
        ) : (
          <Alert tone="info">{t("closed", { endsAt: format.dateTime(survey.endsAt, "short") })}</Alert>
        )}
      </Card>
    </div>
  );
}
