"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { phoneChangeSchema, phoneCodeSchema, type PhoneChangeInput, type PhoneCodeInput } from "@/lib/schemas/privacy";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  currentPhone: string;
  requestCode: (input: PhoneCodeInput) => Promise<ClientActionResult<{ newPhone: string }>>;
  changePhone: (input: PhoneChangeInput) => Promise<ClientActionResult<{ phone: string; signedIn: boolean }>>;
};

/** Two steps: the new number gets a code; the code and the current password change it. */
export function PhoneChangeForm({ currentPhone, requestCode, changePhone }: Props) {
  const t = useTranslations("privacy.phone");
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const step1 = useActionForm({
    schema: phoneCodeSchema,
    action: requestCode,
    defaultValues: { newPhone: "" },
    onSuccess: ({ newPhone }) => {
      setSentTo(newPhone);
      step2.form.reset({ newPhone, code: "", password: "" });
    },
  });
  const step2 = useActionForm({
    schema: phoneChangeSchema,
    action: changePhone,
    defaultValues: { newPhone: "", code: "", password: "" },
    onSuccess: ({ phone, signedIn }) => {
      if (!signedIn) {
        router.push(`/login?next=${encodeURIComponent("/account/privacy")}`);
        return;
      }
      setDone(phone);
      setSentTo(null);
      step1.form.reset({ newPhone: "" });
      step2.form.reset({ newPhone: "", code: "", password: "" });
      router.refresh();
    },
  });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-800">{t("current", { phone: currentPhone })}</p>
      <div aria-live="polite" className="empty:hidden">
        {done ? <Alert tone="success">{t("changed", { phone: done })}</Alert> : null}
        {sentTo ? <Alert tone="info">{t("sent", { phone: sentTo })}</Alert> : null}
      </div>
      {sentTo ? (
        <form onSubmit={step2.onSubmit} noValidate className="space-y-4">
          <FormError error={step2.formError} />
          <TextField label={t("newPhone")} type="tel" readOnly error={step2.form.formState.errors.newPhone?.message} {...step2.form.register("newPhone")} />
          <TextField
            label={t("code")}
            hint={t("codeHint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            error={step2.form.formState.errors.code?.message}
            {...step2.form.register("code")}
          />
          <TextField label={t("password")} type="password" autoComplete="current-password" error={step2.form.formState.errors.password?.message} {...step2.form.register("password")} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={step2.form.formState.isSubmitting}>
              {step2.form.formState.isSubmitting ? t("confirming") : t("confirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setSentTo(null)}>
              {t("otherNumber")}
            </Button>
          </div>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            setDone(null);
            void step1.onSubmit(e);
          }}
          noValidate
          className="space-y-4"
        >
          <FormError error={step1.formError} />
          <TextField label={t("newPhone")} type="tel" inputMode="numeric" autoComplete="tel" error={step1.form.formState.errors.newPhone?.message} {...step1.form.register("newPhone")} />
          <Button type="submit" disabled={step1.form.formState.isSubmitting}>
            {step1.form.formState.isSubmitting ? t("sending") : t("sendCode")}
          </Button>
        </form>
      )}
    </div>
  );
}
