"use client";

import { useTranslations } from "next-intl";
import { addNoteSchema, assignRequestSchema, type AddNoteInput, type AssignRequestInput } from "@/lib/schemas/request-work";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useTransitionForm } from "@/components/requests/use-transition-form";
import { Button } from "@/components/ui/button";

// Internal notes and 分派 / 移交 on the request page: no status change. Like the status forms,
// each posts the version the page showed; a conflict reloads the page with the notice.
type Base = { srn: string; version: number };
type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;

export function NoteForm({ srn, version, action }: Base & { action: Act<AddNoteInput> }) {
  const t = useTranslations("work.note");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: addNoteSchema, action, defaultValues: { srn, version, note: "" }, version, resetOnSuccess: true });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <FormError error={formError} />
      <TextAreaField label={t("note")} maxLength={1000} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t("submit")}
      </Button>
    </form>
  );
}

export type AssignTarget = { id: string; label: string };
export type TeamTarget = { code: string; label: string };

/** 分派 (a supervisor: anyone) or 移交 / 派单 (the owner: agents and technicians, or a team). */
export function AssignForm({
  srn,
  version,
  action,
  mode,
  people,
  teams,
}: Base & { action: Act<AssignRequestInput>; mode: "supervisor" | "owner"; people: AssignTarget[]; teams: TeamTarget[] }) {
  const t = useTranslations("work.assign");
  const ta = useTranslations("admin");
  const { form, onSubmit, formError } = useTransitionForm({ schema: assignRequestSchema, action, defaultValues: { srn, version, ownerId: "", teamCode: "", note: "" }, version, resetOnSuccess: true });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError error={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("owner")} error={errors.ownerId?.message} {...form.register("ownerId")}>
          <option value="">{t("ownerNone")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("team")} error={errors.teamCode?.message} {...form.register("teamCode")}>
          <option value="">{t("teamKeep")}</option>
          {teams.map((team) => (
            <option key={team.code} value={team.code}>
              {team.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label={t("note")} maxLength={500} error={errors.note?.message} {...form.register("note")} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? ta("working") : t(mode === "supervisor" ? "submitSupervisor" : "submitOwner")}
      </Button>
    </form>
  );
}
