"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TERMINATION_REASONS } from "@/lib/domain/termination";
import { terminationReasonSchema, type TerminationReasonInput } from "@/lib/schemas/termination";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { stepHref } from "./steps";

/** Step 1: why. Nothing is saved yet; the reason travels in the URL and is checked again on the server. */
export function ReasonForm({ lineId, initial }: { lineId: string; initial: Partial<TerminationReasonInput> }) {
  const t = useTranslations("termination");
  const router = useRouter();
  const { form, onSubmit } = useActionForm({
    schema: terminationReasonSchema,
    action: async (values: TerminationReasonInput) => ({ ok: true as const, data: values }),
    defaultValues: { reason: initial.reason ?? ("" as TerminationReasonInput["reason"]), note: initial.note ?? "" },
    onSuccess: (values) => router.push(stepHref(lineId, "checks", values)),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ChoiceGroup type="radio" legend={t("reasonLegend")} options={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))} error={errors.reason?.message} input={form.register("reason")} />
      <TextAreaField label={t("noteLabel")} hint={t("noteHint")} maxLength={200} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" disabled={isSubmitting}>
        {t("next")}
      </Button>
    </form>
  );
}
