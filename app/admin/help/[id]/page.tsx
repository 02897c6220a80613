import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArticleBody } from "@/components/help/article-body";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { getActor, requireStaff } from "@/server/actor";
import { getHelpArticleForStaff, listHelpCategoriesForStaff } from "@/server/dal/help-admin";
import { renderMarkdown } from "@/server/markdown";
import { can } from "@/server/policy";
import { ArticleForm } from "../_components/article-form";
import { previewHelpMarkdownAction, updateHelpArticleAction } from "../actions";
import { helpStaffTitle } from "../staff-title";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getActor();
  return helpStaffTitle(actor && can(actor, "help:edit") ? "editTitle" : "viewTitle");
}

// Staff: one article. Editors get the form (optimistic locking on `version`); other staff read
// both languages as readers will see them.
export default async function HelpArticleAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/help/${encodeURIComponent(id)}`);
  const [t, format, locale, article, categories, { created }] = await Promise.all([
    getTranslations("help.admin"),
    getFormatter(),
    getLocale(),
    // A malformed or unknown id is the same 404 as an article that does not exist.
    id.length <= 40 ? getHelpArticleForStaff(actor, id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null,
    listHelpCategoriesForStaff(actor),
    searchParams,
  ]);
  if (!article) notFound();
  const canEdit = can(actor, "help:edit");
  const time = format.dateTime(article.updatedAt, "short");
  const counts = { version: article.version, time, yes: article.helpfulYes, no: article.helpfulNo };
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/help" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={locale === "en" ? article.titleEn : article.title}
          lead={article.updatedBy ? t("meta", { ...counts, name: article.updatedBy.displayName }) : t("metaNobody", counts)}
          actions={
            <>
              <Badge tone={article.published ? "success" : "warning"}>{article.published ? t("published") : t("draft")}</Badge>
              {article.published ? (
                <Link href={`/help/${article.slug}`} className="text-sm font-medium text-brand-700 underline">
                  {t("viewPublic")}
                </Link>
              ) : null}
            </>
          }
        />
      </div>
      {created ? <Alert tone="success" className="mb-4">{t("saved", { version: article.version })}</Alert> : null}
      {canEdit ? (
        <Card>
          <ArticleForm
            mode="update"
            initial={{
              id: article.id,
              version: article.version,
              slug: article.slug,
              categoryId: article.categoryId,
              title: article.title,
              titleEn: article.titleEn,
              body: article.body,
              bodyEn: article.bodyEn,
              published: article.published,
            }}
            categories={categories.map((c) => ({ id: c.id, name: locale === "en" ? c.nameEn : c.name }))}
            action={updateHelpArticleAction}
            preview={previewHelpMarkdownAction}
          />
        </Card>
      ) : (
        <div className="space-y-4">
          <Alert>{t("readOnly")}</Alert>
          {(
            [
              ["previewZh", article.title, article.body, "zh-CN"],
              ["previewEn", article.titleEn, article.bodyEn, "en"],
            ] as const
          ).map(([key, title, body, lang]) => (
            <Card key={key}>
              <div lang={lang}>
                <p className="text-sm font-semibold text-slate-700">{t(key)}</p>
                <h2 className="mb-3 text-xl font-semibold text-slate-900">{title}</h2>
                <ArticleBody html={renderMarkdown(body)} />
              </div>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
