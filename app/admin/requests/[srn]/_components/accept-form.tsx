"use client";

import { useTranslations } from "next-intl";
import { acceptRequestSchema, type AcceptRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: AcceptRequestInput) => Promise<ClientActionResult<unknown>> };

export function AcceptForm({ srn, version, action }: Props) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: acceptRequestSchema, action, defaultValues: { srn, version, message: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("acceptMessage")} hint={t("acceptMessageHint")} maxLength={500} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("accepting") : t("accept")}
      </Button>
    </form>
  );
}
