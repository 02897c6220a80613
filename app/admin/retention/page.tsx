import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CHURN_BANDS, offerParts } from "@/lib/domain/churn";
import { CUSTOMER_TYPES } from "@/lib/domain/roles";
import { retentionFiltersFrom, retentionQuery, todayKey } from "@/lib/schemas/churn";
import { SelectField, TextField } from "@/components/forms/field";
import { ReasonChips, RiskBadge } from "@/components/churn/risk";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable, KeysetPager } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listChurnRisks } from "@/server/dal/churn";
import { listWinBackAssignees } from "@/server/dal/winback";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { CreateWinBack } from "./_components/create-win-back";
import { RescoreAllButton, RescoreButton } from "./_components/rescore-button";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "churn:read", undefined, "retention");
}

// 客户挽留: customers by churn risk, highest first, with the reasons; a win-back task per customer.
export default async function RetentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/retention", "churn:read");
  const filters = retentionFiltersFrom(await searchParams);
  const [t, ta, format, result, assignees] = await Promise.all([getTranslations("retention"), getTranslations("admin"), getFormatter(), listChurnRisks(actor, filters), listWinBackAssignees(actor)]);
  const may = { score: can(actor, "churn:score"), winBack: can(actor, "winback:manage"), view: can(actor, "customer:read") };
  const today = todayKey();
  return (
    <div>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            {may.winBack ? (
              <ButtonLink variant="secondary" href="/admin/retention/tasks">
                {t("tasksLink")}
              </ButtonLink>
            ) : null}
            {may.score ? <RescoreAllButton /> : null}
          </>
        }
      />
      <p className="mb-4 text-sm text-slate-700">{t("modelNote")}</p>
      {result.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}
      <form method="get" action="/admin/retention" role="search" aria-label={t("filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <SelectField label={t("bandFilter")} name="band" defaultValue={filters.band ?? ""} className="min-w-36">
          <option value="">{t("anyBand")}</option>
          {CHURN_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`band.${b}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("areaFilter")} name="area" defaultValue={filters.area} maxLength={40} className="min-w-40" />
        <SelectField label={t("typeFilter")} name="type" defaultValue={filters.type ?? ""} className="min-w-36">
          <option value="">{t("anyType")}</option>
          {CUSTOMER_TYPES.map((c) => (
            <option key={c} value={c}>
              {ta(`customerType.${c}`)}
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
          { key: "risk", label: t("col.risk") },
          { key: "reasons", label: t("col.reasons") },
          { key: "task", label: t("col.task") },
        ]}
      >
        {result.items.map((r) => {
          const label = `${r.customer.name} ${r.customer.phone}`;
          const offer = r.openTask ? offerParts(r.openTask.offer) : null;
          return (
            <tr key={r.customerId} className="align-top">
              <td className="min-w-36 px-4 py-3">
                {may.view ? (
                  <Link href={`/admin/customers/${r.customerId}`} className="font-medium text-brand-700 underline">
                    {r.customer.name}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{r.customer.name}</span>
                )}
                <div className="text-slate-700">{r.customer.phone}</div>
                <div className="text-xs text-slate-600">
                  {ta(`customerType.${r.customer.type}`)}
                  {r.customer.area ? ` · ${r.customer.area}` : ""}
                </div>
              </td>
              <td className="min-w-32 space-y-2 px-4 py-3">
                <RiskBadge band={r.band} score={r.score} />
                <div className="text-xs text-slate-600">{t("computedAt", { time: format.dateTime(r.computedAt, "short") })}</div>
                {may.score ? <RescoreButton customerId={r.customerId} label={t("rescoreFor", { customer: label })} /> : null}
              </td>
              <td className="min-w-56 px-4 py-3">
                <ReasonChips reasons={r.reasons} />
              </td>
              <td className="min-w-56 px-4 py-3">
                {r.openTask && offer ? (
                  <div className="space-y-1">
                    <div className="font-medium text-slate-900">
                      {t(`offer.${offer.offer}`)}
                      {offer.detail ? `：${offer.detail}` : ""}
                    </div>
                    <div className="text-xs text-slate-700">{t("taskDue", { name: r.openTask.assignee?.displayName ?? t("unassigned"), time: format.dateTime(r.openTask.dueAt, "short") })}</div>
                    <div className="text-xs text-slate-700">{t("attempts", { count: r.openTask.attempts })}</div>
                  </div>
                ) : may.winBack ? (
                  <CreateWinBack customerId={r.customerId} customerLabel={label} assignees={assignees} me={actor.userId} today={today} />
                ) : (
                  <span className="text-slate-600">{t("noTask")}</span>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <KeysetPager
        firstHref={filters.after ? `/admin/retention${retentionQuery({ ...filters, after: null })}` : null}
        nextHref={result.next ? `/admin/retention${retentionQuery({ ...filters, after: result.next })}` : null}
        firstLabel={t("firstPage")}
        nextLabel={t("nextPage")}
      />
    </div>
  );
}
