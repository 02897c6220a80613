"use client";

import { useTranslations } from "next-intl";
import { withdrawRequestSchema, type WithdrawRequestInput } from "@/lib/schemas/request";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Props = { srn: string; version: number; action: (input: WithdrawRequestInput) => Promise<ClientActionResult<unknown>> };

export function WithdrawForm({ srn, version, action }: Props) {
  const t = useTranslations("detail");
  const { form, onSubmit, formError } = useTransitionForm({ schema: withdrawRequestSchema, action, defaultValues: { srn, version }, version });
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
