import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/domain/roles";
import { DUE_WITHIN_CHOICES, parseQueueParams, queueQuery, QUEUE_VIEWS, type QueueFilter } from "@/lib/schemas/queue";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, Button } from "@/components/ui/button";
import { DataTable, KeysetPager } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { RequestTitle } from "@/components/requests/request-title";
import { NextDeadline } from "@/components/requests/sla-clock";
import { requireStaff } from "@/server/actor";
import { can } from "@/server/policy";
import { listQueue, queueOptions } from "@/server/dal/queue";
import { staffTitle } from "@/server/staff-metadata";
import { BulkAssign } from "./_components/bulk-assign";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("queueTitle", "queue:read");
}

const VIEW_LABELS = { pending: "tabPending", active: "tabActive", open: "tabOpen", all: "tabAllStatuses" } as const;
const SORT_LABELS = { due: "sortDue", newest: "sortNewest", oldest: "sortOldest", level: "sortLevel" } as const;
const FILTER_LABELS: Record<string, string> = {
  view: "filters",
  status: "filterStatus",
  type: "filterType",
  level: "filterLevel",
  team: "filterTeam",
  owner: "filterOwner",
  area: "filterArea",
  due: "filterDue",
  breached: "breachedOnly",
  from: "filterFrom",
  to: "filterTo",
  q: "filterSearch",
  sort: "sort",
  after: "nextPage",
};
const BULK_FORM = "bulk-assign";

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/queue", "queue:read");
  const { filter, invalid } = parseQueueParams(await searchParams);
  const [t, tr, locale, queue, options] = await Promise.all([
    getTranslations("admin"),
    getTranslations("request"),
    getLocale(),
    listQueue(actor, filter),
    queueOptions(actor),
  ]);
  const en = locale === "en";
  const now = new Date();
  const canAssign = can(actor, "request:assign");
  const href = (changes: Partial<QueueFilter>) => `/admin/queue${queueQuery(filter, { ...changes, after: undefined })}`;
  const filtered = queueQuery(filter) !== "" && queueQuery(filter) !== `?view=${filter.view}`;

  return (
    <div>
      <PageHeader title={t("queueTitle")} lead={t("queueLead")} />
      <nav aria-label={t("queueTitle")} className="mb-4 flex flex-wrap gap-2">
        {QUEUE_VIEWS.map((v) => (
          <Link
            key={v}
            href={href({ view: v, status: undefined })}
            aria-current={v === filter.view ? "page" : undefined}
            className="rounded-full px-4 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
          >
            {t(VIEW_LABELS[v])}
          </Link>
        ))}
      </nav>

      {invalid.length ? (
        <Alert tone="warning" className="mb-4">
          {t("invalidFilters", { names: invalid.map((n) => t(FILTER_LABELS[n] ?? "filters")).join("、") })}
        </Alert>
      ) : null}
      {queue.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}

      <details className="group mb-4 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" open={filtered || undefined}>
        <summary className="cursor-pointer px-4 py-3 font-semibold">{t("filters")}</summary>
        <form method="get" action="/admin/queue" className="grid gap-3 border-t border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4">
          <input type="hidden" name="view" value={filter.view} />
          <TextField label={t("filterSearch")} hint={t("filterSearchHint")} name="q" defaultValue={filter.q ?? ""} maxLength={50} className="sm:col-span-2" />
          <SelectField label={t("filterType")} name="type" defaultValue={filter.type ?? ""}>
            <option value="">{t("any")}</option>
            {REQUEST_TYPES.map((v) => (
              <option key={v} value={v}>
                {tr(`type.${v}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("filterStatus")} name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("any")}</option>
            {REQUEST_STATUSES.map((v) => (
              <option key={v} value={v}>
                {tr(`status.${v}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("filterLevel")} name="level" defaultValue={filter.level ? String(filter.level) : ""}>
            <option value="">{t("any")}</option>
            {([1, 2, 3] as const).map((v) => (
              <option key={v} value={v}>
                {tr(`level.${v}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("filterTeam")} name="team" defaultValue={filter.team ?? ""}>
            <option value="">{t("any")}</option>
            <option value="none">{t("noTeam")}</option>
            {options.teams.map((team) => (
              <option key={team.code} value={team.code}>
                {en ? team.nameEn : team.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("filterOwner")} name="owner" defaultValue={filter.owner ?? ""}>
            <option value="">{t("any")}</option>
            <option value="me">{t("ownerMe")}</option>
            <option value="none">{t("ownerNone")}</option>
            {options.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </SelectField>
          <TextField label={t("filterArea")} name="area" defaultValue={filter.area ?? ""} maxLength={40} />
          <SelectField label={t("filterDue")} name="due" defaultValue={filter.dueWithinHours ? String(filter.dueWithinHours) : ""}>
            <option value="">{t("any")}</option>
            {[...new Set([...DUE_WITHIN_CHOICES, ...(filter.dueWithinHours ? [filter.dueWithinHours] : [])])].map((h) => (
              <option key={h} value={h}>
                {t("dueWithin", { hours: h })}
              </option>
            ))}
          </SelectField>
          <TextField label={t("filterFrom")} name="from" type="date" defaultValue={filter.from ?? ""} />
          <TextField label={t("filterTo")} name="to" type="date" defaultValue={filter.to ?? ""} />
          <SelectField label={t("sort")} name="sort" defaultValue={filter.sort}>
            {(Object.keys(SORT_LABELS) as Array<keyof typeof SORT_LABELS>).map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </SelectField>
          <label className="flex min-h-11 items-center gap-2 self-end text-sm">
            <input type="checkbox" name="breached" value="1" defaultChecked={filter.breached} className="size-4" />
            {t("breachedOnly")}
          </label>
          <div className="flex flex-wrap gap-2 self-end sm:col-span-2 lg:col-span-4">
            <Button type="submit">{t("applyFilters")}</Button>
            <ButtonLink variant="secondary" href={`/admin/queue${filter.view === "pending" ? "" : `?view=${filter.view}`}`}>
              {t("clearFilters")}
            </ButtonLink>
          </div>
        </form>
      </details>

      {canAssign && queue.items.length ? (
        <BulkAssign
          formId={BULK_FORM}
          owners={options.staff.map((s) => ({ value: s.id, label: s.displayName }))}
          teams={options.teams.map((team) => ({ value: team.code, label: en ? team.nameEn : team.name }))}
        />
      ) : null}

      <DataTable
        label={t("queueTitle")}
        empty={queue.items.length === 0 ? t("queueEmpty") : undefined}
        columns={[
          ...(canAssign ? [{ key: "pick", label: t("select"), srOnly: true, className: "px-3 py-3 font-medium" }] : []),
          { key: "srn", label: tr("srn") },
          { key: "subject", label: tr("subject") },
          { key: "customer", label: t("colCustomer") },
          { key: "level", label: t("colLevel") },
          { key: "owner", label: t("colOwner") },
          { key: "deadline", label: t("colDeadline") },
        ]}
      >
        {queue.items.map((r) => (
          <tr key={r.srn} className="align-top">
            {canAssign ? (
              <td className="px-3 py-3">
                <input type="checkbox" name="pick" value={`${r.srn}:${r.version}`} form={BULK_FORM} aria-label={t("selectRow", { srn: r.srn })} className="size-5" />
              </td>
            ) : null}
            <td className="px-4 py-3">
              <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                {r.srn}
              </Link>
              <div className="mt-1">
                <StatusBadge status={r.status} />
              </div>
            </td>
            <td className="px-4 py-3">
              <div>{tr(`type.${r.type}`)}</div>
              <div className="text-slate-700">
                <RequestTitle type={r.type} title={r.title} />
              </div>
            </td>
            <td className="px-4 py-3">
              <div>{r.customer.name}</div>
              <div className="text-slate-700">
                {t(`customerType.${r.customer.type}`)} · {r.customer.phone}
              </div>
              <div className="text-slate-700">{r.customer.area}</div>
            </td>
            <td className="px-4 py-3">{tr(`level.${r.level}` as "level.1")}</td>
            <td className="px-4 py-3">
              <div>{r.owner?.displayName ?? tr("noHandler")}</div>
              {r.team ? <div className="text-slate-700">{en ? r.team.nameEn : r.team.name}</div> : null}
            </td>
            <td className="px-4 py-3">
              <NextDeadline request={r} now={now} />
            </td>
          </tr>
        ))}
      </DataTable>
      <KeysetPager
        firstHref={filter.after ? href({}) : null}
        nextHref={queue.next ? `/admin/queue${queueQuery({ ...filter, after: queue.next }, {}, true)}` : null}
        firstLabel={t("firstPage")}
        nextLabel={t("nextPage")}
      />
    </div>
  );
}
