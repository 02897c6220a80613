"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { NEGATIVE_REASONS, POSITIVE_REASONS, rateRequestSchema, type RateRequestInput } from "@/lib/schemas/rating";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

const SCORES = [1, 2, 3, 4, 5] as const;

/** 服务评价: stars, reason chips, a comment and "was it solved?"; the page shows the rating afterwards. */
export function RatingForm({ srn, action }: { srn: string; action: (input: RateRequestInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("rating");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: rateRequestSchema,
    action,
    defaultValues: { srn, score: "", reasons: [], comment: "", resolved: "yes" },
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;
  const chips = (keys: readonly string[]) => keys.map((k) => ({ value: k, label: t(`reason.${k}` as "reason.friendly") }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <ChoiceGroup
        type="radio"
        legend={t("scoreLegend")}
        options={SCORES.map((n) => ({
          value: String(n),
          label: (
            <>
              <span aria-hidden="true">{"★".repeat(n)}</span>
              <span>{t("scoreOption", { score: n, label: t(`scoreLabel.${n}` as "scoreLabel.1") })}</span>
            </>
          ),
        }))}
        error={errors.score?.message}
        input={form.register("score")}
      />
      <ChoiceGroup type="checkbox" legend={t("positiveLegend")} options={chips(POSITIVE_REASONS)} input={form.register("reasons")} />
      <ChoiceGroup type="checkbox" legend={t("negativeLegend")} options={chips(NEGATIVE_REASONS)} error={errors.reasons?.message} input={form.register("reasons")} />
      <ChoiceGroup
        type="radio"
        legend={t("resolvedLegend")}
        options={[
          { value: "yes", label: t("resolvedYes") },
          { value: "no", label: t("resolvedNo") },
        ]}
        error={errors.resolved?.message}
        input={form.register("resolved")}
      />
      <TextAreaField label={t("comment")} hint={t("commentHint")} maxLength={500} error={errors.comment?.message} {...form.register("comment")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
