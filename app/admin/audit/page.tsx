import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { auditQuery, parseAuditParams } from "@/lib/schemas/audit-search";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable, KeysetPager } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { searchAuditLog } from "@/server/dal/audit-log";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("auditTitle", "audit:read");
}

const LABELS: Record<string, string> = { actor: "auditActor", action: "auditAction", targetType: "auditTargetType", target: "auditTarget", from: "filterFrom", to: "filterTo", after: "nextPage" };

/** The summary's fields as "key: value" pairs (it holds ids, SRNs and states, never secrets). */
function summaryText(summary: unknown): string {
  if (!summary || typeof summary !== "object" || Array.isArray(summary)) return "";
  return Object.entries(summary)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/audit", "audit:read");
  const { search, invalid } = parseAuditParams(await searchParams);
  const [t, format, result] = await Promise.all([getTranslations("admin"), getFormatter(), searchAuditLog(actor, search)]);
  return (
    <div>
      <PageHeader title={t("auditTitle")} lead={t("auditLead")} />
      {invalid.length ? (
        <Alert tone="warning" className="mb-4">
          {t("invalidFilters", { names: invalid.map((n) => t(LABELS[n] ?? "filters")).join("、") })}
        </Alert>
      ) : null}
      {result.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}
      <form method="get" action="/admin/audit" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3">
        <TextField label={t("auditActor")} hint={t("auditActorHint")} name="actor" defaultValue={search.actor ?? ""} maxLength={60} />
        <TextField label={t("auditAction")} hint={t("auditActionHint")} name="action" defaultValue={search.action ?? ""} maxLength={60} />
        <TextField label={t("auditTargetType")} hint={t("auditTargetTypeHint")} name="targetType" defaultValue={search.targetType ?? ""} maxLength={40} />
        <TextField label={t("auditTarget")} hint={t("auditTargetHint")} name="target" defaultValue={search.target ?? ""} maxLength={40} />
        <TextField label={t("filterFrom")} type="date" name="from" defaultValue={search.from ?? ""} />
        <TextField label={t("filterTo")} type="date" name="to" defaultValue={search.to ?? ""} />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
          <Button type="submit">{t("auditSearch")}</Button>
          <ButtonLink variant="secondary" href="/admin/audit">
            {t("clearFilters")}
          </ButtonLink>
        </div>
      </form>
      <DataTable
        label={t("auditTitle")}
        empty={result.items.length === 0 ? t("auditEmpty") : undefined}
        columns={[
          { key: "time", label: t("auditTime") },
          { key: "actor", label: t("auditActor") },
          { key: "action", label: t("auditAction") },
          { key: "target", label: t("auditTarget") },
          { key: "details", label: t("auditDetails") },
        ]}
      >
        {result.items.map((row) => (
          <tr key={row.id} className="align-top">
            <td className="whitespace-nowrap px-4 py-3">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td className="px-4 py-3">
              <div>{row.actor?.displayName ?? t("auditSystem")}</div>
              <div className="text-slate-700">{[row.actorRole, row.actor?.email].filter(Boolean).join(" · ")}</div>
            </td>
            <td className="px-4 py-3 font-mono">{row.action}</td>
            <td className="px-4 py-3">
              <div>{row.targetType}</div>
              <div className="break-all font-mono text-xs text-slate-700">{row.targetId ?? "—"}</div>
            </td>
            <td className="px-4 py-3">
              <div className="break-all">{summaryText(row.summary)}</div>
              <div className="text-xs text-slate-700">{[row.ip, row.requestId].filter(Boolean).join(" · ")}</div>
            </td>
          </tr>
        ))}
      </DataTable>
      <KeysetPager
        firstHref={search.after ? `/admin/audit${auditQuery(search)}` : null}
        nextHref={result.next ? `/admin/audit${auditQuery({ ...search, after: result.next }, true)}` : null}
        firstLabel={t("firstPage")}
        nextLabel={t("nextPage")}
      />
    </div>
  );
}
