import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ADMIN_AREAS } from "@/lib/domain/admin-areas";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("areas.title", "admin:settings", undefined, "administration");
}

// 管理: one header link to every administration area the actor may open (lib/domain/admin-areas.ts).
export default async function AdministrationIndexPage() {
  const actor = await requireStaff("/admin/settings", "admin:settings");
  const t = await getTranslations("administration.areas");
  const areas = ADMIN_AREAS.filter((a) => can(actor, a.permission));
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("title")}>
        {areas.map((a) => (
          <li key={a.href} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-lg font-semibold">
              <Link href={a.href} className="text-brand-700 underline-offset-2 hover:underline">
                {t(`${a.key}.title` as "users.title")}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t(`${a.key}.text` as "users.text")}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
