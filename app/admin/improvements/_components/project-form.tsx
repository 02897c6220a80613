"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import {
  addImprovementActionSchema,
  changeImprovementOwnerSchema,
  checkImprovementSchema,
  completeImprovementActionSchema,
  decideImprovementSchema,
  linkImprovementRequestSchema,
  moveImprovementSchema,
  reviewImprovementSchema,
} from "@/lib/schemas/improvements";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

// One small form for each change on a project's page: the schema is chosen by `kind` (schemas
// cannot cross from the server), the fields are described by the page. Every form carries the
// project's code and the version the page showed; after a change or a conflict the page refreshes.

const SCHEMAS = {
  move: moveImprovementSchema,
  action: addImprovementActionSchema,
  done: completeImprovementActionSchema,
  check: checkImprovementSchema,
  decide: decideImprovementSchema,
  review: reviewImprovementSchema,
  owner: changeImprovementOwnerSchema,
  link: linkImprovementRequestSchema,
} as const;
export type ProjectFormKind = keyof typeof SCHEMAS;

export type FieldSpec =
  | { name: string; type: "text" | "date"; label: string; hint?: string; maxLength?: number }
  | { name: string; type: "textarea"; label: string; hint?: string; maxLength?: number }
  | { name: string; type: "select" | "radio"; label: string; hint?: string; options: Array<{ value: string; label: string }> };

type Props<K extends ProjectFormKind> = {
  kind: K;
  action: (input: z.input<(typeof SCHEMAS)[K]>) => Promise<ClientActionResult<unknown>>;
  code: string;
  version: number;
  /** Fixed values (e.g. the target status, the action's id) and the fields' defaults. */
  values: Record<string, string>;
  fields: FieldSpec[];
  submit: string;
  submitting: string;
  done?: string;
  variant?: "primary" | "secondary";
  /** Laid out in one row on wider screens (short forms). */
  inline?: boolean;
  /** The button's accessible name when its text alone is ambiguous (one per row). */
  ariaLabel?: string;
};

export function ProjectForm<K extends ProjectFormKind>({ kind, action, code, version, values, fields, submit, submitting, done, variant = "primary", inline, ariaLabel }: Props<K>) {
  const t = useTranslations("improvements");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const defaults = { code, version, ...values };
  const { form, onSubmit, formError } = useActionForm({
    schema: SCHEMAS[kind] as unknown as z.ZodType<Record<string, unknown>, Record<string, unknown>>,
    action: action as (input: Record<string, unknown>) => Promise<ClientActionResult<unknown>>,
    defaultValues: defaults,
    onSuccess: () => {
      setSaved(true);
      form.reset(defaults);
      router.refresh();
    },
    onFailure: (error) => {
      if (error === "improvements.errors.conflict") router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (name: string) => (errors[name]?.message as string | undefined) ?? undefined;
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        form.setValue("version", version);
        void onSubmit(e);
      }}
      noValidate
      className={inline ? "flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end" : "space-y-4"}
    >
      <FormError error={formError} />
      {done ? (
        <div aria-live="polite" className="empty:hidden">
          {saved ? <Alert tone="success">{done}</Alert> : null}
        </div>
      ) : null}
      {fields.map((f) =>
        f.type === "textarea" ? (
          <TextAreaField key={f.name} label={f.label} hint={f.hint} rows={3} maxLength={f.maxLength} error={err(f.name)} {...form.register(f.name)} />
        ) : f.type === "select" ? (
          <SelectField key={f.name} label={f.label} hint={f.hint} error={err(f.name)} {...form.register(f.name)}>
            <option value="">{t("choose")}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
        ) : f.type === "radio" ? (
          <ChoiceGroup key={f.name} type="radio" legend={f.label} hint={f.hint} options={f.options} error={err(f.name)} input={form.register(f.name)} />
        ) : (
          <TextField key={f.name} type={f.type} label={f.label} hint={f.hint} maxLength={f.type === "text" ? f.maxLength : undefined} error={err(f.name)} {...form.register(f.name)} />
        ),
      )}
      <div>
        <Button type="submit" variant={variant} disabled={isSubmitting} aria-label={ariaLabel} className="w-full sm:w-auto">
          {isSubmitting ? submitting : submit}
        </Button>
      </div>
    </form>
  );
}
