"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { bulkAssignSchema } from "@/lib/schemas/queue";
import { bulkAssignAction } from "../actions";

type Option = { value: string; label: string };
type Outcome = { assigned: string[]; conflicts: string[]; skipped: string[] };

/**
 * The bulk hand-over bar. The rows' checkboxes (name="pick", value "SRN:version") belong to this
 * form through their form attribute; the same zod schema as the action checks the choice first.
 */
export function BulkAssign({ formId, owners, teams }: { formId: string; owners: Option[]; teams: Option[] }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const items = data.getAll("pick").map((v) => {
      const [srn, version] = String(v).split(":");
      return { srn: srn ?? "", version: Number(version) };
    });
    const input = { items, ownerId: String(data.get("ownerId") ?? ""), teamCode: String(data.get("teamCode") ?? "") };
    const parsed = bulkAssignSchema.safeParse(input);
    setOutcome(null);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "errors.unexpected");
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const result = await bulkAssignAction(parsed.data);
        if (!result) return;
        if (result.ok) {
          setOutcome(result.data);
          for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="pick"][form="${formId}"]`)) box.checked = false;
          router.refresh();
        } else setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]?.[0] ?? "errors.unexpected");
      } catch {
        setError("errors.unexpected");
      }
    });
  }

  return (
    <form id={formId} onSubmit={submit} noValidate className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="font-semibold">
        {t("bulkTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("bulkLead")}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField label={t("bulkOwner")} name="ownerId" defaultValue="">
          <option value="">{t("bulkKeep")}</option>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("bulkTeam")} name="teamCode" defaultValue="">
          <option value="">{t("bulkKeep")}</option>
          {teams.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? t("bulkAssigning") : t("bulkAssign")}
        </Button>
      </div>
      <div className="mt-3 space-y-2" aria-live="polite">
        <FormError error={error} />
        {outcome ? (
          <Alert tone={outcome.conflicts.length || outcome.skipped.length ? "warning" : "success"}>
            <p>{t("bulkDone", { assigned: outcome.assigned.length })}</p>
            {outcome.conflicts.length ? <p>{t("bulkConflicts", { count: outcome.conflicts.length, srns: outcome.conflicts.join(", ") })}</p> : null}
            {outcome.skipped.length ? <p>{t("bulkSkipped", { count: outcome.skipped.length, srns: outcome.skipped.join(", ") })}</p> : null}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
