"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MetricKey } from "@/lib/domain/metrics";
import { IMPROVEMENT_LIMITS, createImprovementSchema, type CreateImprovementInput } from "@/lib/schemas/improvements";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Scope = { requestType: string; category: string; area: string; planCode: string; teamId: string };
type Props = {
  action: (input: CreateImprovementInput) => Promise<ClientActionResult<{ code: string; version: number }>>;
  metric: MetricKey;
  scope: Scope;
  baselineFrom: string;
  baselineTo: string;
  fromHotspot: boolean;
  /** How many requests in scope the baseline period holds (0: nothing to link). */
  linkable: number;
  unitHint: string;
  betterHint: string;
};

/** Plan, step 2: title, problem statement and target; the metric, scope and period come from step 1. */
export function CreateForm({ action, metric, scope, baselineFrom, baselineTo, fromHotspot, linkable, unitHint, betterHint }: Props) {
  const t = useTranslations("improvements");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: createImprovementSchema,
    action,
    defaultValues: { title: "", problem: "", metricKey: metric, ...scope, targetValue: "", baselineFrom, baselineTo, linkBaseline: linkable > 0, fromHotspot },
    onSuccess: (data) => router.push(`/admin/improvements/${data.code}?created=1`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-5">
      <FormError error={formError} />
      <TextField label={t("field.title")} hint={t("field.titleHint")} maxLength={IMPROVEMENT_LIMITS.titleMax} error={errors.title?.message} {...form.register("title")} />
      <TextAreaField label={t("field.problem")} hint={t("field.problemHint")} rows={4} maxLength={IMPROVEMENT_LIMITS.problemMax} error={errors.problem?.message} {...form.register("problem")} />
      <TextField
        label={t("field.target")}
        hint={t("field.targetHint", { unit: unitHint, better: betterHint })}
        inputMode="decimal"
        className="sm:max-w-xs"
        error={errors.targetValue?.message}
        {...form.register("targetValue")}
      />
      {linkable > 0 ? (
        <div className="flex items-start gap-2">
          <input id="link-baseline" type="checkbox" className="mt-1 size-4 rounded border-slate-400 text-brand-700" {...form.register("linkBaseline")} />
          <label htmlFor="link-baseline" className="text-sm text-slate-900">
            {t("field.linkBaseline", { count: linkable })}
          </label>
        </div>
      ) : null}
      {errors.baselineTo?.message ? <FormError error={errors.baselineTo.message} /> : null}
      <Button type="submit" disabled={isSubmitting || succeeded} className="w-full sm:w-auto">
        {isSubmitting || succeeded ? t("new.creating") : t("new.create")}
      </Button>
    </form>
  );
}
