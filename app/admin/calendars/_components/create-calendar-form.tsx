"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createCalendarSchema, type CreateCalendarInput } from "@/lib/schemas/sla";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

export function CreateCalendarForm({ action }: { action: (input: CreateCalendarInput) => Promise<ClientActionResult<{ id: string }>> }) {
  const t = useTranslations("sla.calendars");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: createCalendarSchema,
    action,
    defaultValues: { code: "", name: "", nameEn: "" },
    onSuccess: (data) => router.push(`/admin/calendars/${data.id}`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("code")} hint={t("codeHint")} autoCapitalize="characters" error={errors.code?.message} {...form.register("code")} />
        <TextField label={t("name")} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("nameEn")} error={errors.nameEn?.message} {...form.register("nameEn")} />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
