import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { IMPROVEMENT_STATUSES } from "@/lib/domain/improvements";
import { METRIC_KEYS } from "@/lib/domain/metrics";
import { SelectField } from "@/components/forms/field";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { IMPROVEMENT_LIST_LIMIT, improvementFiltersFrom, improvementOwners, listImprovements } from "@/server/dal/improvement-reads";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { ImprovementStatusBadge, MetricValueText, ScopeText } from "./_components/bits";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "improvement:read", undefined, "improvements");
}

// 服务改进项目库: every project with its stage, owner and metric (baseline → latest), filtered by
// stage, owner and metric; the most recently changed first.
export default async function ImprovementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/improvements", "improvement:read");
  const filters = improvementFiltersFrom(await searchParams);
  const [t, format, owners, result] = await Promise.all([getTranslations("improvements"), getFormatter(), improvementOwners(actor), listImprovements(actor, filters)]);
  const filtered = !!(filters.status || filters.owner || filters.metric);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={can(actor, "improvement:manage") ? <ButtonLink href="/admin/improvements/new">{t("newProject")}</ButtonLink> : null} />
      <form method="get" action="/admin/improvements" className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        <SelectField label={t("filter.status")} name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("filter.any")}</option>
          {IMPROVEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("filter.owner")} name="owner" defaultValue={filters.owner ?? ""}>
          <option value="">{t("filter.any")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("filter.metric")} name="metric" defaultValue={filters.metric ?? ""}>
          <option value="">{t("filter.any")}</option>
          {METRIC_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`metric.${k}.name`)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <Button type="submit">{t("filter.apply")}</Button>
          {filtered ? (
            <ButtonLink variant="secondary" href="/admin/improvements">
              {t("filter.clear")}
            </ButtonLink>
          ) : null}
        </div>
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {result.total > IMPROVEMENT_LIST_LIMIT ? t("countLimited", { count: result.total, limit: IMPROVEMENT_LIST_LIMIT }) : t("count", { count: result.total })}
      </p>
      <DataTable
        label={t("title")}
        empty={result.rows.length === 0 ? (filtered ? t("emptyFiltered") : t("empty")) : undefined}
        columns={[
          { key: "project", label: t("col.project") },
          { key: "status", label: t("col.status") },
          { key: "owner", label: t("col.owner") },
          { key: "metric", label: t("col.metric") },
          { key: "values", label: t("col.values") },
          { key: "updated", label: t("col.updated") },
        ]}
      >
        {result.rows.map((r) => (
          <tr key={r.id} className="align-top">
            <td className="min-w-56 px-4 py-3">
              <Link href={`/admin/improvements/${r.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {r.title}
              </Link>
              <div className="font-mono text-xs text-slate-700">{r.code}</div>
            </td>
            <td className="whitespace-nowrap px-4 py-3">
              <ImprovementStatusBadge status={r.status} />
              {r.openActions ? <div className="mt-1 text-xs text-slate-700">{t("openActions", { count: r.openActions })}</div> : null}
            </td>
            <td className="whitespace-nowrap px-4 py-3">{r.owner.displayName}</td>
            <td className="min-w-40 px-4 py-3">
              <div>{t(`metric.${r.metricKey}.name`)}</div>
              <div className="text-xs text-slate-700">
                <ScopeText scope={r.metricScope} />
              </div>
            </td>
            {/* relative: the visually hidden words stay inside the table's scrolling region. */}
            <td className="relative whitespace-nowrap px-4 py-3">
              <span className="sr-only">{t("col.baseline")} </span>
              <MetricValueText metric={r.metricKey} value={r.baselineValue} />
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> {t("col.latest")} </span>
              {r.checkAt ? <MetricValueText metric={r.metricKey} value={r.checkValue} /> : <span className="text-slate-700">{t("notChecked")}</span>}
              {r.targetValue != null ? (
                <div className="text-xs text-slate-700">
                  {t("targetShort")} <MetricValueText metric={r.metricKey} value={r.targetValue} />
                </div>
              ) : null}
            </td>
            <td className="whitespace-nowrap px-4 py-3">{format.dateTime(r.updatedAt, "short")}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
