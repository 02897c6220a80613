"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { findOpenDuplicate } from "@/lib/domain/duplicates";
import { FAULT_SYMPTOMS, REACHABLE_TIMES, faultRepairSchema, type FaultRepairInput } from "@/lib/schemas/request-create";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { OutageNotice, type OutageView, type WaitForRestore } from "./outage-notice";
import { DuplicateWarning, SubmitButton, useCreateHelpers, type NewRequestProps } from "./shared";

type Props = NewRequestProps & {
  sinceDefault: string;
  sinceMin: string;
  sinceMax: string;
  /** The line chosen in the address (?line=), when it is one of the customer's. */
  initialLineId?: string;
  /** Active outages on the customer's lines, by line id: shown first, before the fields. */
  outages?: Record<string, OutageView[]>;
  waitForRestore?: WaitForRestore;
};

export function FaultForm({ lines, open, contactPhone, sinceDefault, sinceMin, sinceMax, action, linkBase, initialLineId, outages, waitForRestore }: Props) {
  const t = useTranslations("faultForm");
  const tn = useTranslations("newRequest");
  const tr = useTranslations("request");
  const { idempotencyKey, onSuccess } = useCreateHelpers(linkBase);
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: faultRepairSchema,
    action,
    defaultValues: {
      type: "FAULT_REPAIR",
      lineId: initialLineId ?? (lines.length === 1 ? lines[0]!.id : ""),
      symptom: "" as FaultRepairInput["symptom"],
      since: sinceDefault,
      description: "",
      contactPhone,
      reachable: "ANYTIME",
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess,
  });
  const { errors, isSubmitting } = form.formState;
  const lineId = form.watch("lineId");
  const duplicate = lineId ? findOpenDuplicate(open, { type: "FAULT_REPAIR", lineId, title: "", address: null }) : undefined;
  // The lines the customer chose to report anyway although an outage affects them.
  const [anyway, setAnyway] = useState<readonly string[]>([]);
  const outage = lineId ? (outages?.[lineId] ?? []) : [];
  // The customer's own form holds the fields back until they choose; staff see the notice only.
  const holding = !!waitForRestore && outage.length > 0 && !anyway.includes(lineId);

  if (!lines.length) return <Alert tone="warning">{t("noLines")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      {holding ? <OutageNotice lineId={lineId} outages={outage} choices={{ waitForRestore: waitForRestore!, onReportAnyway: () => setAnyway((a) => [...a, lineId]) }} /> : null}
      {!waitForRestore && outage.length ? <OutageNotice lineId={lineId} outages={outage} choices={null} /> : null}
      <SelectField label={t("line")} error={errors.lineId?.message} {...form.register("lineId")}>
        <option value="">{tn("choose")}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </SelectField>
      {holding ? null : (
        <>
          <DuplicateWarning type="FAULT_REPAIR" duplicate={duplicate} register={form.register("allowDuplicate")} linkBase={linkBase} />
          <SelectField label={t("symptom")} error={errors.symptom?.message} {...form.register("symptom")}>
            <option value="">{tn("choose")}</option>
            {FAULT_SYMPTOMS.map((s) => (
              <option key={s} value={s}>
                {tr(`symptom.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t("since")} type="datetime-local" min={sinceMin} max={sinceMax} hint={t("sinceHint")} error={errors.since?.message} {...form.register("since")} />
          <TextAreaField label={t("description")} hint={t("descriptionHint")} maxLength={1000} error={errors.description?.message} {...form.register("description")} />
          <TextField label={t("contactPhone")} type="tel" inputMode="numeric" autoComplete="tel" hint={t("contactPhoneHint")} error={errors.contactPhone?.message} {...form.register("contactPhone")} />
          <SelectField label={t("reachable")} error={errors.reachable?.message} {...form.register("reachable")}>
            {REACHABLE_TIMES.map((w) => (
              <option key={w} value={w}>
                {tr(`window.${w}`)}
              </option>
            ))}
          </SelectField>
          <SubmitButton busy={isSubmitting || succeeded} blocked={!!duplicate && !form.watch("allowDuplicate")} label={t("submit")} />
        </>
      )}
    </form>
  );
}
