"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { returnRequestSchema, type ReturnRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: ReturnRequestInput) => Promise<ClientActionResult<unknown>> };

export function ReturnForm({ srn, version, action }: Props) {
  const t = useTranslations("admin");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: returnRequestSchema,
    action,
    defaultValues: { srn, version, reason: "" },
    onSuccess: () => router.refresh(),
    // After a conflict or a stale status, show the current state (the form keeps its input).
    onFailure: (error) => {
      if (error === "errors.conflict" || error === "errors.invalidState") router.refresh();
    },
  });
  // A refresh brings the current version; the next submit is checked against it.
  useEffect(() => form.setValue("version", version), [form, version]);
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
