"use client";

import { useTranslations } from "next-intl";
import { remedyComplaintSchema, type RemedyComplaintInput } from "@/lib/schemas/complaint";
import { resolveRequestSchema, startRequestSchema, type ResolveRequestInput, type StartRequestInput } from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

// 投诉 stages for staff: 调查 (start), 处理 (remedy) and 反馈 (the reply, which resolves it).
type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

export function InvestigateForm({ srn, version, action }: Base & { action: Act<StartRequestInput> }) {
  const t = useTranslations("complaints.staff");
  const { form, onSubmit, formError } = useTransitionForm({ schema: startRequestSchema, action, defaultValues: { srn, version, message: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <p className="text-sm text-slate-700">{t("investigateLead")}</p>
      <TextAreaField label={t("messageLabel")} maxLength={500} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("investigate")}
      </Button>
    </form>
  );
}

export function RemedyForm({ srn, version, action }: Base & { action: Act<RemedyComplaintInput> }) {
  const t = useTranslations("complaints.staff");
  const { form, onSubmit, formError } = useTransitionForm({ schema: remedyComplaintSchema, action, defaultValues: { srn, version, message: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <p className="text-sm text-slate-700">{t("remedyLead")}</p>
      <TextAreaField label={t("messageLabel")} maxLength={500} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("remedy")}
      </Button>
    </form>
  );
}

/** `submitLabel`: the button's text where the reply is not sent at once (a level-1 reply goes for approval). */
export function ReplyForm({ srn, version, action, submitLabel }: Base & { action: Act<ResolveRequestInput>; submitLabel?: string }) {
  const t = useTranslations("complaints.staff");
  const { form, onSubmit, formError } = useTransitionForm({ schema: resolveRequestSchema, action, defaultValues: { srn, version, result: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("replyLabel")} hint={t("replyHint")} maxLength={1000} error={errors.result?.message} {...form.register("result")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : (submitLabel ?? t("reply"))}
      </Button>
    </form>
  );
}
