"use client";

import { useTranslations } from "next-intl";
import { deescalateRequestSchema, escalateRequestSchema, type DeescalateRequestInput, type EscalateRequestInput } from "@/lib/schemas/request-work";
import { staffReopenSchema, type StaffReopenInput } from "@/lib/schemas/request";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

/** 升级: the reason is required; the supervisor is found automatically unless one is chosen. */
export function EscalateForm({ srn, version, action, supervisors }: Base & { action: Act<EscalateRequestInput>; supervisors: { id: string; label: string }[] }) {
  const t = useTranslations("work.escalate");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: escalateRequestSchema, action, defaultValues: { srn, version, reason: "", toId: "" }, version, resetOnSuccess: true });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <FormError error={formError} />
      <TextAreaField label={t("reason")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <SelectField label={t("to")} error={errors.toId?.message} {...form.register("toId")}>
        <option value="">{t("toAuto")}</option>
        {supervisors.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("submit")}
      </Button>
    </form>
  );
}

/** 解除升级, by a supervisor, with an optional internal note. */
export function DeescalateForm({ srn, version, action }: Base & { action: Act<DeescalateRequestInput> }) {
  const t = useTranslations("work.escalated");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: deescalateRequestSchema, action, defaultValues: { srn, version, note: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("clearTitle")}>
      <FormError error={formError} />
      <TextAreaField label={t("clearNote")} maxLength={500} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("clearSubmit")}
      </Button>
    </form>
  );
}

/** 重新处理 a resolved or closed request; the reason goes to the customer. */
export function StaffReopenForm({ srn, version, action }: Base & { action: Act<StaffReopenInput> }) {
  const t = useTranslations("work.reopen");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: staffReopenSchema, action, defaultValues: { srn, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <FormError error={formError} />
      <TextAreaField label={t("reason")} maxLength={500} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("submit")}
      </Button>
    </form>
  );
}
