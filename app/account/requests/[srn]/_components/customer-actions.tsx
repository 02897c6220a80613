"use client";

import { useTranslations } from "next-intl";
import {
  confirmRequestSchema,
  provideInfoSchema,
  reopenRequestSchema,
  type ConfirmRequestInput,
  type ProvideInfoInput,
  type ReopenRequestInput,
} from "@/lib/schemas/request";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

/** The customer answers the handler's question; the clocks run again. */
export function ProvideInfoForm({ srn, version, action }: Base & { action: Act<ProvideInfoInput> }) {
  const t = useTranslations("detail");
  const { form, onSubmit, formError } = useTransitionForm({ schema: provideInfoSchema, action, defaultValues: { srn, version, information: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("provideInfoLabel")} maxLength={1000} error={errors.information?.message} {...form.register("information")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("provideInfo")}
      </Button>
    </form>
  );
}

/** The customer confirms that the problem is solved: the request closes (闭环). */
export function ConfirmForm({ srn, version, action }: Base & { action: Act<ConfirmRequestInput> }) {
  const t = useTranslations("detail");
  const { form, onSubmit, formError } = useTransitionForm({ schema: confirmRequestSchema, action, defaultValues: { srn, version }, version });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("confirm")}
      </Button>
    </form>
  );
}

/** The customer says it is not resolved, and why: the request goes back to work. */
export function ReopenForm({ srn, version, action }: Base & { action: Act<ReopenRequestInput> }) {
  const t = useTranslations("detail");
  const { form, onSubmit, formError } = useTransitionForm({ schema: reopenRequestSchema, action, defaultValues: { srn, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <TextAreaField label={t("reopenLabel")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("reopen")}
      </Button>
    </form>
  );
}
