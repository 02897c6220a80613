"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { profileSchema, type ProfileInput } from "@/lib/schemas/privacy";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { initial: ProfileInput; action: (input: ProfileInput) => Promise<ClientActionResult<{ changed: number }>> };

export function ProfileForm({ initial, action }: Props) {
  const t = useTranslations("privacy.profile");
  const router = useRouter();
  const [saved, setSaved] = useState<"saved" | "unchanged" | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: profileSchema,
    action,
    defaultValues: initial,
    onSuccess: ({ changed }) => {
      setSaved(changed ? "saved" : "unchanged");
      // The header shows the display name.
      if (changed) router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setSaved(null);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{t(saved)}</Alert> : null}
      </div>
      <TextField label={t("displayName")} autoComplete="nickname" maxLength={50} error={errors.displayName?.message} {...form.register("displayName")} />
      <TextField label={t("email")} type="email" autoComplete="email" hint={t("emailHint")} error={errors.email?.message} {...form.register("email")} />
      <TextField label={t("contactEmail")} type="email" hint={t("contactEmailHint")} error={errors.contactEmail?.message} {...form.register("contactEmail")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
