import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { REMEDY_STATUSES } from "@/lib/domain/remedies";
import { remedyFiltersFrom, remedyQuery } from "@/lib/schemas/remedies";
import { SelectField } from "@/components/forms/field";
import { moneyFormatter } from "@/components/plans/money";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable, KeysetPager } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listRemedies, type RemedyRow } from "@/server/dal/remedies";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { RemedyDecision } from "./_components/remedy-decision";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "remedy:read", undefined, "remedies");
}

const TONE = { PROPOSED: "warning", APPROVED: "success", REJECTED: "neutral" } as const;

// 补偿: the proposals waiting for a decision, oldest first; decided ones by status, newest first.
export default async function RemediesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/remedies", "remedy:read");
  const filters = remedyFiltersFrom(await searchParams);
  const [t, format, locale, result] = await Promise.all([getTranslations("remedies"), getFormatter(), getLocale(), listRemedies(actor, filters)]);
  const money = moneyFormatter(format);
  const mayDecide = can(actor, "remedy:decide");
  const en = locale === "en";
  const decided = (r: RemedyRow) =>
    r.decidedAt ? t("decidedBy", { name: r.decidedBy?.displayName ?? "", time: format.dateTime(r.decidedAt, "short"), status: t(`status.${r.status}`) }) : null;
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={can(actor, "remedy:rules") ? <ButtonLink variant="secondary" href="/admin/remedies/rules">{t("rulesLink")}</ButtonLink> : null} />
      {!mayDecide ? (
        <Alert tone="info" className="mb-4">
          {t("readOnly")}
        </Alert>
      ) : null}
      {result.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}
      <form method="get" action="/admin/remedies" role="search" aria-label={t("filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <SelectField label={t("statusFilter")} name="status" defaultValue={filters.status} className="min-w-48">
          {REMEDY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      <DataTable
        label={t("listLabel")}
        empty={result.items.length === 0 ? t("empty") : undefined}
        columns={[
          { key: "customer", label: t("col.customer") },
          { key: "broke", label: t("col.broke") },
          { key: "rule", label: t("col.rule") },
          { key: "amount", label: t("col.amount") },
          { key: "decision", label: t("col.decision") },
        ]}
      >
        {result.items.map((r) => (
          <tr key={r.id} className="align-top">
            <td className="min-w-36 px-4 py-3">
              <div className="font-medium text-slate-900">{r.customer.name}</div>
              <div className="text-slate-700">{r.customer.phone}</div>
              {r.line ? <div className="text-slate-700">{t("lineLabel", { number: r.line.number })}</div> : null}
            </td>
            <td className="min-w-56 px-4 py-3">
              {r.request ? (
                <Link href={`/admin/requests/${r.request.srn}`} className="break-all font-medium text-brand-700 underline">
                  {r.request.srn}
                </Link>
              ) : r.incident ? (
                <span className="font-medium text-slate-900">{t("incidentCode", { code: r.incident.code })}</span>
              ) : null}
              <div className="text-slate-800">{en ? r.reasonEn : r.reason}</div>
              <div className="text-xs text-slate-600">{t("proposedAt", { time: format.dateTime(r.createdAt, "short") })}</div>
            </td>
            <td className="min-w-40 px-4 py-3">
              <div>{en ? r.rule.titleEn : r.rule.title}</div>
              <div className="text-xs text-slate-600">{t(`kind.${r.kind}`)}</div>
            </td>
            <td className="whitespace-nowrap px-4 py-3 font-medium">{money(r.amountFen)}</td>
            <td className="px-4 py-3">
              {r.status === "PROPOSED" && mayDecide ? (
                <RemedyDecision remedyId={r.id} version={r.version} />
              ) : (
                <div className="space-y-1">
                  <Badge tone={TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                  {decided(r) ? <div className="text-xs text-slate-700">{decided(r)}</div> : null}
                  {r.billMonth ? <div className="text-xs text-slate-700">{t("billMonth", { month: r.billMonth })}</div> : null}
                  {r.decisionNote ? <div className="break-words text-xs text-slate-700">{t("note", { note: r.decisionNote })}</div> : null}
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <KeysetPager
        firstHref={filters.after ? `/admin/remedies${remedyQuery({ ...filters, after: null })}` : null}
        nextHref={result.next ? `/admin/remedies${remedyQuery({ ...filters, after: result.next })}` : null}
        firstLabel={t("firstPage")}
        nextLabel={t("nextPage")}
      />
    </div>
  );
}
