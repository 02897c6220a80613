"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n";
import { notificationSettingsSchema, type NotificationSettingsInput } from "@/lib/schemas/settings";
import { SelectField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  initial: NotificationSettingsInput;
  phone: string | null;
  email: string | null;
  action: (input: NotificationSettingsInput) => Promise<ClientActionResult<NotificationSettingsInput>>;
};

function Toggle({ id, label, detail, disabled, error, ...input }: { id: string; label: string; detail: string; disabled: boolean; error?: string } & React.ComponentProps<"input">) {
  const errorText = useErrorText();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        disabled={disabled}
        aria-describedby={`${id}-detail${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="mt-1 h-5 w-5 shrink-0 rounded border-slate-400 text-brand-600 disabled:opacity-50"
        {...input}
      />
      <div className="min-w-0">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <p id={`${id}-detail`} className="break-words text-sm text-slate-700">
          {detail}
        </p>
        {error ? (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function SettingsForm({ initial, phone, email, action }: Props) {
  const t = useTranslations("settings");
  const tl = useTranslations("locale");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: notificationSettingsSchema,
    action,
    defaultValues: initial,
    onSuccess: (data) => {
      form.reset(data);
      setSaved(true);
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-5"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("channels")}</legend>
        <Toggle
          id="notify-sms"
          label={t("sms")}
          detail={phone ? t("smsTo", { phone }) : t("smsUnavailable")}
          disabled={!phone}
          error={errors.notifySms?.message}
          {...form.register("notifySms")}
        />
        <Toggle
          id="notify-email"
          label={t("email")}
          detail={email ? t("emailTo", { email }) : t("emailUnavailable")}
          disabled={!email}
          error={errors.notifyEmail?.message}
          {...form.register("notifyEmail")}
        />
      </fieldset>
      <SelectField label={t("locale")} error={errors.locale?.message} {...form.register("locale")}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {tl(l)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
