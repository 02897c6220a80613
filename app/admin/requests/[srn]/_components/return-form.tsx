"use client";

import { useTranslations } from "next-intl";
import { returnRequestSchema, type ReturnRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: ReturnRequestInput) => Promise<ClientActionResult<unknown>> };

export function ReturnForm({ srn, version, action }: Props) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: returnRequestSchema, action, defaultValues: { srn, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("returnReason")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("returning") : t("return")}
      </Button>
    </form>
  );
}
