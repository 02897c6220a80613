"use client";

import { useEffect, useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { REMEDY_KINDS, type RemedyKind } from "@/lib/domain/remedies";
import { updateRemedyRuleSchema } from "@/lib/schemas/remedies";
import { SelectField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { updateRemedyRuleAction } from "../actions";

type Rule = { id: string; version: number; kind: RemedyKind; amountYuan: string; waiverDays: string; title: string; titleEn: string; active: boolean };

/** One remedy rule's form: saved over the version it was opened at; the page refreshes after any outcome. */
export function RuleForm({ rule }: { rule: Rule }) {
  const t = useTranslations("remedies");
  const id = useId();
  const router = useRouter();
  const refresh = () => router.refresh();
  const { form, onSubmit, formError, succeeded } = useActionForm({ schema: updateRemedyRuleSchema, action: updateRemedyRuleAction, defaultValues: rule, onSuccess: refresh, onFailure: refresh });
  const errors = form.formState.errors;
  // After a save (or a conflict) the page refreshes with the rule's new version: the form takes it
  // as its new starting point, so the next save is checked against it.
  const { reset } = form;
  useEffect(() => reset(rule), [reset, rule]);
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t("rules.kindLabel")} error={errors.kind?.message} {...form.register("kind")}>
          {REMEDY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("rules.amountLabel")} hint={t("rules.amountHint")} inputMode="decimal" readOnly={kind !== "CREDIT"} error={errors.amountYuan?.message} {...form.register("amountYuan")} />
        <TextField label={t("rules.waiverDaysLabel")} hint={t("rules.waiverDaysHint")} inputMode="numeric" readOnly={kind !== "FEE_WAIVER"} error={errors.waiverDays?.message} {...form.register("waiverDays")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("rules.titleLabel")} maxLength={50} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("rules.titleEnLabel")} maxLength={200} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <div className="flex items-center gap-2">
        <input id={`${id}-active`} type="checkbox" className="h-5 w-5 rounded border-slate-400" {...form.register("active")} />
        <label htmlFor={`${id}-active`} className="text-sm text-slate-900">
          {t("rules.activeLabel")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("rules.saving") : t("rules.save")}
        </Button>
        <p aria-live="polite" className="text-sm text-emerald-800 empty:hidden">
          {succeeded && !form.formState.isDirty ? t("rules.saved") : ""}
        </p>
      </div>
    </form>
  );
}
