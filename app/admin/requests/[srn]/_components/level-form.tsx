"use client";

import { useTranslations } from "next-intl";
import { setLevelSchema, type SetLevelInput } from "@/lib/schemas/sla";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/forms/use-error-text";

type Props = {
  srn: string;
  version: number;
  level: 1 | 2 | 3;
  special: boolean;
  canSetSpecial: boolean;
  /** Each level explained with its hours under the request's policy. */
  labels: Record<1 | 2 | 3, string>;
  specialHint: string;
  action: (input: SetLevelInput) => Promise<ClientActionResult<unknown>>;
};

export function LevelForm({ srn, version, level, special, canSetSpecial, labels, specialHint, action }: Props) {
  const t = useTranslations("sla.level");
  const errorText = useErrorText();
  const { form, onSubmit, formError } = useTransitionForm({
    schema: setLevelSchema,
    action,
    defaultValues: { srn, version, level: String(level) as "1" | "2" | "3", special },
    version,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-900">{t("legend")}</legend>
        {([1, 2, 3] as const).map((n) => (
          <label key={n} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="radio" value={String(n)} className="mt-1 size-4 accent-brand-600" {...form.register("level")} />
            <span>{labels[n]}</span>
          </label>
        ))}
        {errors.level?.message ? <p className="text-sm text-red-700">{errorText(errors.level.message)}</p> : null}
      </fieldset>
      {canSetSpecial ? (
        <div className="space-y-1">
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" className="mt-1 size-4 accent-brand-600" aria-describedby="level-special-hint" {...form.register("special")} />
            <span>{t("special")}</span>
          </label>
          <p id="level-special-hint" className="text-xs text-slate-600">
            {specialHint}
          </p>
          {errors.special?.message ? <p className="text-sm text-red-700">{errorText(errors.special.message)}</p> : null}
        </div>
      ) : null}
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
