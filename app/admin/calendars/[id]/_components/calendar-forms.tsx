"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addCalendarDaySchema, updateCalendarSchema, type AddCalendarDayInput, type RemoveCalendarDayInput, type UpdateCalendarInput } from "@/lib/schemas/sla";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type Result = Promise<ClientActionResult<unknown>>;

function useRefreshing() {
  const router = useRouter();
  return {
    onSuccess: () => router.refresh(),
    onFailure: (error: string | undefined) => {
      if (error === "errors.conflict") router.refresh();
    },
  };
}

/** Name, time zone, working hours and weekdays. */
export function CalendarSettingsForm({ defaults, action }: { defaults: UpdateCalendarInput; action: (input: UpdateCalendarInput) => Result }) {
  const t = useTranslations("sla.calendars");
  const { form, onSubmit, formError } = useActionForm({ schema: updateCalendarSchema, action, defaultValues: defaults, ...useRefreshing() });
  const { errors, isSubmitting } = form.formState;
  // The next save is checked against the version the refreshed page shows.
  useEffect(() => form.setValue("version", defaults.version), [form, defaults.version]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("name")} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("nameEn")} error={errors.nameEn?.message} {...form.register("nameEn")} />
        <TextField label={t("dayStart")} hint={t("timeHint")} inputMode="numeric" error={errors.dayStart?.message} {...form.register("dayStart")} />
        <TextField label={t("dayEnd")} hint={t("timeHint")} inputMode="numeric" error={errors.dayEnd?.message} {...form.register("dayEnd")} />
        <TextField label={t("timeZone")} hint={t("timeZoneHint")} error={errors.timeZone?.message} {...form.register("timeZone")} />
      </div>
      <ChoiceGroup
        type="checkbox"
        legend={t("workdays")}
        options={(["1", "2", "3", "4", "5", "6", "7"] as const).map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
        error={errors.workdays?.message}
        input={form.register("workdays")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

/** Adds a public holiday or a make-up working day. */
export function AddDayForm({ calendarId, version, action }: { calendarId: string; version: number; action: (input: AddCalendarDayInput) => Result }) {
  const t = useTranslations("sla.calendars");
  const refreshing = useRefreshing();
  const { form, onSubmit, formError } = useActionForm({
    schema: addCalendarDaySchema,
    action,
    defaultValues: { calendarId, version, date: "", kind: "HOLIDAY", name: "", nameEn: "" },
    onSuccess: () => {
      form.setValue("date", "");
      refreshing.onSuccess();
    },
    onFailure: refreshing.onFailure,
  });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => form.setValue("version", version), [form, version]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("date")} type="date" error={errors.date?.message} {...form.register("date")} />
        <SelectField label={t("kind")} error={errors.kind?.message} {...form.register("kind")}>
          <option value="HOLIDAY">{t("kindName.HOLIDAY")}</option>
          <option value="WORKDAY">{t("kindName.WORKDAY")}</option>
        </SelectField>
        <TextField label={t("dayName")} hint={t("dayNameHint")} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("dayNameEn")} error={errors.nameEn?.message} {...form.register("nameEn")} />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("adding") : t("add")}
      </Button>
    </form>
  );
}

/** Removes one day; a stale page is refreshed. */
export function RemoveDayButton({ input, label, action }: { input: RemoveCalendarDayInput; label: string; action: (input: RemoveCalendarDayInput) => Result }) {
  const t = useTranslations("sla.calendars");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="ghost"
        className="min-h-9 px-2"
        aria-label={label}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await action(input);
            if (!result.ok) setError(result.formError ?? "errors.unexpected");
            router.refresh();
          })
        }
      >
        {t("remove")}
      </Button>
      {error ? <FormError error={error} /> : null}
    </span>
  );
}
