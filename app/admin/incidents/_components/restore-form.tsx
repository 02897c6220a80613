"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { INCIDENT_LIMITS, restoreIncidentSchema, type RestoreIncidentInput } from "@/lib/schemas/incidents";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { code: string; version: number; now: string; action: (input: RestoreIncidentInput) => Promise<ClientActionResult<{ code: string; version: number }>> };

/** 宣布恢复: the restore time (between the start and now) and the note customers and linked reports get. */
export function RestoreForm({ code, version, now, action }: Props) {
  const t = useTranslations("incidents.detail");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: restoreIncidentSchema,
    action,
    defaultValues: { code, version, restoredAt: now, note: "", noteEn: "" },
    onSuccess: () => router.refresh(),
    onFailure: (error) => {
      if (error === "incidents.errors.conflict") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        form.setValue("version", version);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <TextField type="datetime-local" label={t("restoredAtField")} error={errors.restoredAt?.message} {...form.register("restoredAt")} />
      <TextAreaField label={t("note")} lang="zh-CN" rows={3} maxLength={INCIDENT_LIMITS.noteMax} error={errors.note?.message} {...form.register("note")} />
      <TextAreaField label={t("noteEn")} lang="en" rows={3} maxLength={INCIDENT_LIMITS.noteMax} error={errors.noteEn?.message} {...form.register("noteEn")} />
      <Button type="submit" disabled={isSubmitting || succeeded} className="w-full sm:w-auto">
        {isSubmitting || succeeded ? t("restoring") : t("restoreButton")}
      </Button>
    </form>
  );
}
