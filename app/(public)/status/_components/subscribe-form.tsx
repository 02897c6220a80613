"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { statusConfirmSchema, statusSubscribeSchema, type StatusConfirmInput, type StatusSubscribeInput } from "@/lib/schemas/status";
import { SelectField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Sent = Omit<StatusSubscribeInput, never>;
type Props = {
  areas: { name: string; label: string }[];
  subscribe: (input: StatusSubscribeInput) => Promise<ClientActionResult<Sent>>;
  confirm: (input: StatusConfirmInput) => Promise<ClientActionResult<{ area: string }>>;
};

/** Step 1: an area and an address (SMS or e-mail); step 2: the code sent there; then confirmed. */
export function SubscribeForm({ areas, subscribe, confirm }: Props) {
  const [sent, setSent] = useState<Sent | null>(null);
  const [done, setDone] = useState(false);
  const t = useTranslations("status.subscribe");
  if (done && sent) {
    return (
      <Alert tone="success" title={t("confirmedTitle")}>
        {t("confirmed", { area: areas.find((a) => a.name === sent.area)?.label ?? sent.area })}
      </Alert>
    );
  }
  return sent ? <CodeStep sent={sent} confirm={confirm} onDone={() => setDone(true)} onStartOver={() => setSent(null)} /> : <AddressStep areas={areas} subscribe={subscribe} onSent={setSent} />;
}

function AddressStep({ areas, subscribe, onSent }: { areas: Props["areas"]; subscribe: Props["subscribe"]; onSent: (s: Sent) => void }) {
  const t = useTranslations("status.subscribe");
  const { form, onSubmit, formError } = useActionForm({
    schema: statusSubscribeSchema,
    action: subscribe,
    defaultValues: { area: "", channel: "SMS", address: "" },
    onSuccess: onSent,
  });
  const { errors, isSubmitting } = form.formState;
  const channel = form.watch("channel");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError error={formError} />
      <SelectField label={t("area")} error={errors.area?.message} {...form.register("area")}>
        <option value="">{t("chooseArea")}</option>
        {areas.map((a) => (
          <option key={a.name} value={a.name}>
            {a.label}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-900">{t("channel")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["SMS", "EMAIL"] as const).map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" value={c} className="size-5" {...form.register("channel")} />
              {t(`channels.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={channel === "EMAIL" ? t("email") : t("phone")}
        type={channel === "EMAIL" ? "email" : "tel"}
        inputMode={channel === "EMAIL" ? "email" : "numeric"}
        autoComplete={channel === "EMAIL" ? "email" : "tel"}
        error={errors.address?.message}
        {...form.register("address")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? t("sending") : t("send")}
      </Button>
    </form>
  );
}

function CodeStep({ sent, confirm, onDone, onStartOver }: { sent: Sent; confirm: Props["confirm"]; onDone: () => void; onStartOver: () => void }) {
  const t = useTranslations("status.subscribe");
  const { form, onSubmit, formError } = useActionForm({
    schema: statusConfirmSchema,
    action: confirm,
    defaultValues: { ...sent, code: "" },
    onSuccess: onDone,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Alert tone="info">{t(sent.channel === "EMAIL" ? "sentEmail" : "sentSms")}</Alert>
      <FormError error={formError} />
      <TextField label={t("code")} hint={t("codeHint")} inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus error={errors.code?.message} {...form.register("code")} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("confirming") : t("confirm")}
        </Button>
        <Button type="button" variant="secondary" onClick={onStartOver}>
          {t("startOver")}
        </Button>
      </div>
    </form>
  );
}
