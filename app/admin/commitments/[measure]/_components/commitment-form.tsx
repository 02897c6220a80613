"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { publishCommitmentSchema, type PublishCommitmentFormValues, type PublishCommitmentInput } from "@/lib/schemas/commitments";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  defaults: PublishCommitmentFormValues;
  nextVersion: number;
  action: (input: PublishCommitmentInput) => Promise<ClientActionResult<{ version: number }>>;
};

/**
 * Publishes the next version of a commitment. It carries the version it was opened on: when
 * someone published in between, nothing is saved, the page reloads the newest version and says so.
 */
export function CommitmentForm({ defaults, nextVersion, action }: Props) {
  const t = useTranslations("commitments.form");
  const router = useRouter();
  const [published, setPublished] = useState<number | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: publishCommitmentSchema,
    action,
    defaultValues: defaults,
    onSuccess: (data) => {
      setPublished(data.version);
      router.refresh();
    },
    onFailure: (error) => {
      if (error === "errors.conflict") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  // After a publish (or a conflict) the page shows the newest version: edit on top of it.
  useEffect(() => form.reset(defaults), [form, defaults]);
  return (
    <form
      onSubmit={(e) => {
        setPublished(null);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-5"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {published ? <Alert tone="success">{t("published", { version: published })}</Alert> : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("title")} lang="zh-CN" maxLength={50} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("titleEn")} lang="en" maxLength={50} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <TextField label={t("targetMinutes")} hint={t("targetHint")} inputMode="numeric" error={errors.targetMinutes?.message} {...form.register("targetMinutes")} />
      <div className="grid gap-5 lg:grid-cols-2">
        <TextAreaField label={t("statement")} lang="zh-CN" rows={4} maxLength={500} error={errors.statement?.message} {...form.register("statement")} />
        <TextAreaField label={t("statementEn")} lang="en" rows={4} maxLength={500} error={errors.statementEn?.message} {...form.register("statementEn")} />
        <TextAreaField label={t("exclusions")} lang="zh-CN" rows={4} maxLength={500} error={errors.exclusions?.message} {...form.register("exclusions")} />
        <TextAreaField label={t("exclusionsEn")} lang="en" rows={4} maxLength={500} error={errors.exclusionsEn?.message} {...form.register("exclusionsEn")} />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="size-4 accent-brand-600" {...form.register("active")} />
        {t("active")}
      </label>
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("submitting") : t("submit", { version: nextVersion })}
      </Button>
    </form>
  );
}
