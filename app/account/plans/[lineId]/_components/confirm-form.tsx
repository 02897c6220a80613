"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { schedulePlanChangeSchema, type SchedulePlanChangeInput } from "@/lib/schemas/plans";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { lineId: string; toPlan: string; action: (input: SchedulePlanChangeInput) => Promise<ClientActionResult<{ srn: string }>> };

/** 确认变更: one key per form, so a double click schedules one change; then back to 我的套餐. */
export function ConfirmPlanChangeForm({ lineId, toPlan, action }: Props) {
  const t = useTranslations("plans.change");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: schedulePlanChangeSchema,
    action,
    defaultValues: { lineId, toPlan, idempotencyKey },
    onSuccess: ({ srn }) => {
      setDone(true);
      router.push(`/account/plans?scheduled=${encodeURIComponent(srn)}`);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting || done} className="w-full sm:w-auto">
        {form.formState.isSubmitting ? t("confirming") : t("confirm")}
      </Button>
    </form>
  );
}
