"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { INCIDENT_LIMITS, postIncidentUpdateSchema, type PostIncidentUpdateInput } from "@/lib/schemas/incidents";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Saved = { code: string; version: number };
type Props = { code: string; version: number; action: (input: PostIncidentUpdateInput) => Promise<ClientActionResult<Saved>> };

/** 发布进展: a public update, optionally with a new expected restore time. */
export function UpdateForm({ code, version, action }: Props) {
  const t = useTranslations("incidents.detail");
  const router = useRouter();
  const [posted, setPosted] = useState(false);
  const empty = { code, version, body: "", bodyEn: "", estimatedRestoreAt: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: postIncidentUpdateSchema,
    action,
    defaultValues: empty,
    onSuccess: (data) => {
      form.reset({ ...empty, version: data.version });
      setPosted(true);
      router.refresh();
    },
    onFailure: (error) => {
      if (error === "incidents.errors.conflict") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setPosted(false);
        form.setValue("version", version);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {posted ? <Alert tone="success">{t("posted")}</Alert> : null}
      </div>
      <TextAreaField label={t("body")} lang="zh-CN" rows={3} maxLength={INCIDENT_LIMITS.bodyMax} error={errors.body?.message} {...form.register("body")} />
      <TextAreaField label={t("bodyEn")} lang="en" rows={3} maxLength={INCIDENT_LIMITS.bodyMax} error={errors.bodyEn?.message} {...form.register("bodyEn")} />
      <TextField type="datetime-local" label={t("etaField")} hint={t("etaFieldHint")} error={errors.estimatedRestoreAt?.message} {...form.register("estimatedRestoreAt")} />
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("posting") : t("post")}
      </Button>
    </form>
  );
}
