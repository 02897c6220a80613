import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { incidentCursorFrom } from "@/lib/schemas/incidents";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { KeysetPager } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listIncidents } from "@/server/dal/incident-reads";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { IncidentTable } from "./_components/incident-table";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "incident:read", undefined, "incidents");
}

// 故障公告: the active incidents first, then the restored ones by restore time in keyset pages.
export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/incidents", "incident:read");
  const after = incidentCursorFrom(await searchParams);
  const [t, result] = await Promise.all([getTranslations("incidents"), listIncidents(actor, after)]);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={can(actor, "incident:manage") ? <ButtonLink href="/admin/incidents/new">{t("newIncident")}</ButtonLink> : null} />
      {result.staleCursor ? <Alert className="mb-4">{t("staleCursor")}</Alert> : null}
      <section aria-labelledby="incidents-active" className="mb-8">
        <h2 id="incidents-active" className="mb-3 text-lg font-semibold text-slate-900">
          {t("active")}
        </h2>
        <IncidentTable label={t("active")} rows={result.active} empty={t("activeEmpty")} restored={false} />
      </section>
      <section aria-labelledby="incidents-restored">
        <h2 id="incidents-restored" className="mb-3 text-lg font-semibold text-slate-900">
          {t("restored")}
        </h2>
        <IncidentTable label={t("restored")} rows={result.restored} empty={t("restoredEmpty")} restored />
        <KeysetPager
          firstHref={after ? "/admin/incidents" : null}
          nextHref={result.next ? `/admin/incidents?after=${encodeURIComponent(result.next)}` : null}
          firstLabel={t("firstPage")}
          nextLabel={t("nextPage")}
        />
      </section>
    </div>
  );
}
