"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { withdrawRequestSchema, type WithdrawRequestInput } from "@/lib/schemas/request";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: WithdrawRequestInput) => Promise<ClientActionResult<unknown>> };

export function WithdrawForm({ srn, version, action }: Props) {
  const t = useTranslations("detail");
  const router = useRouter();
  const { onSubmit, formError, form } = useActionForm({
    schema: withdrawRequestSchema,
    action,
    defaultValues: { srn, version },
    onSuccess: () => router.refresh(),
    // After a conflict or a stale status, show the current state (the form keeps its input).
    onFailure: (error) => {
      if (error === "errors.conflict" || error === "errors.invalidState") router.refresh();
    },
  });
  // A refresh brings the current version; the next submit is checked against it.
  useEffect(() => form.setValue("version", version), [form, version]);
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(t("withdrawConfirm"))) {
          e.preventDefault();
          return;
        }
        void onSubmit(e);
      }}
      className="space-y-3"
    >
      <FormError error={formError} />
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("withdrawing") : t("withdraw")}
      </Button>
    </form>
  );
}
