"use client";

import { useTranslations } from "next-intl";
import { findOpenDuplicate } from "@/lib/domain/duplicates";
import { ADD_ONS, ADD_ON_LINE_KINDS, CHANGE_KINDS, businessChangeSchema, type BusinessChangeInput } from "@/lib/schemas/request-create";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { DuplicateWarning, SubmitButton, useCreateHelpers, type NewRequestProps } from "./shared";

export function ChangeForm({ lines, open, today, lastDay, action, linkBase }: NewRequestProps) {
  const t = useTranslations("changeForm");
  const tn = useTranslations("newRequest");
  const tr = useTranslations("request");
  const { idempotencyKey, onSuccess } = useCreateHelpers(linkBase);
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: businessChangeSchema,
    action,
    defaultValues: {
      type: "BUSINESS_CHANGE",
      lineId: lines.length === 1 ? lines[0]!.id : "",
      changeKind: "" as BusinessChangeInput["changeKind"],
      newAddress: "",
      effectiveDate: "",
      addOn: "",
      newContactName: "",
      newContactPhone: "",
      description: "",
      allowDuplicate: false,
      idempotencyKey,
    },
    onSuccess,
  });
  const { errors, isSubmitting } = form.formState;
  const [lineId, kind] = form.watch(["lineId", "changeKind"]);
  const line = lines.find((l) => l.id === lineId);
  const duplicate = lineId ? findOpenDuplicate(open, { type: "BUSINESS_CHANGE", lineId, title: "", address: null }) : undefined;
  // Only the add-ons that the chosen line can have (固定 IP is for broadband and cloud, …).
  const addOns = ADD_ONS.filter((a) => !line || ADD_ON_LINE_KINDS[a].includes(line.kind));

  if (!lines.length) return <Alert tone="warning">{t("noLines")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <SelectField label={t("line")} error={errors.lineId?.message} {...form.register("lineId")}>
        <option value="">{tn("choose")}</option>
        {lines.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <DuplicateWarning type="BUSINESS_CHANGE" duplicate={duplicate} register={form.register("allowDuplicate")} linkBase={linkBase} />
      <SelectField label={t("changeKind")} error={errors.changeKind?.message} {...form.register("changeKind")}>
        <option value="">{tn("choose")}</option>
        {CHANGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {tr(`changeKind.${k}`)}
          </option>
        ))}
      </SelectField>
      {kind === "MOVE_ADDRESS" ? (
        <TextField label={t("newAddress")} autoComplete="street-address" maxLength={200} hint={t("newAddressHint")} error={errors.newAddress?.message} {...form.register("newAddress")} />
      ) : null}
      {kind === "SUSPEND" || kind === "RESUME" ? (
        <TextField label={t("effectiveDate")} type="date" min={today} max={lastDay} hint={t("effectiveDateHint")} error={errors.effectiveDate?.message} {...form.register("effectiveDate")} />
      ) : null}
      {kind === "ADD_ON" || kind === "REMOVE_ADD_ON" ? (
        <SelectField label={t("addOn")} error={errors.addOn?.message} {...form.register("addOn")}>
          <option value="">{tn("choose")}</option>
          {addOns.map((a) => (
            <option key={a} value={a}>
              {tr(`addOn.${a}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {kind === "CHANGE_CONTACT" ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label={t("newContactName")} autoComplete="name" maxLength={50} error={errors.newContactName?.message} {...form.register("newContactName")} />
          <TextField label={t("newContactPhone")} type="tel" inputMode="numeric" autoComplete="tel" error={errors.newContactPhone?.message} {...form.register("newContactPhone")} />
        </div>
      ) : null}
      <TextAreaField label={t("description")} hint={t("descriptionHint")} maxLength={500} error={errors.description?.message} {...form.register("description")} />
      <SubmitButton busy={isSubmitting || succeeded} blocked={!!duplicate && !form.watch("allowDuplicate")} label={t("submit")} />
    </form>
  );
}
