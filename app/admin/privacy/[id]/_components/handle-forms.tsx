"use client";

import { useTranslations } from "next-intl";
import { ERASABLE_CATEGORIES } from "@/lib/domain/privacy";
import { completePrivacyRequestSchema, refusePrivacyRequestSchema, type CompletePrivacyRequestInput, type RefusePrivacyRequestInput } from "@/lib/schemas/privacy";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

type Common = { id: string; version: number };

export function CompleteForm({ id, version, isDeletion, action }: Common & { isDeletion: boolean; action: (input: CompletePrivacyRequestInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("privacy");
  const { form, onSubmit, formError } = useTransitionForm({
    schema: completePrivacyRequestSchema,
    action,
    defaultValues: { id, version, outcome: "", erase: isDeletion ? [...ERASABLE_CATEGORIES] : [] },
    version,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      {isDeletion ? (
        <ChoiceGroup
          type="checkbox"
          legend={t("admin.erase")}
          options={ERASABLE_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}.name`) }))}
          error={errors.erase?.message}
          input={form.register("erase")}
        />
      ) : null}
      <TextAreaField label={t("admin.outcome")} maxLength={1000} error={errors.outcome?.message} {...form.register("outcome")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("admin.completing") : t("admin.complete")}
      </Button>
    </form>
  );
}

export function RefuseForm({ id, version, action }: Common & { action: (input: RefusePrivacyRequestInput) => Promise<ClientActionResult<unknown>> }) {
  const t = useTranslations("privacy.admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: refusePrivacyRequestSchema, action, defaultValues: { id, version, reason: "" }, version });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <TextAreaField label={t("refuseReason")} maxLength={1000} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? t("refusing") : t("refuse")}
      </Button>
    </form>
  );
}
