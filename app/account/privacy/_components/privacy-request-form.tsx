"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { PRIVACY_REQUEST_KINDS } from "@/lib/domain/privacy";
import { privacyRequestSchema, type PrivacyRequestInput } from "@/lib/schemas/privacy";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { action: (input: PrivacyRequestInput) => Promise<ClientActionResult<{ id: string }>> };

export function PrivacyRequestForm({ action }: Props) {
  const t = useTranslations("privacy.requests");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: privacyRequestSchema,
    action,
    defaultValues: { kind: "DELETION", details: "" },
    onSuccess: () => {
      setSent(true);
      form.reset({ kind: "DELETION", details: "" });
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setSent(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {sent ? <Alert tone="success">{t("submitted")}</Alert> : null}
      </div>
      <ChoiceGroup type="radio" legend={t("kindLabel")} options={PRIVACY_REQUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} error={errors.kind?.message} input={form.register("kind")} />
      <TextAreaField label={t("details")} hint={t("detailsHint")} maxLength={1000} error={errors.details?.message} {...form.register("details")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
