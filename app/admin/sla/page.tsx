import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listPolicies } from "@/server/dal/sla-admin";
import { staffTitle } from "@/server/staff-metadata";
import { PolicySummary } from "./_components/policy-summary";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "sla:read", undefined, "sla.admin");
}

export default async function SlaPoliciesPage() {
  const actor = await requireStaff("/admin/sla", "sla:read");
  const [t, tr, format, locale, types] = await Promise.all([getTranslations("sla.admin"), getTranslations("request.type"), getFormatter(), getLocale(), listPolicies(actor)]);
  const calendarName = (c: { name: string; nameEn: string } | null) => (c ? (locale === "en" ? c.nameEn : c.name) : null);
  return (
    <div>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <Link href="/admin/calendars" className="text-sm text-brand-700 underline">
            {t("calendarsLink")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {types.map(({ type, current, history }) => (
          <Card key={type} title={t("typeTitle", { type: tr(type), version: current.rules.version })} titleId={`policy-${type}`}>
            <PolicySummary rules={current.rules} calendarName={calendarName(current.calendar)} />
            {history.length ? (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer text-brand-700">{t("history", { count: history.length })}</summary>
                <ol className="mt-2 space-y-1 text-slate-700">
                  {history.map((v) => (
                    <li key={v.id}>
                      {t("historyLine", { version: v.rules.version, at: v.createdAt ? format.dateTime(v.createdAt, "short") : "—", by: v.createdBy ?? t("system") })}
                      {v.note ? ` — ${v.note}` : ""}
                    </li>
                  ))}
                </ol>
              </details>
            ) : (
              <p className="mt-3 text-sm text-slate-600">{t("builtIn")}</p>
            )}
            <p className="mt-3">
              <Link href={`/admin/sla/${type.toLowerCase().replaceAll("_", "-")}`} className="text-sm font-medium text-brand-700 underline" aria-label={t("openLabel", { type: tr(type) })}>
                {t("open")}
              </Link>
            </p>
          </Card>
        ))}
      </div>
    </div>
  );
}
