import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { moneyFormatter } from "@/components/plans/money";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
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
      <DataTable
        label={t("title")}
        empty={plans.length === 0 ? t("empty") : undefined}
        columns={[
          { key: "c0", label: t("colName") },
          { key: "c1", label: t("kind") },
          { key: "c2", label: t("colFee"), className: "px-4 py-3 text-right font-medium" },
          { key: "c3", label: t("colLines"), className: "px-4 py-3 text-right font-medium" },
          { key: "c4", label: t("colStatus") },
        ]}
      >
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
      </DataTable>
    </div>
  );
}
