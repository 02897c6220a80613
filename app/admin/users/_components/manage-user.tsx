"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import { updateStaffUserSchema, type UpdateStaffUserInput } from "@/lib/schemas/administration";
import { SelectField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm, type ClientActionResult } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TemporaryPassword } from "./temporary-password";

type Token = { updatedAt: string };
type Props = {
  user: { id: string; displayName: string; role: StaffRole; teamId: string | null; disabled: boolean; updatedAt: string };
  self: boolean;
  teams: Array<{ id: string; label: string }>;
  updateAction: (input: UpdateStaffUserInput) => Promise<ClientActionResult<Token & { changed: boolean }>>;
  setDisabledAction: (input: { id: string; disabled: boolean; updatedAt: string }) => Promise<ClientActionResult<Token & { changed: boolean }>>;
  resetAction: (input: { id: string; updatedAt: string }) => Promise<ClientActionResult<Token & { temporaryPassword: string }>>;
};

/**
 * The account's three changes — role and team, disable/enable, password reset — share one version
 * token (User.updatedAt): each result hands back the new one, and a refresh brings the latest.
 */
export function ManageUser({ user, self, teams, updateAction, setDisabledAction, resetAction }: Props) {
  const t = useTranslations("administration.users");
  const tr = useTranslations("administration.role");
  const router = useRouter();
  // The newest of the token this page was rendered with and the one the last change returned
  // (ISO timestamps of one format compare as strings; every change makes a later one).
  const [returned, setToken] = useState(user.updatedAt);
  const token = returned > user.updatedAt ? returned : user.updatedAt;
  const [saved, setSaved] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [buttonError, setButtonError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const { form, onSubmit, formError } = useActionForm({
    schema: updateStaffUserSchema,
    action: updateAction,
    defaultValues: { id: user.id, role: user.role, teamId: user.teamId ?? "", updatedAt: user.updatedAt },
    onSuccess: (data) => {
      setToken(data.updatedAt);
      setSaved(data.changed ? t("saved") : t("noChange"));
      router.refresh();
    },
    onFailure: () => router.refresh(),
  });
  useEffect(() => form.setValue("updatedAt", token), [form, token]);
  const { errors, isSubmitting } = form.formState;

  const run = <T extends Token>(call: () => Promise<ClientActionResult<T>>, done: (data: T) => void) => {
    setButtonError(null);
    setSaved(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (result.ok) {
          setToken(result.data.updatedAt);
          done(result.data);
        } else setButtonError(result.formError ?? "errors.unexpected");
      } catch {
        setButtonError("errors.unexpected");
      }
      router.refresh();
    });
  };

  return (
    <div className="space-y-6">
      <div aria-live="polite" className="empty:hidden">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
      {self ? <Alert>{t("selfNote")}</Alert> : null}
      <Card title={t("editTitle")} titleId="edit-user">
        <form
          onSubmit={(e) => {
            setSaved(null);
            void onSubmit(e);
          }}
          noValidate
          className="space-y-4"
        >
          <FormError error={formError} />
          <div className="grid gap-4 sm:grid-cols-2">
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
          <p className="text-sm text-slate-700">{t("roleSessionsNote")}</p>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("saving") : t("save")}
          </Button>
        </form>
      </Card>
      <Card title={t("accessTitle")} titleId="user-access">
        <FormError error={buttonError} />
        <div className="space-y-6">
          <section aria-labelledby="user-status" className="space-y-2">
            <h3 id="user-status" className="font-semibold text-slate-900">
              {t("statusTitle")}
            </h3>
            <p className="text-sm text-slate-700">{user.disabled ? t("disabledText") : t("activeText")}</p>
            {self ? null : user.disabled ? (
              <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => setDisabledAction({ id: user.id, disabled: false, updatedAt: token }), () => setSaved(t("enabledDone")))}>
                {t("enable")}
              </Button>
            ) : (
              <Button
                type="button"
                variant="danger"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(t("disableConfirm", { name: user.displayName }))) run(() => setDisabledAction({ id: user.id, disabled: true, updatedAt: token }), () => setSaved(t("disabledDone")));
                }}
              >
                {t("disable")}
              </Button>
            )}
          </section>
          {self ? null : (
            <section aria-labelledby="user-reset" className="space-y-2">
              <h3 id="user-reset" className="font-semibold text-slate-900">
                {t("resetTitle")}
              </h3>
              <p className="text-sm text-slate-700">{t("resetLead")}</p>
              {password ? <TemporaryPassword password={password} title={t("resetDone", { name: user.displayName })} /> : null}
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(t("resetConfirm", { name: user.displayName }))) run(() => resetAction({ id: user.id, updatedAt: token }), (data) => setPassword(data.temporaryPassword));
                }}
              >
                {pending ? t("working") : t("reset")}
              </Button>
            </section>
          )}
        </div>
      </Card>
    </div>
  );
}
