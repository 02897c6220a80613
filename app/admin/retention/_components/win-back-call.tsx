"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { WINBACK_OUTCOMES } from "@/lib/domain/churn";
import { cancelWinBackSchema, recordWinBackCallSchema } from "@/lib/schemas/churn";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { cancelWinBackAction, recordWinBackCallAction } from "../actions";

/**
 * One call on an open win-back task: the outcome, a note, and for 约定回电 the agreed time. Both
 * forms carry the version the page showed; after any outcome the page refreshes, so a conflict
 * shows the task as it now is.
 */
export function WinBackCall({ taskId, version, customerLabel }: { taskId: string; version: number; customerLabel: string }) {
  const t = useTranslations("retention.call");
  const router = useRouter();
  const refresh = () => router.refresh();
  const call = useActionForm({ schema: recordWinBackCallSchema, action: recordWinBackCallAction, defaultValues: { taskId, version, outcome: "RETAINED", note: "", callBackAt: "" }, onSuccess: refresh, onFailure: refresh });
  const cancel = useActionForm({ schema: cancelWinBackSchema, action: cancelWinBackAction, defaultValues: { taskId, version, note: "" }, onSuccess: refresh, onFailure: refresh });
  const outcome = call.form.watch("outcome");
  const errors = call.form.formState.errors;
  const busy = call.form.formState.isSubmitting || cancel.form.formState.isSubmitting;
  return (
    <div className="grid min-w-60 gap-3">
      <form onSubmit={call.onSubmit} noValidate className="grid gap-2" aria-label={t("formLabel", { customer: customerLabel })}>
        <FormError error={call.formError} />
        <SelectField label={t("outcome")} error={errors.outcome?.message} {...call.form.register("outcome")}>
          {WINBACK_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`outcomes.${o}`)}
            </option>
          ))}
        </SelectField>
        {outcome === "CALL_BACK" ? <TextField type="datetime-local" label={t("callBackAt")} error={errors.callBackAt?.message} {...call.form.register("callBackAt")} /> : null}
        <TextAreaField label={t("note")} rows={2} maxLength={500} className="[&_textarea]:min-h-16" error={errors.note?.message} {...call.form.register("note")} />
        <Button type="submit" disabled={busy}>
          {call.form.formState.isSubmitting ? t("working") : t("submit")}
        </Button>
      </form>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t("cancelOpen")}</summary>
        <form onSubmit={cancel.onSubmit} noValidate className="mt-2 grid gap-2">
          <FormError error={cancel.formError} />
          <TextAreaField label={t("cancelNote")} rows={2} maxLength={500} className="[&_textarea]:min-h-16" error={cancel.form.formState.errors.note?.message} {...cancel.form.register("note")} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {t("cancel")}
          </Button>
        </form>
      </details>
      <p aria-live="polite" className="text-sm text-emerald-800 empty:hidden">
        {call.succeeded ? t("recorded") : cancel.succeeded ? t("cancelled") : ""}
      </p>
    </div>
  );
}
