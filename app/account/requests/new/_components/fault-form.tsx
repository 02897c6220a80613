"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FAULT_SYMPTOMS, createFaultRequestSchema, type CreateFaultRequestInput } from "@/lib/schemas/request";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  lines: Array<{ id: string; label: string }>;
  openByLine: Record<string, { srn: string; status: string }>;
  contactPhone: string;
  sinceDefault: string;
  sinceMin: string;
  sinceMax: string;
  action: (input: CreateFaultRequestInput) => Promise<ClientActionResult<{ srn: string }>>;
};

export function FaultForm({ lines, openByLine, contactPhone, sinceDefault, sinceMin, sinceMax, action }: Props) {
  const t = useTranslations("faultForm");
  const tr = useTranslations("request");
  const router = useRouter();
  // One key per form instance: a double click or a retried post creates one request.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { form, onSubmit, formError } = useActionForm({
    schema: createFaultRequestSchema,
    action,
    defaultValues: {
      lineId: lines.length === 1 ? lines[0]!.id : "",
      symptom: "" as CreateFaultRequestInput["symptom"],
      since: sinceDefault,
      description: "",
      contactPhone,
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess: ({ srn }) => router.push(`/account/requests/${srn}?created=1`),
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const lineId = form.watch("lineId");
  const allowDuplicate = form.watch("allowDuplicate");
  const open = lineId ? openByLine[lineId] : undefined;

  if (!lines.length) return <Alert tone="warning">{t("noLines")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <SelectField label={t("line")} error={errors.lineId?.message} {...form.register("lineId")}>
        <option value="">{t("linePlaceholder")}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </SelectField>
      {open ? (
        <Alert tone="warning" title={t("duplicateTitle")}>
          <p>{t("duplicateText", { srn: open.srn, status: tr(`status.${open.status}` as "status.SUBMITTED") })}</p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <Link href={`/account/requests/${open.srn}`} className="font-medium underline">
              {t("duplicateView")}
            </Link>
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...form.register("allowDuplicate")} />
              {t("duplicateContinue")}
            </label>
          </div>
        </Alert>
      ) : null}
      <SelectField label={t("symptom")} error={errors.symptom?.message} {...form.register("symptom")}>
        <option value="">{t("linePlaceholder")}</option>
        {FAULT_SYMPTOMS.map((s) => (
          <option key={s} value={s}>
            {tr(`symptom.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("since")} type="datetime-local" min={sinceMin} max={sinceMax} hint={t("sinceHint")} error={errors.since?.message} {...form.register("since")} />
      <TextAreaField label={t("description")} hint={t("descriptionHint")} maxLength={1000} error={errors.description?.message} {...form.register("description")} />
      <TextField label={t("contactPhone")} type="tel" inputMode="numeric" autoComplete="tel" hint={t("contactPhoneHint")} error={errors.contactPhone?.message} {...form.register("contactPhone")} />
      <Button type="submit" disabled={isSubmitting || isSubmitSuccessful || (!!open && !allowDuplicate)} className="w-full sm:w-auto">
        {isSubmitting || isSubmitSuccessful ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
