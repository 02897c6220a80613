"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { rescoreAllSchema, rescoreCustomerSchema } from "@/lib/schemas/churn";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { rescoreAllAction, rescoreCustomerAction } from "../actions";

/** 重新评分 for one customer (the list row, the customer 360 page); the page refreshes with the new score. */
export function RescoreButton({ customerId, label }: { customerId: string; label: string }) {
  const t = useTranslations("retention");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({ schema: rescoreCustomerSchema, action: rescoreCustomerAction, defaultValues: { customerId }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-1">
      <FormError error={formError} />
      <Button type="submit" variant="secondary" aria-label={label} disabled={form.formState.isSubmitting} className="min-h-9 px-3 py-1 text-xs">
        {form.formState.isSubmitting ? t("rescoring") : t("rescore")}
      </Button>
      <p aria-live="polite" className="text-xs text-emerald-800 empty:hidden">
        {succeeded && !form.formState.isSubmitting ? t("rescored") : ""}
      </p>
    </form>
  );
}

/** 全部重新评分: the nightly job run now, for every customer. */
export function RescoreAllButton() {
  const t = useTranslations("retention");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({ schema: rescoreAllSchema, action: rescoreAllAction, defaultValues: { confirm: true }, onSuccess: () => router.refresh() });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-center gap-2">
      <FormError error={formError} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("rescoring") : t("rescoreAll")}
      </Button>
      <span aria-live="polite" className="text-sm text-emerald-800 empty:hidden">
        {succeeded && !form.formState.isSubmitting ? t("rescoredAll") : ""}
      </span>
    </form>
  );
}
