"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { AREAS } from "@/lib/domain/areas";
import { INCIDENT_KINDS, INCIDENT_LEVELS, playbookOf } from "@/lib/domain/incidents";
import { SERVICE_KINDS } from "@/lib/domain/roles";
import { INCIDENT_LIMITS, declareIncidentSchema, type DeclareIncidentInput } from "@/lib/schemas/incidents";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = { now: string; action: (input: DeclareIncidentInput) => Promise<ClientActionResult<{ code: string; version: number }>> };

/** 宣布故障: what customers read, the level (its meaning and playbook shown), services, areas, start and ETA. */
export function DeclareForm({ now, action }: Props) {
  const t = useTranslations("incidents");
  const tk = useTranslations("request.kind");
  const locale = useLocale();
  const router = useRouter();
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: declareIncidentSchema,
    action,
    defaultValues: { title: "", titleEn: "", summary: "", summaryEn: "", kind: "NETWORK", level: "III", services: [], areas: [], startedAt: now, estimatedRestoreAt: "" },
    onSuccess: (data) => router.push(`/admin/incidents/${data.code}?declared=1`),
  });
  const { errors, isSubmitting } = form.formState;
  const level = form.watch("level");
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-5">
      <FormError error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("form.title")} hint={t("form.titleHint")} lang="zh-CN" maxLength={INCIDENT_LIMITS.titleMax} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("form.titleEn")} lang="en" maxLength={INCIDENT_LIMITS.titleMax} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <TextAreaField label={t("form.summary")} hint={t("form.summaryHint")} lang="zh-CN" rows={4} maxLength={INCIDENT_LIMITS.summaryMax} error={errors.summary?.message} {...form.register("summary")} />
        <TextAreaField label={t("form.summaryEn")} lang="en" rows={4} maxLength={INCIDENT_LIMITS.summaryMax} error={errors.summaryEn?.message} {...form.register("summaryEn")} />
      </div>
      <ChoiceGroup type="radio" legend={t("form.kind")} hint={t("kindHint")} options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} error={errors.kind?.message} input={form.register("kind")} />
      <ChoiceGroup
        type="radio"
        legend={t("form.level")}
        options={INCIDENT_LEVELS.map((l) => ({ value: l, label: t("levelBadge", { level: l, name: t(`level.${l}.name`) }) }))}
        error={errors.level?.message}
        input={form.register("level")}
      />
      {level ? (
        <div className="rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200" aria-live="polite">
          <p>{t(`level.${level}.meaning`)}</p>
          <p className="mt-2 font-medium">{t("form.playbookPreview")}</p>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5">
            {playbookOf(level).map((step) => (
              <li key={step}>{t(`playbook.${step}`)}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <ChoiceGroup type="checkbox" legend={t("form.services")} options={SERVICE_KINDS.map((k) => ({ value: k, label: tk(k) }))} error={errors.services?.message} input={form.register("services")} />
      <ChoiceGroup
        type="checkbox"
        legend={t("form.areas")}
        hint={t("form.areasHint")}
        options={AREAS.map((a) => ({ value: a.name, label: locale === "en" ? a.nameEn : a.name }))}
        error={errors.areas?.message}
        input={form.register("areas")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField type="datetime-local" label={t("form.startedAt")} error={errors.startedAt?.message} {...form.register("startedAt")} />
        <TextField type="datetime-local" label={t("form.eta")} hint={t("form.etaHint")} error={errors.estimatedRestoreAt?.message} {...form.register("estimatedRestoreAt")} />
      </div>
      <Button type="submit" disabled={isSubmitting || succeeded} className="w-full sm:w-auto">
        {isSubmitting || succeeded ? t("form.declaring") : t("form.declare")}
      </Button>
    </form>
  );
}
