import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CUSTOMER_TYPES } from "@/lib/domain/roles";
import { LIFECYCLE_STAGES, customerQuery, parseCustomerParams } from "@/lib/schemas/customer-360";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { searchCustomers } from "@/server/dal/customer-360";
import { staffTitle } from "@/server/staff-metadata";
import { StageBadge } from "./_components/stage-badge";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("searchTitle", "customer:read", undefined, "customer360");
}

const FILTER_LABELS: Record<string, string> = { q: "search", type: "type", stage: "stage", after: "nextPage" };

/** 客户查询: by name, phone (full or last four), line number or SRN; type and stage in the address. */
export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/customers", "customer:read");
  const { filter, invalid } = parseCustomerParams(await searchParams);
  const [t, ta, tr, result] = await Promise.all([getTranslations("customer360"), getTranslations("admin"), getTranslations("request"), searchCustomers(actor, filter)]);
  const searched = !!(filter.q || filter.type || filter.stage);
  return (
    <div>
      <PageHeader title={t("searchTitle")} lead={t("searchLead")} />
      {invalid.length ? (
        <Alert tone="warning" className="mb-4">
          {t("invalidFilters", { names: invalid.map((n) => t(FILTER_LABELS[n] ?? "search")).join("、") })}
        </Alert>
      ) : null}
      {result.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}
      <form method="get" action="/admin/customers" role="search" aria-label={t("searchTitle")} className="mb-6 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end">
        <TextField label={t("search")} hint={t("searchHint")} name="q" defaultValue={filter.q ?? ""} maxLength={50} className="sm:col-span-2 lg:col-span-1" />
        <SelectField label={t("type")} name="type" defaultValue={filter.type ?? ""}>
          <option value="">{t("any")}</option>
          {CUSTOMER_TYPES.map((v) => (
            <option key={v} value={v}>
              {ta(`customerType.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("stage")} name="stage" defaultValue={filter.stage ?? ""}>
          <option value="">{t("any")}</option>
          {LIFECYCLE_STAGES.map((v) => (
            <option key={v} value={v}>
              {t(`stageName.${v}`)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("find")}</Button>
          {searched ? (
            <ButtonLink variant="secondary" href="/admin/customers">
              {t("clear")}
            </ButtonLink>
          ) : null}
        </div>
      </form>

      {result.items.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{searched ? t("noResults") : t("empty")}</p>
      ) : (
        <ul aria-label={t("results")} className="space-y-3">
          {result.items.map((c) => (
            <li key={c.id}>
              {/* Not prefetched: opening a customer is an audited read, and only a real visit should be one. */}
              <Link href={`/admin/customers/${c.id}`} prefetch={false} className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{c.name}</span>
                  <Badge>{ta(`customerType.${c.type}`)}</Badge>
                  <StageBadge stage={c.lifecycleStage} />
                </span>
                <span className="mt-1 block text-sm text-slate-700">
                  {c.phone} · {c.area || "—"} · {c.realNameVerified ? t("realNameYes") : t("realNameNo")}
                </span>
                {c.lines.length ? (
                  <span className="mt-1 block break-words text-sm text-slate-700">
                    {c.lines.map((l) => `${tr(`kind.${l.kind}`)} ${l.number}${l.status === "TERMINATED" ? ` (${t("lineTerminated")})` : ""}`).join("、")}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex gap-2">
        {filter.after ? (
          <ButtonLink variant="secondary" href={`/admin/customers${customerQuery({ ...filter, after: undefined })}`}>
            {t("firstPage")}
          </ButtonLink>
        ) : null}
        {result.next ? (
          <ButtonLink variant="secondary" href={`/admin/customers${customerQuery({ ...filter, after: result.next })}`}>
            {t("nextPage")}
          </ButtonLink>
        ) : null}
      </div>
    </div>
  );
}
