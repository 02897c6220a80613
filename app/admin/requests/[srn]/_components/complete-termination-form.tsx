"use client";

import { useTranslations } from "next-intl";
import { completeTerminationSchema, type CompleteTerminationInput } from "@/lib/schemas/termination";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

/** 完成销户: ends the line, fixes the settlement, archives and notifies, in one step. */
export function CompleteTerminationForm({ srn, version, action }: { srn: string; version: number; action: (input: CompleteTerminationInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("termination");
  const { form, onSubmit, formError } = useTransitionForm({ schema: completeTerminationSchema, action, defaultValues: { srn, version, note: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("completeNote")} hint={t("completeHint")} maxLength={500} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? t("completing") : t("complete")}
      </Button>
    </form>
  );
}
