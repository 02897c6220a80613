"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { HELP_LIMITS, helpArticleSchema, updateHelpArticleSchema, type HelpArticleInput } from "@/lib/schemas/help";
import { ArticleBody } from "@/components/help/article-body";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Saved = { id: string; slug: string; version: number };
type Category = { id: string; name: string };
type Preview = (input: { body: string }) => Promise<ClientActionResult<{ html: string }>>;

type Props = { categories: Category[]; preview: Preview } & (
  | { mode: "create"; action: (input: HelpArticleInput) => Promise<ClientActionResult<Saved>> }
  | { mode: "update"; initial: HelpArticleInput & { id: string; version: number }; action: (input: HelpArticleInput & { id: string; version: number }) => Promise<ClientActionResult<Saved>> }
);

const EMPTY: HelpArticleInput = { slug: "", categoryId: "", title: "", titleEn: "", body: "", bodyEn: "", published: false };

/**
 * Creates or edits an article. An edit carries the version it started from; when someone saved
 * in between, the server refuses and the typed text stays in the form with a link to the latest
 * version. The preview uses the server's renderer, so it is exactly what readers will get.
 */
export function ArticleForm(props: Props) {
  const t = useTranslations("help.admin");
  const th = useTranslations("help");
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const update = props.mode === "update";
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updateHelpArticleSchema : helpArticleSchema,
    action: props.action as (input: HelpArticleInput) => Promise<ClientActionResult<Saved>>,
    defaultValues: update ? props.initial : EMPTY,
    onSuccess: (data) => {
      if (!update) return router.push(`/admin/help/${data.id}?created=1`);
      form.reset({ ...form.getValues(), version: data.version } as HelpArticleInput);
      setSaved(data.version);
      // Drops ?created=1, which no longer describes the page.
      if (window.location.search) router.replace(`/admin/help/${data.id}`);
      else router.refresh();
    },
    onFailure: (error) => setConflict(error === "help.errors.conflict"),
  });
  const { errors, isSubmitting } = form.formState;

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
        <a href={`/admin/help/${props.initial.id}`} target="_blank" rel="noopener" className="inline-block text-sm font-medium text-brand-700 underline">
          {t("openLatest")}
          <span className="sr-only"> {th("suggest.newTab")}</span>
        </a>
      ) : null}
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{t("saved", { version: saved })}</Alert> : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("slug")} hint={t("slugHint")} maxLength={HELP_LIMITS.slugMax} autoComplete="off" spellCheck={false} error={errors.slug?.message} {...form.register("slug")} />
        <SelectField label={t("category")} error={errors.categoryId?.message} {...form.register("categoryId")}>
          <option value="">{t("chooseCategory")}</option>
          {props.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("titleZh")} lang="zh-CN" maxLength={HELP_LIMITS.titleMax} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("titleEn")} lang="en" maxLength={HELP_LIMITS.titleMax} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <TextAreaField label={t("bodyZh")} hint={t("bodyHint")} lang="zh-CN" maxLength={HELP_LIMITS.bodyMax} error={errors.body?.message} {...form.register("body")} rows={14} />
      <TextAreaField label={t("bodyEn")} hint={t("bodyHint")} lang="en" maxLength={HELP_LIMITS.bodyMax} error={errors.bodyEn?.message} {...form.register("bodyEn")} rows={14} />
      <div className="flex items-center gap-3">
        <input id="article-published" type="checkbox" className="h-5 w-5 rounded border-slate-400" {...form.register("published")} />
        <label htmlFor="article-published" className="text-sm font-medium text-slate-900">
          {t("publishedLabel")}
        </label>
      </div>
      <MarkdownPreview preview={props.preview} read={() => [form.getValues("body"), form.getValues("bodyEn")]} />
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("saving") : update ? t("save") : t("create")}
      </Button>
    </form>
  );
}

/** Renders both bodies with the server's Markdown renderer, on demand. */
function MarkdownPreview({ preview, read }: { preview: Preview; read: () => [string, string] }) {
  const t = useTranslations("help.admin");
  const [html, setHtml] = useState<[string, string] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const results = await Promise.all(read().map((body) => preview({ body })));
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) setError(failed.formError ?? failed.fieldErrors?.body?.[0] ?? "errors.unexpected");
      else setHtml(results.map((r) => (r.ok ? r.data.html : "")) as [string, string]);
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
        {html ? (
          <section aria-labelledby="preview-title" className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
            <h2 id="preview-title" className="mb-3 font-semibold text-slate-900">
              {t("previewTitle")}
            </h2>
            <div className="grid gap-6 lg:grid-cols-2">
              {(["previewZh", "previewEn"] as const).map((key, i) => (
                <div key={key} lang={i === 0 ? "zh-CN" : "en"} className="min-w-0 rounded-md bg-white p-4 ring-1 ring-slate-200">
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{t(key)}</h3>
                  {html[i] ? <ArticleBody html={html[i]} /> : <p className="text-sm text-slate-600">{t("previewEmpty")}</p>}
                </div>
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
