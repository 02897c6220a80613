import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { normalizeIncidentCode } from "@/lib/domain/incidents";
import { toCstLocal } from "@/lib/domain/time";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { requireStaff } from "@/server/actor";
import { getIncident } from "@/server/dal/incident-reads";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { IncidentFacts, IncidentLinked, IncidentPlaybook, IncidentUpdates } from "../_components/incident-sections";
import { RestoreForm } from "../_components/restore-form";
import { UpdateForm } from "../_components/update-form";
import { postIncidentUpdateAction, restoreIncidentAction } from "../actions";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ declared?: string }> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "incident:read", undefined, "incidents");
}

// One incident: facts, linked fault reports, the playbook, the public updates, and (incident:manage,
// while ACTIVE) the forms to post an update or a new ETA and to restore it.
export default async function IncidentPage({ params, searchParams }: Props) {
  const { code: raw } = await params;
  const actor = await requireStaff(`/admin/incidents/${encodeURIComponent(raw)}`, "incident:read");
  const code = normalizeIncidentCode(raw);
  const [t, locale, incident, { declared }] = await Promise.all([
    getTranslations("incidents"),
    getLocale(),
    // A malformed or unknown code is the same 404 as one that does not exist.
    code ? getIncident(actor, code).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null,
    searchParams,
  ]);
  if (!incident) notFound();
  const canManage = can(actor, "incident:manage");
  const active = incident.status === "ACTIVE";
  return (
    <div className="mx-auto max-w-5xl">
      <Link href="/admin/incidents" className="text-sm text-brand-700 underline">
        ← {t("detail.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={locale === "en" && incident.titleEn ? incident.titleEn : incident.title} lead={<span className="font-mono">{incident.code}</span>} />
      </div>
      {declared && active ? <Alert tone="success" className="mb-4">{t("detail.declared")}</Alert> : null}
      {!active ? <Alert className="mb-4">{t("detail.closed")}</Alert> : !canManage ? <Alert className="mb-4">{t("detail.readOnly")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <IncidentFacts incident={incident} />
          <IncidentUpdates incident={incident} />
          <IncidentLinked incident={incident} />
        </div>
        <div className="min-w-0 space-y-6">
          <IncidentPlaybook incident={incident} canManage={canManage} />
          {canManage && active ? (
            <>
              <Card title={t("detail.postUpdate")} titleId="incident-post">
                <UpdateForm code={incident.code} version={incident.version} action={postIncidentUpdateAction} />
              </Card>
              <Card title={t("detail.restore")} titleId="incident-restore">
                <p className="mb-3 text-sm text-slate-700">{t("detail.restoreLead")}</p>
                <RestoreForm code={incident.code} version={incident.version} now={toCstLocal(new Date())} action={restoreIncidentAction} />
              </Card>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
