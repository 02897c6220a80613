import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listAssignableTeams } from "@/server/dal/staff-users";
import { staffTitle } from "@/server/staff-metadata";
import { CreateUserForm } from "../_components/create-user-form";
import { createStaffUserAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("users.newTitle", "user:manage", undefined, "administration");
}

export default async function NewStaffUserPage() {
  const actor = await requireStaff("/admin/users/new", "user:manage");
  const [t, locale, teams] = await Promise.all([getTranslations("administration.users"), getLocale(), listAssignableTeams(actor)]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/users" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} lead={t("newLead")} />
      </div>
      <Card>
        <CreateUserForm teams={teams.map((team) => ({ id: team.id, label: locale === "en" ? team.nameEn : team.name }))} action={createStaffUserAction} />
      </Card>
    </div>
  );
}
