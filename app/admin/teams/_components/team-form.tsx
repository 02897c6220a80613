"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { teamSchema, updateTeamSchema, type TeamInput } from "@/lib/schemas/administration";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Saved = { id: string; version: number };
type Props =
  | { mode: "create"; action: (input: TeamInput) => Promise<ClientActionResult<Saved>> }
  | { mode: "update"; id: string; version: number; values: TeamInput; action: (input: TeamInput & { id: string; version: number }) => Promise<ClientActionResult<Saved>> };

const EMPTY: TeamInput = { code: "", name: "", nameEn: "", handles: [], active: true };

/** Adds a team, or edits one against the version it was loaded with (a save in between is a conflict). */
export function TeamForm(props: Props) {
  const t = useTranslations("administration.teams");
  const tt = useTranslations("request.type");
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState(false);
  const update = props.mode === "update";
  const { form, onSubmit, formError } = useActionForm({
    schema: update ? updateTeamSchema : teamSchema,
    action: props.action as (input: TeamInput) => Promise<ClientActionResult<Saved>>,
    defaultValues: (update ? { ...props.values, id: props.id, version: props.version } : EMPTY) as TeamInput,
    onSuccess: (saved) => {
      if (update) form.reset({ ...form.getValues(), version: saved.version } as TeamInput);
      else form.reset(EMPTY);
      setDone(true);
      router.refresh();
    },
    onFailure: () => router.refresh(),
  });
  // After a conflict the refreshed page brings a newer version: the form takes the latest values.
  const latest = update ? props.version : 0;
  const latestValues = update ? props.values : null;
  useEffect(() => {
    if (latestValues && (form.getValues() as { version?: number }).version !== latest) form.reset({ ...latestValues, id: (props as { id: string }).id, version: latest } as TeamInput);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest]);
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      onSubmit={(e) => {
        setDone(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormError error={formError} />
      <div aria-live="polite" className="empty:hidden">
        {done ? <Alert tone="success">{update ? t("saved") : t("added")}</Alert> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("code")} hint={t("codeHint")} autoComplete="off" spellCheck={false} maxLength={20} error={errors.code?.message} {...form.register("code")} />
        <TextField label={t("name")} lang="zh-CN" maxLength={50} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("nameEn")} lang="en" maxLength={50} error={errors.nameEn?.message} {...form.register("nameEn")} />
      </div>
      <ChoiceGroup
        type="checkbox"
        legend={t("handles")}
        hint={t("handlesHint")}
        options={REQUEST_TYPES.map((type) => ({ value: type, label: tt(type) }))}
        error={errors.handles?.message}
        input={form.register("handles")}
      />
      <div className="flex items-center gap-3">
        <input id={`${id}-active`} type="checkbox" className="h-5 w-5 rounded border-slate-400" aria-describedby={`${id}-active-hint`} {...form.register("active")} />
        <label htmlFor={`${id}-active`} className="text-sm font-medium text-slate-900">
          {t("active")}
        </label>
      </div>
      <p id={`${id}-active-hint`} className="text-xs text-slate-600">
        {t("activeHint")}
      </p>
      <Button type="submit" variant={update ? "secondary" : "primary"} disabled={isSubmitting}>
        {isSubmitting ? t("saving") : update ? t("save") : t("add")}
      </Button>
    </form>
  );
}
