"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { SurveyQuestion, WaveKind } from "@/lib/domain/survey-waves";
import { surveyAnswerSchemaFor, WAVE_LIMITS, type SurveyAnswerInput } from "@/lib/schemas/survey-waves";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

const NPS_SCORES = Array.from({ length: 11 }, (_, i) => String(i));
const ITEM_SCORES = ["1", "2", "3", "4", "5"];

type Props = { code: string; kind: WaveKind; questions: SurveyQuestion[]; action: (input: SurveyAnswerInput) => Promise<ClientActionResult<unknown>> };

/**
 * The survey: an NPS wave's 0–10 and its optional 1–5 items, or a CSI wave's 1–5 items (their
 * weights are the operator's business, not shown), and a free text. The wave's own schema checks
 * it here and again on the server. After the answer the page shows it.
 */
export function SurveyForm({ code, kind, questions, action }: Props) {
  const t = useTranslations("survey");
  const locale = useLocale();
  const router = useRouter();
  const schema = useMemo(() => surveyAnswerSchemaFor({ kind, questions }), [kind, questions]);
  const { form, onSubmit, formError } = useActionForm({
    schema,
    action,
    defaultValues: { code, score: "", reason: "", answers: Object.fromEntries(questions.map((q) => [q.id, ""])) },
    onSuccess: () => router.refresh(),
    // The wave may have closed while the page was open: the page then says so.
    onFailure: (error) => {
      if (error === "errors.surveyClosed" || error === "errors.surveyNotOpen") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const answerErrors = errors.answers as Record<string, { message?: string } | undefined> | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      {kind === "NPS" ? (
        <ChoiceGroup
          type="radio"
          legend={t("question")}
          hint={`${t("anchorLow")} · ${t("anchorHigh")}`}
          options={NPS_SCORES.map((s) => ({ value: s, label: s }))}
          error={errors.score?.message}
          input={form.register("score")}
        />
      ) : (
        <p className="text-sm text-slate-700">{t("csiLead")}</p>
      )}
      {questions.map((q) => (
        <ChoiceGroup
          key={q.id}
          type="radio"
          legend={locale === "en" && q.textEn ? q.textEn : q.text}
          hint={`${t("itemLow")} · ${t("itemHigh")}`}
          options={ITEM_SCORES.map((s) => ({ value: s, label: s }))}
          error={answerErrors?.[q.id]?.message}
          input={form.register(`answers.${q.id}`)}
        />
      ))}
      <TextAreaField label={kind === "NPS" ? t("reason") : t("comment")} hint={t("reasonHint")} maxLength={WAVE_LIMITS.reasonMax} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
