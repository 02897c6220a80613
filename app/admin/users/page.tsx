import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { parseStaffUserParams, staffUserQuery } from "@/lib/schemas/administration";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { DataTable, KeysetPager } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listStaffUsers, listTeamsForFilter } from "@/server/dal/staff-users";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("users.title", "user:manage", undefined, "administration");
}

const LABELS: Record<string, string> = { q: "filterQ", role: "filterRole", team: "filterTeam", status: "filterStatus", after: "nextPage" };

// Staff accounts: search, filters in the address, keyset pages.
export default async function StaffUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/users", "user:manage");
  const { search, invalid } = parseStaffUserParams(await searchParams);
  const [t, tr, format, locale, result, teams] = await Promise.all([
    getTranslations("administration.users"),
    getTranslations("administration.role"),
    getFormatter(),
    getLocale(),
    listStaffUsers(actor, search),
    listTeamsForFilter(actor),
  ]);
  const teamName = (team: { name: string; nameEn: string }) => (locale === "en" ? team.nameEn : team.name);
  return (
    <div>
      <Link href="/admin/settings" className="text-sm text-brand-700 underline">
        ← {t("backToAdmin")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} lead={t("lead")} actions={<ButtonLink href="/admin/users/new">{t("new")}</ButtonLink>} />
      </div>
      {invalid.length ? (
        <Alert tone="warning" className="mb-4">
          {t("invalidFilters", { names: invalid.map((n) => t(LABELS[n] as "filterQ")).join("、") })}
        </Alert>
      ) : null}
      {result.staleCursor ? (
        <Alert tone="warning" className="mb-4">
          {t("staleCursor")}
        </Alert>
      ) : null}
      <form method="get" action="/admin/users" role="search" aria-label={t("filters")} className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t("filterQ")} hint={t("filterQHint")} name="q" defaultValue={search.q ?? ""} maxLength={60} />
        <SelectField label={t("filterRole")} name="role" defaultValue={search.role ?? ""}>
          <option value="">{t("any")}</option>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("filterTeam")} name="team" defaultValue={search.team ?? ""}>
          <option value="">{t("any")}</option>
          <option value="none">{t("noTeam")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {teamName(team)}
              {team.active ? "" : ` ${t("teamInactive")}`}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("filterStatus")} name="status" defaultValue={search.status ?? ""}>
          <option value="">{t("any")}</option>
          <option value="active">{t("statusActive")}</option>
          <option value="disabled">{t("statusDisabled")}</option>
        </SelectField>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("apply")}</Button>
          <ButtonLink variant="secondary" href="/admin/users">
            {t("clear")}
          </ButtonLink>
        </div>
      </form>
      <DataTable
        label={t("title")}
        empty={result.items.length === 0 ? t("empty") : undefined}
        columns={[
          { key: "c0", label: t("colName") },
          { key: "c1", label: t("colRole") },
          { key: "c2", label: t("colTeam") },
          { key: "c3", label: t("colStatus") },
          { key: "c4", label: t("colLastLogin") },
        ]}
      >
        {result.items.map((u) => (
          <tr key={u.id} className="align-top">
            <td className="min-w-48 px-4 py-3">
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {u.displayName}
              </Link>
              <div className="break-all text-slate-700">{u.email}</div>
            </td>
            <td className="whitespace-nowrap px-4 py-3">{tr(u.role as "AGENT")}</td>
            <td className="px-4 py-3">{u.team ? teamName(u.team) : t("noTeam")}</td>
            <td className="px-4 py-3">
              <Badge tone={u.disabled ? "danger" : "success"}>{u.disabled ? t("statusDisabled") : t("statusActive")}</Badge>
            </td>
            <td className="whitespace-nowrap px-4 py-3">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
          </tr>
        ))}
      </DataTable>
      <KeysetPager
        firstHref={search.after ? `/admin/users${staffUserQuery(search)}` : null}
        nextHref={result.next ? `/admin/users${staffUserQuery({ ...search, after: result.next }, true)}` : null}
        firstLabel={t("firstPage")}
        nextLabel={t("nextPage")}
      />
    </div>
  );
}
