"use client";

import { useTranslations } from "next-intl";
import { confirmRequestSchema, reopenRequestSchema, type ConfirmRequestInput, type ReopenRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

// 投诉: the customer accepts the reply (confirm: the complaint closes) or rejects it with a reason
// (reopen: back to 处理, and the right to appeal). The same actions as any request's.
type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

export function AcceptReplyForm({ srn, version, action }: Base & { action: Act<ConfirmRequestInput> }) {
  const t = useTranslations("complaints.replies");
  const { form, onSubmit, formError } = useTransitionForm({ schema: confirmRequestSchema, action, defaultValues: { srn, version }, version });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <p className="text-sm text-slate-700">{t("acceptText")}</p>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("accept")}
      </Button>
    </form>
  );
}

export function RejectReplyForm({ srn, version, action }: Base & { action: Act<ReopenRequestInput> }) {
  const t = useTranslations("complaints.replies");
  const { form, onSubmit, formError } = useTransitionForm({ schema: reopenRequestSchema, action, defaultValues: { srn, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <p className="text-sm text-slate-700">{t("rejectText")}</p>
      <TextAreaField label={t("rejectLabel")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("reject")}
      </Button>
    </form>
  );
}
