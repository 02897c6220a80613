"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RenderedSegment } from "@/lib/domain/outcomes";
import { OUTCOME_LIMITS, outcomePageSchema, updateOutcomePageSchema, type OutcomePageInput } from "@/lib/schemas/outcomes";
import { OutcomeBody } from "@/components/outcomes/outcome-body";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { BlockHelp } from "./block-help";

type Saved = { id: string; slug: string; version: number };
type Project = { code: string; title: string };
type Preview = (input: { body: string; bodyEn: string; projectCode: string }) => Promise<ClientActionResult<{ zh: RenderedSegment[]; en: RenderedSegment[] }>>;
type Edit = OutcomePageInput & { id: string; version: number };

type Props = { projects: Project[]; preview: Preview } & (
  | { mode: "create"; action: (input: OutcomePageInput) => Promise<ClientActionResult<Saved>> }
  | { mode: "update"; initial: Edit; action: (input: Edit) => Promise<ClientActionResult<Saved>> }
);

const EMPTY: OutcomePageInput = { slug: "", title: "", summary: "", body: "", titleEn: "", summaryEn: "", bodyEn: "", projectCode: "" };

/**
 * Writes a draft (or saves over the version it started from: a newer one is a conflict, and the
 * typed text stays). The preview asks the server for the page exactly as it will be rendered.
 */
export function OutcomeForm(props: Props) {
  const t = useTranslations("outcomes.admin");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const update = props.mode === "update";
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updateOutcomePageSchema : outcomePageSchema,
    action: props.action as (input: OutcomePageInput) => Promise<ClientActionResult<Saved>>,
    defaultValues: update ? props.initial : EMPTY,
    onSuccess: (data) => {
      if (!update) return router.push(`/admin/outcomes/${data.id}?created=1`);
      form.reset({ ...form.getValues(), version: data.version } as OutcomePageInput);
      setSaved(data.version);
      if (window.location.search) router.replace(`/admin/outcomes/${data.id}`);
      else router.refresh();
    },
    onFailure: (error) => setConflict(error === "outcomes.errors.conflict"),
  });
  const { errors, isSubmitting } = form.formState;
  const L = OUTCOME_LIMITS;
  return (
    <form
      onSubmit={(e) => {
        setSaved(null);
        setConflict(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-5"
    >
      <FormError error={formError} />
      {conflict && update ? (
        <a href={`/admin/outcomes/${props.initial.id}`} className="inline-block text-sm font-medium text-brand-700 underline">
          {t("openLatest")}
        </a>
      ) : null}
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("slug")} hint={t("slugHint")} maxLength={L.slugMax} autoComplete="off" spellCheck={false} error={errors.slug?.message} {...form.register("slug")} />
        <SelectField label={t("project")} hint={t("projectHint", { chart: "{{project-chart}}" })} error={errors.projectCode?.message} {...form.register("projectCode")}>
          <option value="">{t("noProjectOption")}</option>
          {props.projects.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.title}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-5">
        <TextField label={t("titleZh")} lang="zh-CN" maxLength={L.titleMax} error={errors.title?.message} {...form.register("title")} />
        <TextAreaField label={t("summaryZh")} hint={t("summaryHint")} lang="zh-CN" rows={2} maxLength={L.summaryMax} error={errors.summary?.message} {...form.register("summary")} />
        <TextAreaField label={t("bodyZh")} lang="zh-CN" rows={16} maxLength={L.bodyMax} className="[&_textarea]:font-mono" error={errors.body?.message} {...form.register("body")} />
      </fieldset>
      <BlockHelp />
      <fieldset className="space-y-5 border-t border-slate-200 pt-5">
        <p className="text-sm text-slate-700">{t("englishHint")}</p>
        <TextField label={t("titleEn")} lang="en" maxLength={L.titleMax} error={errors.titleEn?.message} {...form.register("titleEn")} />
        <TextAreaField label={t("summaryEn")} lang="en" rows={2} maxLength={L.summaryMax} error={errors.summaryEn?.message} {...form.register("summaryEn")} />
        <TextAreaField label={t("bodyEn")} lang="en" rows={10} maxLength={L.bodyMax} className="[&_textarea]:font-mono" error={errors.bodyEn?.message} {...form.register("bodyEn")} />
      </fieldset>
      <OutcomePreview preview={props.preview} read={() => ({ body: form.getValues("body"), bodyEn: form.getValues("bodyEn"), projectCode: form.getValues("projectCode") })} />
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("saving") : update ? t("save") : t("create")}
      </Button>
    </form>
  );
}

/** Both bodies rendered by the server, as the public page renders them; bad blocks are marked. */
function OutcomePreview({ preview, read }: { preview: Preview; read: () => { body: string; bodyEn: string; projectCode: string } }) {
  const t = useTranslations("outcomes.admin");
  const [result, setResult] = useState<{ zh: RenderedSegment[]; en: RenderedSegment[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await preview(read());
      if (r.ok) setResult(r.data);
      else setError(r.formError ?? Object.values(r.fieldErrors ?? {})[0]?.[0] ?? "errors.unexpected");
    } catch {
      setError("errors.unexpected");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-3">
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void run()}>
        {busy ? t("previewing") : t("preview")}
      </Button>
      <FormError error={error} />
      <div aria-live="polite" className="empty:hidden">
        {result ? (
          <section aria-labelledby="preview-title" className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
            <h2 id="preview-title" className="mb-3 font-semibold text-slate-900">
              {t("previewTitle")}
            </h2>
            <div className="grid gap-6 xl:grid-cols-2">
              {(["zh", "en"] as const).map((lang) => (
                <div key={lang} lang={lang === "zh" ? "zh-CN" : "en"} className="min-w-0 rounded-md bg-white p-4 ring-1 ring-slate-200">
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{t(lang === "zh" ? "previewZh" : "previewEn")}</h3>
                  {result[lang].length ? <OutcomeBody segments={result[lang]} idPrefix={`preview-${lang}`} /> : <p className="text-sm text-slate-600">{t("previewEmpty")}</p>}
                </div>
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
