"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { npsResponseSchema, type NpsResponseInput } from "@/lib/schemas/rating";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

const SCORES = Array.from({ length: 11 }, (_, i) => String(i));

/** NPS: 0–10 and why. After the answer the page shows it. */
export function NpsForm({ code, action }: { code: string; action: (input: NpsResponseInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("survey");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: npsResponseSchema,
    action,
    defaultValues: { code, score: "", reason: "" },
    onSuccess: () => router.refresh(),
    // The wave may have closed while the page was open: the page then says so.
    onFailure: (error) => {
      if (error === "errors.surveyClosed" || error === "errors.surveyNotOpen") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <ChoiceGroup
        type="radio"
        legend={t("question")}
        hint={`${t("anchorLow")} · ${t("anchorHigh")}`}
        options={SCORES.map((s) => ({ value: s, label: s }))}
        error={errors.score?.message}
        input={form.register("score")}
      />
      <TextAreaField label={t("reason")} hint={t("reasonHint")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
