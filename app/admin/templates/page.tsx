import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { REQUEST_TYPES } from "@/lib/domain/roles";
import { TEMPLATE_LIMITS, templateFiltersFrom } from "@/lib/schemas/templates";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listTemplates } from "@/server/dal/template-admin";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "template:manage", undefined, "templates");
}

const control = "block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 sm:text-sm";

// 答复模板: search, type and status filters in the address (a plain GET form), by code.
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/templates", "template:manage");
  const filters = templateFiltersFrom(await searchParams);
  const [t, tr, format, locale, rows] = await Promise.all([getTranslations("templates"), getTranslations("request.type"), getFormatter(), getLocale(), listTemplates(actor, filters)]);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={<ButtonLink href="/admin/templates/new">{t("newTemplate")}</ButtonLink>} />
      <form method="get" role="search" aria-label={t("filters")} className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="tpl-q" className="block text-sm font-medium text-slate-900">
            {t("search")}
          </label>
          <input id="tpl-q" name="q" type="search" defaultValue={filters.q} maxLength={TEMPLATE_LIMITS.queryMax} className={control} />
        </div>
        <div className="space-y-1">
          <label htmlFor="tpl-type" className="block text-sm font-medium text-slate-900">
            {t("typeFilter")}
          </label>
          <select id="tpl-type" name="type" defaultValue={filters.type ?? ""} className={control}>
            <option value="">{t("anyType")}</option>
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {tr(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="tpl-status" className="block text-sm font-medium text-slate-900">
            {t("statusFilter")}
          </label>
          <select id="tpl-status" name="status" defaultValue={filters.status} className={control}>
            {(["active", "inactive", "all"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      <p className="mb-3 text-sm text-slate-700" aria-live="polite">
        {t("count", { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {rows.map((row) => {
            const title = locale === "en" ? row.titleEn : row.title;
            const time = format.dateTime(row.updatedAt, "short");
            return (
              <li key={row.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={row.active ? "success" : "neutral"}>{row.active ? t("active") : t("inactive")}</Badge>
                  <Link href={`/admin/templates/${row.id}`} className="break-words font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {title}
                  </Link>
                  <span className="break-all font-mono text-xs text-slate-700">{row.code}</span>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {t("typesLine", { types: row.types.length ? row.types.map((type) => tr(type)).join("、") : t("allTypes") })} ·{" "}
                  {row.updatedBy ? t("updatedBy", { name: row.updatedBy.displayName, time, version: row.version }) : t("updatedAt", { time, version: row.version })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
