import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listTeamsForAdmin } from "@/server/dal/admin-teams";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { TeamForm } from "./_components/team-form";
import { createTeamAction, updateTeamAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("teams.title", "team:manage", undefined, "administration");
}

// Teams: code, names, the request types each takes, active or retired, and the members.
export default async function TeamsPage() {
  const actor = await requireStaff("/admin/teams", "team:manage");
  const [t, tt, tr, locale, teams] = await Promise.all([
    getTranslations("administration.teams"),
    getTranslations("request.type"),
    getTranslations("administration.role"),
    getLocale(),
    listTeamsForAdmin(actor),
  ]);
  const canManageUsers = can(actor, "user:manage");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/settings" className="text-sm text-brand-700 underline">
        ← {t("backToAdmin")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} lead={t("lead")} />
      </div>
      {teams.length ? (
        <ul className="mb-6 space-y-3" aria-label={t("title")}>
          {teams.map((team) => {
            const name = locale === "en" ? team.nameEn : team.name;
            return (
              <li key={team.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <h2 className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-semibold text-slate-900">
                    {team.name} · {team.nameEn}
                  </span>
                  <span className="font-mono text-sm text-slate-700">{team.code}</span>
                  <Badge tone={team.active ? "success" : "neutral"}>{team.active ? t("statusActive") : t("statusInactive")}</Badge>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {t("handlesShort")}: {team.handles.length ? team.handles.map((h) => tt(h)).join("、") : t("handlesNone")} · {t("requests", { count: team._count.requests })}
                </p>
                <h3 className="mt-3 text-sm font-medium text-slate-900">{t("members", { count: team.members.length })}</h3>
                {team.members.length ? (
                  <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                    {team.members.map((m) => (
                      <li key={m.id} className="rounded-full bg-slate-50 px-3 py-1 ring-1 ring-slate-200">
                        {canManageUsers ? (
                          <Link href={`/admin/users/${m.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                            {m.displayName}
                          </Link>
                        ) : (
                          m.displayName
                        )}{" "}
                        <span className="text-slate-700">
                          · {tr(m.role as "AGENT")}
                          {m.disabled ? ` · ${t("memberDisabled")}` : ""}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-sm text-slate-700">{t("noMembers")}</p>
                )}
                <p className="mt-1 text-xs text-slate-600">{t("membersHint")}</p>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t("edit", { name })}</summary>
                  <div className="mt-3">
                    <TeamForm
                      mode="update"
                      id={team.id}
                      version={team.version}
                      values={{ code: team.code, name: team.name, nameEn: team.nameEn, handles: team.handles, active: team.active }}
                      action={updateTeamAction}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-6 rounded-lg bg-white p-6 text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      )}
      <Card title={t("add")} titleId="add-team">
        <TeamForm mode="create" action={createTeamAction} />
      </Card>
    </div>
  );
}
