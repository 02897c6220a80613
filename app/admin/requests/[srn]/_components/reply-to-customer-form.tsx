"use client";

import { useTranslations } from "next-intl";
import { replyToCustomerSchema, type ReplyToCustomerInput } from "@/lib/schemas/request-work";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

export type TemplateOption = { code: string; label: string; text: string | null };

/**
 * 回复客户: choosing a template fills the text (already rendered on the server for this request,
 * in the customer's language); the text stays editable, and what is sent is what is in the box.
 */
export function ReplyToCustomerForm({
  srn,
  version,
  action,
  templates,
  localeName,
  firstResponse,
}: {
  srn: string;
  version: number;
  action: (input: ReplyToCustomerInput) => Promise<ClientActionResult<unknown>>;
  templates: TemplateOption[];
  localeName: string;
  firstResponse: boolean;
}) {
  const t = useTranslations("work.reply");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: replyToCustomerSchema, action, defaultValues: { srn, version, templateCode: "", message: "" }, version, resetOnSuccess: true });
  const { errors, isSubmitting } = form.formState;
  const template = form.register("templateCode");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {firstResponse ? <p className="text-sm text-amber-900">{t("firstResponse")}</p> : null}
      <FormError error={formError} />
      {templates.length ? (
        <SelectField
          label={t("template")}
          hint={t("templateHint", { locale: localeName })}
          {...template}
          onChange={(event) => {
            void template.onChange(event);
            const chosen = templates.find((x) => x.code === event.target.value);
            if (chosen?.text) form.setValue("message", chosen.text, { shouldValidate: true, shouldDirty: true });
          }}
        >
          <option value="">{t("noTemplate")}</option>
          {templates.map((x) => (
            <option key={x.code} value={x.code} disabled={x.text === null}>
              {x.label}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField label={t("message")} hint={t("messageHint")} maxLength={1000} rows={6} error={errors.message?.message} {...form.register("message")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("submit")}
      </Button>
    </form>
  );
}
