"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { trackingRequestSchema, trackingVerifySchema, type TrackingRequestInput, type TrackingVerifyInput } from "@/lib/schemas/tracking";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  requestCode: (input: TrackingRequestInput) => Promise<ClientActionResult<{ srn: string }>>;
  verify: (input: TrackingVerifyInput) => Promise<ClientActionResult<{ srn: string }>>;
};

/** Step 1 asks for the SRN and the phone's last four digits; step 2 for the code from the SMS. */
export function TrackForm({ requestCode, verify }: Props) {
  const [srn, setSrn] = useState<string | null>(null);
  return srn ? <CodeStep srn={srn} verify={verify} onStartOver={() => setSrn(null)} /> : <RequestStep requestCode={requestCode} onSent={setSrn} />;
}

function RequestStep({ requestCode, onSent }: { requestCode: Props["requestCode"]; onSent: (srn: string) => void }) {
  const t = useTranslations("track");
  const { form, onSubmit, formError } = useActionForm({
    schema: trackingRequestSchema,
    action: requestCode,
    defaultValues: { srn: "", phoneTail: "" },
    onSuccess: (data) => onSent(data.srn),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <TextField label={t("srn")} hint={t("srnHint")} autoComplete="off" spellCheck={false} error={errors.srn?.message} {...form.register("srn")} />
      <TextField label={t("phoneTail")} inputMode="numeric" autoComplete="off" maxLength={4} error={errors.phoneTail?.message} {...form.register("phoneTail")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("sending") : t("sendCode")}
      </Button>
    </form>
  );
}

function CodeStep({ srn, verify, onStartOver }: { srn: string; verify: Props["verify"]; onStartOver: () => void }) {
  const t = useTranslations("track");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: trackingVerifySchema,
    action: verify,
    defaultValues: { srn, code: "" },
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Alert tone="info">{t("sent")}</Alert>
      <p className="text-sm text-slate-700">
        {t("srn")}: <span className="font-mono">{srn}</span>
      </p>
      <FormError error={formError} />
      <TextField
        label={t("code")}
        hint={t("codeHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        autoFocus
        error={errors.code?.message}
        {...form.register("code")}
      />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={isSubmitting} className="sm:flex-1">
          {isSubmitting ? t("verifying") : t("verify")}
        </Button>
        <Button type="button" variant="secondary" onClick={onStartOver}>
          {t("startOver")}
        </Button>
      </div>
    </form>
  );
}
