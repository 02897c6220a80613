"use client";

import { useTranslations } from "next-intl";
import { findOpenDuplicate } from "@/lib/domain/duplicates";
import { APPOINTMENT_WINDOWS, OPENING_KINDS, serviceOpeningSchema, type ServiceOpeningInput } from "@/lib/schemas/request-create";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { DuplicateWarning, SubmitButton, useCreateHelpers, type NewRequestProps } from "./shared";

export function OpeningForm({ open, contactPhone, today, lastDay, action, linkBase }: NewRequestProps) {
  const t = useTranslations("openingForm");
  const tn = useTranslations("newRequest");
  const tr = useTranslations("request");
  const { idempotencyKey, onSuccess } = useCreateHelpers(linkBase);
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: serviceOpeningSchema,
    action,
    defaultValues: {
      type: "SERVICE_OPENING",
      serviceKind: "" as ServiceOpeningInput["serviceKind"],
      address: "",
      preferredDate: "",
      window: "" as ServiceOpeningInput["window"],
      contactPhone,
      notes: "",
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess,
  });
  const { errors, isSubmitting } = form.formState;
  const [serviceKind, address] = form.watch(["serviceKind", "address"]);
  const duplicate = serviceKind ? findOpenDuplicate(open, { type: "SERVICE_OPENING", lineId: null, title: serviceKind, address: address || null }) : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <SelectField label={t("serviceKind")} error={errors.serviceKind?.message} {...form.register("serviceKind")}>
        <option value="">{tn("choose")}</option>
        {OPENING_KINDS.map((k) => (
          <option key={k} value={k}>
            {tr(`openingKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={serviceKind === "BROADBAND" ? t("addressRequired") : t("address")}
        hint={t("addressHint")}
        autoComplete="street-address"
        maxLength={200}
        error={errors.address?.message}
        {...form.register("address")}
      />
      <DuplicateWarning type="SERVICE_OPENING" duplicate={duplicate} register={form.register("allowDuplicate")} linkBase={linkBase} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("preferredDate")} type="date" min={today} max={lastDay} hint={t("preferredDateHint")} error={errors.preferredDate?.message} {...form.register("preferredDate")} />
        <SelectField label={t("window")} error={errors.window?.message} {...form.register("window")}>
          <option value="">{tn("choose")}</option>
          {APPOINTMENT_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {tr(`window.${w}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={t("contactPhone")} type="tel" inputMode="numeric" autoComplete="tel" error={errors.contactPhone?.message} {...form.register("contactPhone")} />
      <TextAreaField label={t("notes")} hint={t("notesHint")} maxLength={500} error={errors.notes?.message} {...form.register("notes")} />
      <SubmitButton busy={isSubmitting || succeeded} blocked={!!duplicate && !form.watch("allowDuplicate")} label={t("submit")} />
    </form>
  );
}
