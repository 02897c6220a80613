"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { confirmTerminationSchema, type ConfirmTerminationInput, type SendTerminationCodeInput, type TerminationReasonInput } from "@/lib/schemas/termination";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";

type Props = {
  lineId: string;
  reason: TerminationReasonInput;
  sendCode: (input: SendTerminationCodeInput) => Promise<ClientActionResult<{ sentTo: string }>>;
  confirm: (input: ConfirmTerminationInput) => Promise<ClientActionResult<{ srn: string }>>;
};

/** Step 5: the acknowledgement, the SMS code to the account phone, and the confirmation that opens the request. */
export function ConfirmForm({ lineId, reason, sendCode, confirm }: Props) {
  const t = useTranslations("termination");
  const errorText = useErrorText();
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, startSending] = useTransition();
  // Set on success only: a refused code (a form-level error) must leave the button usable.
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: confirmTerminationSchema,
    action: confirm,
    defaultValues: { lineId, reason: reason.reason, note: reason.note, acknowledged: false as unknown as true, code: "", idempotencyKey },
    onSuccess: ({ srn }) => {
      setDone(true);
      router.push(`/account/requests/${srn}?created=1`);
    },
  });
  const { errors, isSubmitting } = form.formState;

  const send = () =>
    startSending(async () => {
      setSendError(null);
      try {
        const result = await sendCode({ lineId });
        if (result.ok) setSentTo(result.data.sentTo);
        else setSendError(result.formError ?? "errors.unexpected");
      } catch {
        setSendError("errors.unexpected");
      }
    });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm text-slate-900">
          <input
            type="checkbox"
            className="mt-0.5 h-5 w-5 shrink-0"
            aria-invalid={errors.acknowledged ? true : undefined}
            aria-describedby={errors.acknowledged ? "acknowledge-error" : undefined}
            {...form.register("acknowledged")}
          />
          <span>{t("acknowledge")}</span>
        </label>
        {errors.acknowledged?.message ? (
          <p id="acknowledge-error" className="text-sm text-red-700">
            {errorText(errors.acknowledged.message)}
          </p>
        ) : null}
      </div>
      <div className="space-y-2">
        <Button type="button" variant="secondary" onClick={send} disabled={sending}>
          {sending ? t("sending") : sentTo ? t("resendCode") : t("sendCode")}
        </Button>
        <div aria-live="polite" className="text-sm">
          {sentTo ? <p className="text-emerald-800">{t("codeSent", { phone: sentTo })}</p> : null}
          {sendError ? <p className="text-red-700">{errorText(sendError)}</p> : null}
        </div>
      </div>
      <TextField label={t("codeLabel")} inputMode="numeric" autoComplete="one-time-code" maxLength={6} className="max-w-48" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" variant="danger" disabled={isSubmitting || done}>
        {isSubmitting || done ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
