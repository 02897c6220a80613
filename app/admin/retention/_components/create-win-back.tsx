"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { WINBACK_OFFERS } from "@/lib/domain/churn";
import { createWinBackSchema } from "@/lib/schemas/churn";
import { SelectField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createWinBackAction } from "../actions";

export type Assignee = { id: string; displayName: string };

/** 建立挽留任务 for one customer: the offer (with details), who calls, and by which day. Opened on demand. */
export function CreateWinBack({ customerId, customerLabel, assignees, me, today }: { customerId: string; customerLabel: string; assignees: Assignee[]; me: string; today: string }) {
  const t = useTranslations("retention.create");
  const to = useTranslations("retention.offer");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: createWinBackSchema,
    action: createWinBackAction,
    defaultValues: { customerId, offer: "VOUCHER", detail: "", assigneeId: assignees.some((a) => a.id === me) ? me : (assignees[0]?.id ?? ""), dueDate: today },
    onSuccess: () => router.refresh(),
    onFailure: () => router.refresh(),
  });
  const errors = form.formState.errors;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{t("open", { customer: customerLabel })}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 grid min-w-56 gap-2">
        <FormError error={formError} />
        <SelectField label={t("offer")} error={errors.offer?.message} {...form.register("offer")}>
          {WINBACK_OFFERS.map((o) => (
            <option key={o} value={o}>
              {to(o)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("detail")} hint={t("detailHint")} maxLength={200} error={errors.detail?.message} {...form.register("detail")} />
        <SelectField label={t("assignee")} error={errors.assigneeId?.message} {...form.register("assigneeId")}>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.displayName}
            </option>
          ))}
        </SelectField>
        <TextField type="date" label={t("dueDate")} min={today} error={errors.dueDate?.message} {...form.register("dueDate")} />
        <Button type="submit" disabled={form.formState.isSubmitting || succeeded}>
          {form.formState.isSubmitting ? t("working") : t("submit")}
        </Button>
        <p aria-live="polite" className="text-emerald-800 empty:hidden">
          {succeeded ? t("created") : ""}
        </p>
      </form>
    </details>
  );
}
