"use client";

import { useEffect, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { AREAS } from "@/lib/domain/areas";
import { CSI_ITEMS, CUSTOMER_TYPES, LIFECYCLE_STAGES, WAVE_CADENCES, WAVE_KINDS, suggestPeriod, type WaveCadence } from "@/lib/domain/survey-waves";
import { WAVE_LIMITS, waveSchema, type SegmentInput, type WaveInput } from "@/lib/schemas/survey-waves";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";

type Saved = { code: string; version: number };
type Props = {
  /** The draft being edited, or the new wave's defaults. */
  initial: WaveInput;
  /** The instant the page was rendered (ISO), from which the period is suggested. */
  now: string;
  action: (input: WaveInput) => Promise<ClientActionResult<Saved>>;
  countAction: (input: SegmentInput) => Promise<ClientActionResult<{ count: number }>>;
};


/** 定义调查: kind, cadence and period, titles, the segment (with its live size) and the 1–5 items. */
export function WaveForm({ initial, now, action, countAction }: Props) {
  const t = useTranslations("surveyWaves");
  const locale = useLocale();
  const errorText = useErrorText();
  const router = useRouter();
  const isNew = !initial.code;
  const { form, onSubmit, formError, succeeded } = useActionForm({
    schema: waveSchema,
    action,
    defaultValues: initial,
    onSuccess: (data) => (isNew ? router.push(`/admin/surveys/${data.code}?created=1`) : router.refresh()),
    onFailure: (error) => {
      if (error === "surveyWaves.errors.conflict" || error === "surveyWaves.errors.notDraft") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const items = useFieldArray({ control: form.control, name: "questions" });
  const kind = useWatch({ control: form.control, name: "kind" });
  const cadence = useWatch({ control: form.control, name: "cadence" }) as WaveCadence;
  const segmentTypes = useWatch({ control: form.control, name: "segmentTypes" });
  const segmentStages = useWatch({ control: form.control, name: "segmentStages" });
  const segmentAreas = useWatch({ control: form.control, name: "segmentAreas" });
  const suggestion = suggestPeriod(cadence ?? "QUARTERLY", new Date(now));

  // The segment's size now, asked again a moment after the choice changes.
  const [size, setSize] = useState<{ count: number } | { error: string } | null>(null);
  const segmentKey = JSON.stringify([segmentTypes, segmentStages, segmentAreas]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const [types, stages, areas] = JSON.parse(segmentKey) as [string[], string[], string[]];
      try {
        const result = await countAction({ segmentTypes: types ?? [], segmentStages: stages ?? [], segmentAreas: areas ?? [] } as SegmentInput);
        if (live) setSize(result.ok ? { count: result.data.count } : { error: result.formError ?? "errors.unexpected" });
      } catch {
        if (live) setSize({ error: "errors.unexpected" });
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [segmentKey, countAction]);

  const applySuggestion = () => {
    form.setValue("startsOn", suggestion.startsOn, { shouldValidate: true, shouldDirty: true });
    form.setValue("endsOn", suggestion.endsOn, { shouldValidate: true, shouldDirty: true });
  };
  const questionsError = (errors.questions as { message?: string; root?: { message?: string } } | undefined)?.message ?? (errors.questions as { root?: { message?: string } } | undefined)?.root?.message;
  const maxItems = CSI_ITEMS.max;

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-6">
      <FormError error={formError} />
      <div className="grid gap-5 sm:grid-cols-2">
        <ChoiceGroup type="radio" legend={t("form.kind")} hint={t("form.kindHint")} options={WAVE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} error={errors.kind?.message} input={form.register("kind")} />
        <ChoiceGroup type="radio" legend={t("form.cadence")} options={WAVE_CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))} error={errors.cadence?.message} input={form.register("cadence")} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label={t("form.title")} lang="zh-CN" maxLength={WAVE_LIMITS.titleMax} error={errors.title?.message} {...form.register("title")} />
        <TextField label={t("form.titleEn")} lang="en" maxLength={WAVE_LIMITS.titleMax} error={errors.titleEn?.message} {...form.register("titleEn")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">{t("form.period")}</legend>
        <div className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200">
          <span>{t("form.suggested", { label: suggestion.label, startsOn: suggestion.startsOn, endsOn: suggestion.endsOn })}</span>
          <Button type="button" variant="secondary" onClick={applySuggestion}>
            {t("form.useSuggested")}
          </Button>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField type="date" label={t("form.startsOn")} error={errors.startsOn?.message} {...form.register("startsOn")} />
          <TextField type="date" label={t("form.endsOn")} hint={t("form.endsOnHint")} error={errors.endsOn?.message} {...form.register("endsOn")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-md p-4 ring-1 ring-slate-200">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("form.segment")}</legend>
        <p className="text-sm text-slate-700">{t("form.segmentHint")}</p>
        <ChoiceGroup type="checkbox" legend={t("form.types")} options={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))} error={errors.segmentTypes?.message} input={form.register("segmentTypes")} />
        <ChoiceGroup type="checkbox" legend={t("form.stages")} options={LIFECYCLE_STAGES.map((v) => ({ value: v, label: t(`stage.${v}`) }))} error={errors.segmentStages?.message} input={form.register("segmentStages")} />
        <ChoiceGroup
          type="checkbox"
          legend={t("form.areas")}
          hint={t("form.areasHint")}
          options={AREAS.map((a) => ({ value: a.name, label: locale === "en" ? a.nameEn : a.name }))}
          error={errors.segmentAreas?.message}
          input={form.register("segmentAreas")}
        />
        <p aria-live="polite" className="rounded-md bg-brand-50 p-3 text-sm font-medium text-brand-900 ring-1 ring-brand-100" data-testid="segment-size">
          {size === null ? t("form.sizeCounting") : "count" in size ? t("form.size", { count: size.count }) : errorText(size.error)}
        </p>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("form.items")}</legend>
        <p className="text-sm text-slate-700">{kind === "CSI" ? t("form.itemsCsiHint") : t("form.itemsNpsHint")}</p>
        {questionsError ? <p className="text-sm text-red-700">{errorText(questionsError)}</p> : null}
        <ol className="space-y-3">
          {items.fields.map((field, i) => {
            const e = errors.questions?.[i];
            return (
              <li key={field.id} className="rounded-md p-3 ring-1 ring-slate-200">
                <div className="grid gap-3 sm:grid-cols-[1fr_1fr_7rem_auto] sm:items-start">
                  <TextField label={t("form.itemText", { n: i + 1 })} lang="zh-CN" maxLength={WAVE_LIMITS.itemMax} error={e?.text?.message} {...form.register(`questions.${i}.text`)} />
                  <TextField label={t("form.itemTextEn", { n: i + 1 })} lang="en" maxLength={WAVE_LIMITS.itemMax} error={e?.textEn?.message} {...form.register(`questions.${i}.textEn`)} />
                  {kind === "CSI" ? (
                    <TextField type="number" inputMode="numeric" min={1} max={WAVE_LIMITS.weightMax} label={t("form.weight", { n: i + 1 })} error={e?.weight?.message} {...form.register(`questions.${i}.weight`)} />
                  ) : (
                    <span className="hidden sm:block" />
                  )}
                  <Button type="button" variant="ghost" className="sm:mt-6" onClick={() => items.remove(i)}>
                    {t("form.removeItem", { n: i + 1 })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        {items.fields.length < maxItems ? (
          <Button type="button" variant="secondary" onClick={() => items.append({ text: "", textEn: "", weight: "1" })}>
            {t("form.addItem")}
          </Button>
        ) : null}
      </fieldset>

      <Button type="submit" disabled={isSubmitting || (isNew && succeeded)} className="w-full sm:w-auto">
        {isSubmitting ? t("form.saving") : isNew ? t("form.create") : t("form.save")}
      </Button>
    </form>
  );
}
