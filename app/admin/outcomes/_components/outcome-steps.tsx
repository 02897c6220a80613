"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { OutcomeStatus } from "@/lib/domain/outcomes";
import { OUTCOME_LIMITS, outcomeNoteStepSchema, outcomeStepSchema } from "@/lib/schemas/outcomes";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { approveOutcomePageAction, rejectOutcomePageAction, submitOutcomePageAction, unpublishOutcomePageAction } from "../actions";

type Props = { id: string; version: number; status: OutcomeStatus; canEdit: boolean; canPublish: boolean; actorContributed: boolean };

/**
 * The review steps this staff member may take on the page now: submit (writers), approve or send
 * back (publishers who did not write this version), unpublish (publishers). Each carries the
 * version shown; after a step the page reloads with the new state and says what was done.
 */
export function OutcomeSteps({ id, version, status, canEdit, canPublish, actorContributed }: Props) {
  const t = useTranslations("outcomes.admin");
  const router = useRouter();
  // The page says what was done (?done=); it renders this panel afresh for the new version.
  const after = (done: string) => () => router.replace(`/admin/outcomes/${id}?done=${done}`);
  const step = { schema: outcomeStepSchema, defaultValues: { id, version } };
  const submit = useActionForm({ ...step, action: submitOutcomePageAction, onSuccess: after("submitted") });
  const approve = useActionForm({ ...step, action: approveOutcomePageAction, onSuccess: after("approved") });
  const noted = { schema: outcomeNoteStepSchema, defaultValues: { id, version, note: "" } };
  const reject = useActionForm({ ...noted, action: rejectOutcomePageAction, onSuccess: after("rejected") });
  const unpublish = useActionForm({ ...noted, action: unpublishOutcomePageAction, onSuccess: after("unpublished") });
  const busy = [submit, approve, reject, unpublish].some((f) => f.form.formState.isSubmitting || f.succeeded);
  const mayReview = canPublish && status === "IN_REVIEW";

  const sections = [];
  if (canEdit && (status === "DRAFT" || status === "UNPUBLISHED")) {
    sections.push(
      <form key="submit" onSubmit={submit.onSubmit} noValidate className="space-y-2">
        <FormError error={submit.formError} />
        <p className="text-sm text-slate-700">{t("submitHint")}</p>
        <Button type="submit" disabled={busy}>
          {submit.form.formState.isSubmitting ? t("working") : t("submit")}
        </Button>
      </form>,
    );
  }
  if (mayReview && actorContributed) sections.push(<Alert key="self" tone="warning">{t("selfApprovalNote")}</Alert>);
  if (mayReview && !actorContributed) {
    sections.push(
      <form key="approve" onSubmit={approve.onSubmit} noValidate className="space-y-2">
        <FormError error={approve.formError} />
        <Button type="submit" disabled={busy}>
          {approve.form.formState.isSubmitting ? t("working") : t("approve")}
        </Button>
      </form>,
    );
  }
  if (mayReview) {
    sections.push(
      <form key="reject" onSubmit={reject.onSubmit} noValidate className="space-y-2">
        <FormError error={reject.formError} />
        <TextAreaField label={t("rejectNote")} hint={t("rejectHint")} rows={2} maxLength={OUTCOME_LIMITS.noteMax} error={reject.form.formState.errors.note?.message} {...reject.form.register("note")} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {reject.form.formState.isSubmitting ? t("working") : t("reject")}
        </Button>
      </form>,
    );
  }
  if (canPublish && status === "PUBLISHED") {
    sections.push(
      <form key="unpublish" onSubmit={unpublish.onSubmit} noValidate className="space-y-2">
        <FormError error={unpublish.formError} />
        <TextAreaField label={t("unpublishNote")} hint={t("unpublishHint")} rows={2} maxLength={OUTCOME_LIMITS.noteMax} error={unpublish.form.formState.errors.note?.message} {...unpublish.form.register("note")} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {unpublish.form.formState.isSubmitting ? t("working") : t("unpublish")}
        </Button>
      </form>,
    );
  }
  return (
    <div className="space-y-4">
      {sections.length ? sections : <p className="text-sm text-slate-700">{t("nothingToDo")}</p>}
    </div>
  );
}
