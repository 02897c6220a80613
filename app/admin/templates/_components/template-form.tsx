"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { SAMPLE_VALUES, TEMPLATE_VARIABLES, fillTemplate, unknownVariables } from "@/lib/domain/template-variables";
import { TEMPLATE_LIMITS, templateSchema, updateTemplateSchema, type TemplateInput } from "@/lib/schemas/templates";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Saved = { id: string; version: number };
type Edit = TemplateInput & { id: string; version: number };
type Props =
  | { mode: "create"; action: (input: TemplateInput) => Promise<ClientActionResult<Saved>> }
  | { mode: "update"; initial: Edit; action: (input: Edit) => Promise<ClientActionResult<Saved>> };

const EMPTY: TemplateInput = { code: "", title: "", titleEn: "", body: "", bodyEn: "", types: [] };

/**
 * Creates or edits a reply template, with a live preview of both bodies filled with sample values.
 * An edit carries the version it started from: when someone saved in between, nothing is saved
 * and the typed text stays in the form.
 */
export function TemplateForm(props: Props) {
  const t = useTranslations("templates");
  const tr = useTranslations("request.type");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const update = props.mode === "update";
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updateTemplateSchema : templateSchema,
    action: props.action as (input: TemplateInput) => Promise<ClientActionResult<Saved>>,
    defaultValues: update ? props.initial : EMPTY,
    onSuccess: (data) => {
      if (!update) return router.push(`/admin/templates/${data.id}?created=1`);
      form.reset({ ...form.getValues(), version: data.version } as TemplateInput);
      setSaved(data.version);
      if (window.location.search) router.replace(`/admin/templates/${data.id}`);
      else router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  // 停用 / 启用 on the same page moves the version on: the next save follows it.
  const version = update ? props.initial.version : null;
  useEffect(() => {
    if (version !== null) form.setValue("version" as never, version as never);
  }, [form, version]);
  const [body, bodyEn] = form.watch(["body", "bodyEn"]);
  const variables = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(" ");
  return (
    <form
      onSubmit={(e) => {
        setSaved(null);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-5"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      </div>
      <TextField label={t("code")} hint={t("codeHint")} maxLength={TEMPLATE_LIMITS.codeMax} autoComplete="off" spellCheck={false} error={errors.code?.message} {...form.register("code")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("titleZh")} lang="zh-CN" maxLength={TEMPLATE_LIMITS.titleMax} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("titleEn")} lang="en" maxLength={TEMPLATE_LIMITS.titleMax} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <p className="text-sm text-slate-700">
        {t("variablesHint")} <code className="break-words font-mono text-xs">{variables}</code>
      </p>
      <div className="grid gap-5 lg:grid-cols-2">
        <TextAreaField label={t("bodyZh")} lang="zh-CN" rows={8} maxLength={TEMPLATE_LIMITS.bodyMax} error={errors.body?.message} {...form.register("body")} />
        <TextAreaField label={t("bodyEn")} lang="en" rows={8} maxLength={TEMPLATE_LIMITS.bodyMax} error={errors.bodyEn?.message} {...form.register("bodyEn")} />
      </div>
      <ChoiceGroup
        type="checkbox"
        legend={t("types")}
        hint={t("typesHint")}
        options={REQUEST_TYPES.map((type) => ({ value: type, label: tr(type) }))}
        error={errors.types?.message}
        input={form.register("types")}
      />
      <section aria-labelledby="template-preview" className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <h2 id="template-preview" className="mb-1 font-semibold text-slate-900">
          {t("previewTitle")}
        </h2>
        <p className="mb-3 text-xs text-slate-700">{t("previewLead")}</p>
        <div className="grid gap-4 lg:grid-cols-2">
          {(
            [
              ["previewZh", body ?? "", "zh-CN"],
              ["previewEn", bodyEn ?? "", "en"],
            ] as const
          ).map(([key, text, lang]) => {
            const unknown = unknownVariables(text);
            return (
              <div key={key} className="min-w-0 rounded-md bg-white p-3 ring-1 ring-slate-200">
                <h3 className="mb-2 text-sm font-semibold text-slate-700">{t(key)}</h3>
                <p lang={lang} className="whitespace-pre-wrap break-words text-sm text-slate-900">
                  {text.trim() ? fillTemplate(text, SAMPLE_VALUES[lang]) : t("previewEmpty")}
                </p>
                {unknown.length ? <p className="mt-2 text-sm text-red-700">{t("unknownVariables", { names: unknown.map((n) => `{${n}}`).join(" ") })}</p> : null}
              </div>
            );
          })}
        </div>
      </section>
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("saving") : update ? t("save") : t("create")}
      </Button>
    </form>
  );
}
