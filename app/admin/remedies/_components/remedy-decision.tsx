"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { approveRemedySchema, rejectRemedySchema } from "@/lib/schemas/remedies";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { approveRemedyAction, rejectRemedyAction } from "../actions";

/**
 * A supervisor's decision on one proposal: approve (an optional note) or reject (a required
 * note, in a section opened on demand). Both carry the version the page showed; after any outcome the page refreshes, so a
 * conflict shows the remedy as it now is.
 */
export function RemedyDecision({ remedyId, version }: { remedyId: string; version: number }) {
  const t = useTranslations("remedies.decision");
  const router = useRouter();
  const refresh = () => router.refresh();
  const approve = useActionForm({ schema: approveRemedySchema, action: approveRemedyAction, defaultValues: { remedyId, version, note: "" }, onSuccess: refresh, onFailure: refresh });
  const reject = useActionForm({ schema: rejectRemedySchema, action: rejectRemedyAction, defaultValues: { remedyId, version, note: "" }, onSuccess: refresh, onFailure: refresh });
  const busy = approve.form.formState.isSubmitting || reject.form.formState.isSubmitting || approve.succeeded || reject.succeeded;
  return (
    <div className="grid min-w-64 gap-3">
      <form onSubmit={approve.onSubmit} noValidate className="space-y-2">
        <FormError error={approve.formError} />
        <TextAreaField label={t("approveNoteLabel")} rows={2} maxLength={500} className="[&_textarea]:min-h-16" error={approve.form.formState.errors.note?.message} {...approve.form.register("note")} />
        <Button type="submit" disabled={busy}>
          {approve.form.formState.isSubmitting ? t("working") : t("approve")}
        </Button>
      </form>
      {/* Rejecting is the rarer decision: its reason field opens on demand, keeping the queue short. */}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t("rejectOpen")}</summary>
        <form onSubmit={reject.onSubmit} noValidate className="mt-2 space-y-2">
          <FormError error={reject.formError} />
          <TextAreaField label={t("rejectNoteLabel")} hint={t("rejectNoteHint")} rows={2} maxLength={500} className="[&_textarea]:min-h-16" error={reject.form.formState.errors.note?.message} {...reject.form.register("note")} />
          <Button type="submit" variant="secondary" disabled={busy}>
            {reject.form.formState.isSubmitting ? t("working") : t("reject")}
          </Button>
        </form>
      </details>
      <p aria-live="polite" className="text-sm text-emerald-800 empty:hidden">
        {approve.succeeded ? t("approved") : reject.succeeded ? t("rejected") : ""}
      </p>
    </div>
  );
}
