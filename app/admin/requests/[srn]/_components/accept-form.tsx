"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { acceptRequestSchema, type AcceptRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: AcceptRequestInput) => Promise<ClientActionResult<unknown>> };

export function AcceptForm({ srn, version, action }: Props) {
  const t = useTranslations("admin");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: acceptRequestSchema,
    action,
    defaultValues: { srn, version, message: "" },
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
      <TextAreaField label={t("acceptMessage")} hint={t("acceptMessageHint")} maxLength={500} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("accepting") : t("accept")}
      </Button>
    </form>
  );
}
