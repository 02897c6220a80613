import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { getStaffUser, listAssignableTeams } from "@/server/dal/staff-users";
import { staffTitle } from "@/server/staff-metadata";
import { ManageUser } from "../_components/manage-user";
import { resetStaffPasswordAction, setStaffUserDisabledAction, updateStaffUserAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("users.detailTitle", "user:manage", undefined, "administration");
}

// One staff account: its role and team, disable/enable, a password reset.
export default async function StaffUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/users/${id}`, "user:manage");
  const [t, tr, format, locale, user, teams] = await Promise.all([
    getTranslations("administration.users"),
    getTranslations("administration.role"),
    getFormatter(),
    getLocale(),
    getStaffUser(actor, id),
    listAssignableTeams(actor),
  ]);
  const teamLabel = (team: { name: string; nameEn: string }) => (locale === "en" ? team.nameEn : team.name);
  // A retired team the user is still in stays selectable for them (they need not leave it to change role).
  const options = teams.map((team) => ({ id: team.id, label: teamLabel(team) }));
  if (user.team && !teams.some((team) => team.id === user.team!.id)) options.push({ id: user.team.id, label: `${teamLabel(user.team)} ${t("teamInactive")}` });
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/users" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={user.displayName} lead={user.email ?? undefined} />
      </div>
      <dl className="mb-6 grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-slate-900">{t("colRole")}</dt>
          <dd>{tr(user.role)}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-slate-900">{t("colTeam")}</dt>
          <dd>{user.team ? teamLabel(user.team) : t("noTeam")}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-slate-900">{t("colStatus")}</dt>
          <dd>
            <Badge tone={user.disabled ? "danger" : "success"}>{user.disabled ? t("statusDisabled") : t("statusActive")}</Badge>
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-slate-900">{t("colLastLogin")}</dt>
          <dd>{user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-slate-900">{t("createdAt")}</dt>
          <dd>{format.dateTime(user.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        </div>
      </dl>
      <ManageUser
        user={{ id: user.id, displayName: user.displayName, role: user.role, teamId: user.team?.id ?? null, disabled: user.disabled, updatedAt: user.updatedAt }}
        self={user.id === actor.userId}
        teams={options}
        updateAction={updateStaffUserAction}
        setDisabledAction={setStaffUserDisabledAction}
        resetAction={resetStaffPasswordAction}
      />
    </div>
  );
}
