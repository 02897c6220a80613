"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { savePolicySchema, type SavePolicyFormValues, type SavePolicyInput } from "@/lib/schemas/sla";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Props = {
  defaults: SavePolicyFormValues;
  hasRespond: boolean;
  hasResolve: boolean;
  nextVersion: number;
  openRequests: number;
  calendars: Array<{ id: string; label: string }>;
  action: (input: SavePolicyInput) => Promise<ClientActionResult<{ version: number }>>;
};

const HOUR_FIELDS = ["acceptHours", "acceptHoursSpecial", "respondHours1", "respondHours2", "respondHours3", "resolveHours1", "resolveHours2", "resolveHours3", "warnAtPercent"] as const;
const FLAG_FIELDS = ["acceptOnCalendar", "respondOnCalendar", "resolveOnCalendar"] as const;

/** Edits a policy; saving writes the next version. The changes against the current version show as you type. */
export function PolicyForm({ defaults, hasRespond, hasResolve, nextVersion, openRequests, calendars, action }: Props) {
  const t = useTranslations("sla.edit");
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: savePolicySchema,
    action,
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
    onFailure: (error) => {
      if (error === "errors.conflict") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  // After a save (or a conflict) the page shows the newest version: edit on top of it.
  useEffect(() => form.reset(defaults), [form, defaults]);
  const values = form.watch();
  const shown = (f: (typeof HOUR_FIELDS)[number] | (typeof FLAG_FIELDS)[number]) => (f.startsWith("respond") ? hasRespond : f.startsWith("resolve") ? hasResolve : true);
  const changed = [
    ...HOUR_FIELDS.filter((f) => shown(f) && String(values[f] ?? "").trim() !== String(defaults[f] ?? "")).map((f) => ({ f, from: String(defaults[f] ?? "—"), to: String(values[f] ?? "—") })),
    ...FLAG_FIELDS.filter((f) => shown(f) && values[f] !== defaults[f]).map((f) => ({ f, from: t(defaults[f] ? "yes" : "no"), to: t(values[f] ? "yes" : "no") })),
    ...(values.calendarId !== defaults.calendarId ? [{ f: "calendarId" as const, from: calendars.find((c) => c.id === defaults.calendarId)?.label ?? "—", to: calendars.find((c) => c.id === values.calendarId)?.label ?? "—" }] : []),
  ];
  const hours = (name: (typeof HOUR_FIELDS)[number]) => (
    <TextField key={name} label={t(`field.${name}`)} inputMode="numeric" error={errors[name]?.message} {...form.register(name)} />
  );
  const flag = (name: (typeof FLAG_FIELDS)[number]) => (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" className="size-4 accent-brand-600" {...form.register(name)} />
      {t("onCalendar")}
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError error={formError} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("acceptLegend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {hours("acceptHours")}
          {hours("acceptHoursSpecial")}
        </div>
        {flag("acceptOnCalendar")}
      </fieldset>
      {hasRespond ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">{t("respondLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">{(["respondHours1", "respondHours2", "respondHours3"] as const).map(hours)}</div>
          {flag("respondOnCalendar")}
        </fieldset>
      ) : null}
      {hasResolve ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">{t("resolveLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">{(["resolveHours1", "resolveHours2", "resolveHours3"] as const).map(hours)}</div>
          {flag("resolveOnCalendar")}
        </fieldset>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {hours("warnAtPercent")}
        <SelectField label={t("field.calendarId")} error={errors.calendarId?.message} {...form.register("calendarId")}>
          {calendars.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t("field.note")} hint={t("noteHint")} maxLength={200} error={errors.note?.message} {...form.register("note")} />
      <div aria-live="polite" className="rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200">
        <p className="font-medium">{t("willSave", { version: nextVersion, open: openRequests })}</p>
        {changed.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {changed.map((c) => (
              <li key={c.f}>{t("change", { field: t(`field.${c.f}`), from: c.from, to: c.to })}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-600">{t("noChanges")}</p>
        )}
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save", { version: nextVersion })}
      </Button>
    </form>
  );
}
