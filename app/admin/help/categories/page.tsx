import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listHelpCategoriesForStaff } from "@/server/dal/help-admin";
import { can } from "@/server/policy";
import { CategoryForm } from "../_components/category-form";
import { createHelpCategoryAction, updateHelpCategoryAction } from "../actions";
import { helpStaffTitle } from "../staff-title";

export function generateMetadata(): Promise<Metadata> {
  return helpStaffTitle("categoriesTitle");
}

// Staff: the FAQ's categories; editors add and edit them.
export default async function HelpCategoriesPage() {
  const actor = await requireStaff("/admin/help/categories");
  const [t, locale, categories] = await Promise.all([getTranslations("help.admin"), getLocale(), listHelpCategoriesForStaff(actor)]);
  const canEdit = can(actor, "help:edit");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/help" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("categoriesTitle")} lead={t("categoriesLead")} />
      </div>
      {categories.length ? (
        <ul className="mb-6 space-y-3" aria-label={t("categoriesTitle")}>
          {categories.map((c) => {
            const name = locale === "en" ? c.nameEn : c.name;
            return (
              <li key={c.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="font-semibold text-slate-900">
                    {c.name} · {c.nameEn}
                  </span>
                  <span className="font-mono text-sm text-slate-700">/help/c/{c.slug}</span>
                  <span className="text-sm text-slate-700">#{c.sort}</span>
                </div>
                <p className="mt-1 text-sm text-slate-700">{t("categoryArticles", { articles: c.articles, published: c.published })}</p>
                {canEdit ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{t("editCategory", { name })}</summary>
                    <div className="mt-3">
                      <CategoryForm mode="update" id={c.id} original={{ slug: c.slug, name: c.name, nameEn: c.nameEn, sort: c.sort }} action={updateHelpCategoryAction} />
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-6 rounded-lg bg-white p-6 text-slate-700 shadow-sm ring-1 ring-slate-200">{t("noCategories")}</p>
      )}
      {canEdit ? (
        <Card title={t("addCategory")} titleId="add-category">
          <CategoryForm mode="create" action={createHelpCategoryAction} />
        </Card>
      ) : null}
    </div>
  );
}
