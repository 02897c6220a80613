import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listHelpArticlesForStaff } from "@/server/dal/help-admin";
import { can } from "@/server/policy";
import { helpStaffTitle } from "./staff-title";

export function generateMetadata(): Promise<Metadata> {
  return helpStaffTitle("title");
}

// Staff: every article, drafts included, the most recently changed first.
export default async function HelpAdminPage() {
  const actor = await requireStaff("/admin/help");
  const [t, format, locale, articles] = await Promise.all([getTranslations("help.admin"), getFormatter(), getLocale(), listHelpArticlesForStaff(actor)]);
  const canEdit = can(actor, "help:edit");
  return (
    <div>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            {canEdit ? <ButtonLink href="/admin/help/new">{t("newArticle")}</ButtonLink> : null}
            <ButtonLink href="/admin/help/categories" variant="secondary">
              {t("manageCategories")}
            </ButtonLink>
          </>
        }
      />
      {canEdit ? null : <Alert className="mb-4">{t("readOnly")}</Alert>}
      {articles.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {articles.map((a) => {
            const title = locale === "en" ? a.titleEn : a.title;
            const time = format.dateTime(a.updatedAt, "short");
            return (
              <li key={a.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={a.published ? "success" : "warning"}>{a.published ? t("published") : t("draft")}</Badge>
                  <Link href={`/admin/help/${a.id}`} className="break-words font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {title}
                  </Link>
                </div>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("colCategory")}</dt>
                    <dd>{locale === "en" ? a.category.nameEn : a.category.name}</dd>
                  </div>
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("colUpdated")}</dt>
                    <dd>{a.updatedBy ? t("updatedBy", { name: a.updatedBy.displayName, time }) : t("updatedAt", { time })}</dd>
                  </div>
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("colHelpful")}</dt>
                    <dd>{t("helpfulCounts", { yes: a.helpfulYes, no: a.helpfulNo })}</dd>
                  </div>
                </dl>
                <p className="mt-1 break-all text-sm text-slate-700">
                  {t("version", { version: a.version })} · <span className="font-mono">/help/{a.slug}</span>
                </p>
                <div className="mt-2 flex flex-wrap gap-4 text-sm">
                  <Link href={`/admin/help/${a.id}`} className="font-medium text-brand-700 underline">
                    {canEdit ? t("edit") : t("view")}
                    <span className="sr-only">：{title}</span>
                  </Link>
                  {a.published ? (
                    <Link href={`/help/${a.slug}`} className="font-medium text-brand-700 underline">
                      {t("viewPublic")}
                      <span className="sr-only">：{title}</span>
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
