import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OUTCOME_STATUSES } from "@/lib/domain/outcomes";
import { outcomeStatusFrom } from "@/lib/schemas/outcomes";
import { SelectField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listOutcomePagesForStaff } from "@/server/dal/outcomes";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { STATUS_TONE } from "./_components/status-tone";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("admin.title", "admin:access", undefined, "outcomes");
}

// Staff: every outcome page, or those of one status (?status=), the most recently changed first.
export default async function OutcomesAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/outcomes");
  const status = outcomeStatusFrom((await searchParams).status);
  const [t, format, locale, pages] = await Promise.all([getTranslations("outcomes"), getFormatter(), getLocale(), listOutcomePagesForStaff(actor, status)]);
  const canEdit = can(actor, "outcome:edit");
  return (
    <div>
      <PageHeader title={t("admin.title")} lead={t("admin.lead")} actions={canEdit ? <ButtonLink href="/admin/outcomes/new">{t("admin.newPage")}</ButtonLink> : null} />
      {canEdit || can(actor, "outcome:publish") ? null : <Alert className="mb-4">{t("admin.readOnly")}</Alert>}
      <form method="get" action="/admin/outcomes" role="search" aria-label={t("admin.filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <SelectField label={t("admin.statusFilter")} name="status" defaultValue={status ?? ""} className="min-w-48">
          <option value="">{t("admin.allStatuses")}</option>
          {OUTCOME_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t("admin.apply")}
        </Button>
      </form>
      <DataTable
        label={t("admin.listLabel")}
        empty={pages.length === 0 ? t("admin.empty") : undefined}
        columns={[
          { key: "title", label: t("admin.colTitle") },
          { key: "status", label: t("admin.colStatus") },
          { key: "project", label: t("admin.colProject") },
          { key: "updated", label: t("admin.colUpdated") },
        ]}
      >
        {pages.map((p) => {
          const title = locale === "en" && p.titleEn ? p.titleEn : p.title;
          return (
            <tr key={p.id} className="align-top">
              <td className="min-w-56 px-4 py-3">
                <Link href={`/admin/outcomes/${p.id}`} className="break-words font-medium text-brand-700 underline-offset-2 hover:underline">
                  {title}
                </Link>
                <div className="break-all font-mono text-xs text-slate-600">/outcomes/{p.slug}</div>
                {p.status === "PUBLISHED" ? (
                  <Link href={`/outcomes/${p.slug}`} className="text-xs font-medium text-brand-700 underline" aria-label={t("admin.viewPublicLabel", { title })}>
                    {t("admin.viewPublic")}
                  </Link>
                ) : null}
              </td>
              <td className="px-4 py-3">
                <Badge tone={STATUS_TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
              </td>
              <td className="whitespace-nowrap px-4 py-3 font-mono text-xs">{p.project?.code ?? t("admin.noProject")}</td>
              <td className="min-w-40 px-4 py-3 text-slate-700">
                <div>{format.dateTime(p.updatedAt, "short")}</div>
                <div className="text-xs">
                  {p.author.displayName} · {t("admin.version", { version: p.version })}
                </div>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
