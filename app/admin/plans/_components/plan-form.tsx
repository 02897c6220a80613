"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SERVICE_KINDS } from "@/lib/domain/roles";
import { planSchema, updatePlanSchema, type PlanInput, type UpdatePlanInput } from "@/lib/schemas/administration";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Saved = { id: string; version: number };
export type PlanFormValues = Omit<PlanInput, "code" | "active">;
type Props =
  | { mode: "create"; action: (input: PlanInput) => Promise<ClientActionResult<Saved & { code: string }>> }
  | { mode: "update"; id: string; version: number; values: PlanFormValues; kindLocked: boolean; action: (input: UpdatePlanInput) => Promise<ClientActionResult<Saved>> };

const EMPTY: PlanInput = { code: "", name: "", nameEn: "", kind: "MOBILE", monthlyFeeYuan: "", dataMb: "", voiceMinutes: "", smsCount: "", speedMbps: "", contractMonths: "0", summary: "", summaryEn: "", active: true };

/** A plan: the fee in yuan (stored in fen), allowances blank for unlimited or not applicable. */
export function PlanForm(props: Props) {
  const t = useTranslations("administration.plans");
  const tk = useTranslations("request.kind");
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState(false);
  const update = props.mode === "update";
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updatePlanSchema : planSchema,
    action: props.action as (input: PlanInput | UpdatePlanInput) => Promise<ClientActionResult<Saved & { code?: string }>>,
    defaultValues: (update ? { ...props.values, id: props.id, version: props.version } : EMPTY) as PlanInput,
    onSuccess: (saved) => {
      if (!update) {
        router.push(`/admin/plans/${saved.id}?created=1`);
        return;
      }
      form.reset({ ...form.getValues(), version: saved.version } as unknown as PlanInput);
      setDone(true);
      router.refresh();
    },
    onFailure: () => router.refresh(),
  });
  // After a conflict the refreshed page brings a newer version: the form takes the latest values.
  const latest = update ? props.version : 0;
  useEffect(() => {
    if (props.mode === "update" && (form.getValues() as { version?: number }).version !== latest) form.reset({ ...props.values, id: props.id, version: latest } as unknown as PlanInput);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest]);
  const { errors, isSubmitting } = form.formState;
  const kindLocked = props.mode === "update" && props.kindLocked;
  return (
    <form
      onSubmit={(e) => {
        setDone(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {done ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {props.mode === "create" ? (
          <TextField label={t("code")} hint={t("codeHint")} autoComplete="off" spellCheck={false} maxLength={20} error={(errors as { code?: { message?: string } }).code?.message} {...form.register("code" as "name")} />
        ) : null}
        {kindLocked ? (
          // A plan lines are on keeps its kind: shown, not editable (the server refuses a change too).
          <div className="space-y-1">
            <p className="text-sm font-medium text-slate-900">{t("kind")}</p>
            <p className="py-2 text-base text-slate-900 sm:text-sm">{tk(form.getValues("kind"))}</p>
            <p className="text-xs text-slate-600">{t("kindLockedHint")}</p>
          </div>
        ) : (
          <SelectField label={t("kind")} error={errors.kind?.message} {...form.register("kind")}>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </SelectField>
        )}
        <TextField label={t("name")} lang="zh-CN" maxLength={50} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("nameEn")} lang="en" maxLength={50} error={errors.nameEn?.message} {...form.register("nameEn")} />
        <TextField label={t("fee")} hint={t("feeHint")} inputMode="decimal" autoComplete="off" maxLength={9} error={errors.monthlyFeeYuan?.message} {...form.register("monthlyFeeYuan")} />
        <TextField label={t("contractMonths")} hint={t("contractHint")} inputMode="numeric" maxLength={2} error={errors.contractMonths?.message} {...form.register("contractMonths")} />
        <TextField label={t("dataMb")} hint={t("dataHint")} inputMode="numeric" maxLength={8} error={errors.dataMb?.message} {...form.register("dataMb")} />
        <TextField label={t("voiceMinutes")} hint={t("countHint")} inputMode="numeric" maxLength={7} error={errors.voiceMinutes?.message} {...form.register("voiceMinutes")} />
        <TextField label={t("smsCount")} hint={t("countHint")} inputMode="numeric" maxLength={7} error={errors.smsCount?.message} {...form.register("smsCount")} />
        <TextField label={t("speedMbps")} hint={t("speedHint")} inputMode="numeric" maxLength={6} error={errors.speedMbps?.message} {...form.register("speedMbps")} />
      </div>
      <TextAreaField label={t("summary")} lang="zh-CN" maxLength={200} rows={2} className="[&_textarea]:min-h-16" error={errors.summary?.message} {...form.register("summary")} />
      <TextAreaField label={t("summaryEn")} lang="en" maxLength={200} rows={2} className="[&_textarea]:min-h-16" error={errors.summaryEn?.message} {...form.register("summaryEn")} />
      {props.mode === "create" ? (
        <div className="flex items-center gap-3">
          <input id={`${id}-active`} type="checkbox" className="h-5 w-5 rounded border-slate-400" {...form.register("active" as "name")} />
          <label htmlFor={`${id}-active`} className="text-sm font-medium text-slate-900">
            {t("activeLabel")}
          </label>
        </div>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : update ? t("save") : t("create")}
      </Button>
    </form>
  );
}
