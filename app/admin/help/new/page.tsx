import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listHelpCategoriesForStaff } from "@/server/dal/help-admin";
import { ArticleForm } from "../_components/article-form";
import { createHelpArticleAction, previewHelpMarkdownAction } from "../actions";
import { helpStaffTitle } from "../staff-title";

export function generateMetadata(): Promise<Metadata> {
  return helpStaffTitle("newTitle", "help:edit");
}

export default async function NewHelpArticlePage() {
  const actor = await requireStaff("/admin/help/new", "help:edit");
  const [t, locale, categories] = await Promise.all([getTranslations("help.admin"), getLocale(), listHelpCategoriesForStaff(actor)]);
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/help" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} />
      </div>
      {categories.length ? (
        <Card>
          <ArticleForm
            mode="create"
            categories={categories.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.name }))}
            action={createHelpArticleAction}
            preview={previewHelpMarkdownAction}
          />
        </Card>
      ) : (
        <Alert tone="warning">
          <Link href="/admin/help/categories" className="underline">
            {t("noCategories")}
          </Link>
        </Alert>
      )}
    </div>
  );
}
