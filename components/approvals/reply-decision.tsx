"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { approveReplySchema, rejectReplySchema, type ApproveReplyInput, type RejectReplyInput } from "@/lib/schemas/approvals";
import { TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = {
  draft: { id: string; body: string };
  /** The request version the page showed: the approval is checked against it. */
  version: number;
  approve: (input: ApproveReplyInput) => Promise<ClientActionResult<unknown>>;
  reject: (input: RejectReplyInput) => Promise<ClientActionResult<unknown>>;
};

/**
 * A supervisor's decision on a drafted reply: approve it (the text may be edited first; it then
 * goes to the customer) or reject it with a note for its author. After a conflict the page
 * refreshes, so the next approval is checked against the complaint as it now is.
 */
export function ReplyDecision({ draft, version, approve, reject }: Props) {
  const t = useTranslations("approvals.decision");
  const router = useRouter();
  const refresh = () => router.refresh();
  const approveForm = useActionForm({
    schema: approveReplySchema,
    action: approve,
    defaultValues: { draftId: draft.id, version, body: draft.body },
    onSuccess: refresh,
    onFailure: refresh,
  });
  const rejectForm = useActionForm({ schema: rejectReplySchema, action: reject, defaultValues: { draftId: draft.id, note: "" }, onSuccess: refresh });
  const { setValue } = approveForm.form;
  useEffect(() => setValue("version", version), [setValue, version]);
  const busy = approveForm.form.formState.isSubmitting || rejectForm.form.formState.isSubmitting;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={approveForm.onSubmit} noValidate className="min-w-0 space-y-3">
        <FormError error={approveForm.formError} />
        <TextAreaField label={t("bodyLabel")} hint={t("bodyHint")} maxLength={1000} rows={6} error={approveForm.form.formState.errors.body?.message} {...approveForm.form.register("body")} />
        <Button type="submit" disabled={busy}>
          {approveForm.form.formState.isSubmitting ? t("working") : t("approve")}
        </Button>
      </form>
      <form onSubmit={rejectForm.onSubmit} noValidate className="min-w-0 space-y-3">
        <FormError error={rejectForm.formError} />
        <TextAreaField label={t("noteLabel")} hint={t("noteHint")} maxLength={500} rows={3} error={rejectForm.form.formState.errors.note?.message} {...rejectForm.form.register("note")} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {rejectForm.form.formState.isSubmitting ? t("working") : t("reject")}
        </Button>
      </form>
    </div>
  );
}
