"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { createStaffUserSchema, type CreateStaffUserInput } from "@/lib/schemas/administration";
import { SelectField, TextField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { TemporaryPassword } from "./temporary-password";

type Created = { id: string; displayName: string; email: string | null; temporaryPassword: string };
type Team = { id: string; label: string };

/** 新建员工: name, e-mail, role and team; the result shows the temporary password once. */
export function CreateUserForm({ teams, action }: { teams: Team[]; action: (input: CreateStaffUserInput) => Promise<ClientActionResult<Created>> }) {
  const t = useTranslations("administration.users");
  const tr = useTranslations("administration.role");
  const [created, setCreated] = useState<Created | null>(null);
  const empty: CreateStaffUserInput = { displayName: "", email: "", role: "AGENT", teamId: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: createStaffUserSchema,
    action,
    defaultValues: empty,
    onSuccess: (data) => {
      setCreated(data);
      form.reset(empty);
    },
  });
  const { errors, isSubmitting } = form.formState;
  if (created) {
    return (
      <div className="space-y-4">
        <TemporaryPassword password={created.temporaryPassword} title={t("createdTitle", { name: created.displayName, email: created.email ?? "" })} />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/admin/users/${created.id}`}>{t("openUser")}</ButtonLink>
          <Button type="button" variant="secondary" onClick={() => setCreated(null)}>
            {t("createAnother")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <FormError error={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("displayName")} autoComplete="off" maxLength={50} error={errors.displayName?.message} {...form.register("displayName")} />
        <TextField label={t("email")} hint={t("emailHint")} type="email" autoComplete="off" maxLength={254} error={errors.email?.message} {...form.register("email")} />
        <SelectField label={t("roleLabel")} error={errors.role?.message} {...form.register("role")}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("teamLabel")} error={errors.teamId?.message} {...form.register("teamId")}>
          <option value="">{t("noTeam")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.label}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-sm text-slate-700">{t("passwordNote")}</p>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
