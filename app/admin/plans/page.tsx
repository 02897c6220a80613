import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/components/plans/money";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listPlansForAdmin } from "@/server/dal/admin-plans";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("plans.title", "plan:manage", undefined, "administration");
}

// The plan catalogue, inactive plans included, with the lines in service on each.
export default async function AdminPlansPage() {
  const actor = await requireStaff("/admin/plans", "plan:manage");
  const [t, tk, format, locale, plans] = await Promise.all([getTranslations("administration.plans"), getTranslations("request.kind"), getFormatter(), getLocale(), listPlansForAdmin(actor)]);
  const money = moneyFormatter(format);
  return (
    <div>
      <Link href="/admin/settings" className="text-sm text-brand-700 underline">
        ← {t("backToAdmin")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={t("title")}
          lead={t("lead")}
          actions={
            <>
              <ButtonLink href="/admin/plans/new">{t("new")}</ButtonLink>
              <ButtonLink href="/plans" variant="secondary">
                {t("viewPublic")}
              </ButtonLink>
            </>
          }
        />
      </div>
      {plans.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <div tabIndex={0} role="region" aria-label={t("title")} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">{t("colName")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("kind")}</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">{t("colFee")}</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">{t("colLines")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("colStatus")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {plans.map((p) => (
                <tr key={p.id} className="align-top">
                  <td className="px-4 py-3">
                    <Link href={`/admin/plans/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {locale === "en" ? p.nameEn : p.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-700">{p.code}</div>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3">{tk(p.kind)}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{money(p.monthlyFeeFen)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{p.lines}</td>
                  <td className="px-4 py-3">
                    <Badge tone={p.active ? "success" : "neutral"}>{p.active ? t("statusActive") : t("statusInactive")}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
