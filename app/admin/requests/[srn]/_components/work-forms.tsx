"use client";

import { useTranslations } from "next-intl";
import {
  closeRequestSchema,
  requestInfoSchema,
  resolveRequestSchema,
  startRequestSchema,
  type CloseRequestInput,
  type RequestInfoInput,
  type ResolveRequestInput,
  type StartRequestInput,
} from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

// Working a request after acceptance (minimal; the staff workspace grows around it).
type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

export function StartForm({ srn, version, action }: Base & { action: Act<StartRequestInput> }) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: startRequestSchema, action, defaultValues: { srn, version, message: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("startMessage")} maxLength={500} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("start")}
      </Button>
    </form>
  );
}

export function RequestInfoForm({ srn, version, action }: Base & { action: Act<RequestInfoInput> }) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: requestInfoSchema, action, defaultValues: { srn, version, question: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("requestInfoQuestion")} hint={t("requestInfoHint")} maxLength={500} error={errors.question?.message} {...form.register("question")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("requestInfo")}
      </Button>
    </form>
  );
}

export function ResolveForm({ srn, version, action }: Base & { action: Act<ResolveRequestInput> }) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: resolveRequestSchema, action, defaultValues: { srn, version, result: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("resolveResult")} hint={t("resolveHint")} maxLength={1000} error={errors.result?.message} {...form.register("result")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("resolve")}
      </Button>
    </form>
  );
}

export function CloseForm({ srn, version, action }: Base & { action: Act<CloseRequestInput> }) {
  const t = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: closeRequestSchema, action, defaultValues: { srn, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("closeReason")} hint={t("closeHint")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("close")}
      </Button>
    </form>
  );
}
