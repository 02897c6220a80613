"use client";

import { useTranslations } from "next-intl";
import { FOLLOW_UP_OUTCOMES, MAX_ATTEMPTS } from "@/lib/domain/follow-ups";
import { recordFollowUpSchema } from "@/lib/schemas/follow-up";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";
import { recordFollowUpAction } from "../../actions";

/** The outcome of one return-visit call. */
export function RecordFollowUpForm({ id, version, attempts }: { id: string; version: number; attempts: number }) {
  const t = useTranslations("followUps");
  const { form, onSubmit, formError } = useTransitionForm({
    schema: recordFollowUpSchema,
    action: recordFollowUpAction,
    defaultValues: { id, version, outcome: undefined, note: "", retry: true },
    version,
  });
  const { errors, isSubmitting } = form.formState;
  const outcome = form.watch("outcome");
  const lastTry = attempts + 1 >= MAX_ATTEMPTS;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <ChoiceGroup
        type="radio"
        legend={t("outcomeLegend")}
        options={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        error={errors.outcome?.message}
        input={form.register("outcome")}
      />
      <TextAreaField
        label={outcome === "PROBLEM_PERSISTS" ? t("noteProblem") : t("note")}
        hint={outcome === "PROBLEM_PERSISTS" ? t("noteProblemHint") : undefined}
        maxLength={500}
        error={errors.note?.message}
        {...form.register("note")}
      />
      {outcome === "NOT_REACHED" ? (
        lastTry ? (
          <p className="text-sm text-slate-700">{t("lastAttempt", { max: MAX_ATTEMPTS })}</p>
        ) : (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" {...form.register("retry")} />
            {t("retry")}
          </label>
        )
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("record")}
      </Button>
    </form>
  );
}
