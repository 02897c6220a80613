import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isEditable } from "@/lib/domain/outcomes";
import { OutcomeBody } from "@/components/outcomes/outcome-body";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { requireStaff } from "@/server/actor";
import { getOutcomePageForStaff, listLinkableProjects } from "@/server/dal/outcomes";
import { renderOutcomeBody } from "@/server/dal/outcome-render";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { OutcomeForm } from "../_components/outcome-form";
import { OutcomeSteps } from "../_components/outcome-steps";
import { RevisionHistory } from "../_components/revision-history";
import { STATUS_TONE } from "../_components/status-tone";
import { previewOutcomeAction, updateOutcomePageAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; done?: string }> };

/** ?done= after a review step (set by OutcomeSteps) → its message. */
const DONE = { submitted: "submitted", approved: "approved", rejected: "rejected", unpublished: "unpublished" } as const;

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("admin.editTitle", "admin:access", undefined, "outcomes");
}

// Staff: one outcome page — its review steps, the editor (drafts and unpublished pages, for
// outcome:edit) or the page as readers will see it, and its whole history.
export default async function OutcomeAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/outcomes/${encodeURIComponent(id)}`);
  const [t, format, locale, page, { created, done }] = await Promise.all([
    getTranslations("outcomes"),
    getFormatter(),
    getLocale(),
    // A malformed or unknown id is the same 404 as a page that does not exist.
    id.length <= 40 ? getOutcomePageForStaff(actor, id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null,
    searchParams,
  ]);
  if (!page) notFound();
  const canEdit = can(actor, "outcome:edit");
  const editing = canEdit && isEditable(page.status);
  const [projects, rendered] = await Promise.all([
    editing ? listLinkableProjects(actor) : [],
    // Not editable here: the page as readers will get it, figures computed now.
    editing ? null : renderBoth(page),
  ]);
  const title = locale === "en" && page.titleEn ? page.titleEn : page.title;
  return (
    <div className="mx-auto max-w-5xl">
      <Link href="/admin/outcomes" className="text-sm text-brand-700 underline">
        ← {t("admin.backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={title}
          lead={t("admin.meta", { version: page.version, author: page.author.displayName, time: format.dateTime(page.updatedAt, "short") })}
          actions={
            <>
              <Badge tone={STATUS_TONE[page.status]}>{t(`status.${page.status}`)}</Badge>
              {page.status === "PUBLISHED" ? (
                <Link href={`/outcomes/${page.slug}`} className="text-sm font-medium text-brand-700 underline">
                  {t("admin.viewPublic")}
                </Link>
              ) : null}
            </>
          }
        />
      </div>
      <div aria-live="polite" className="empty:hidden">
        {created ? <Alert tone="success" className="mb-4">{t("admin.saved", { version: page.version })}</Alert> : null}
        {done && done in DONE ? <Alert tone="success" className="mb-4">{t(`admin.${DONE[done as keyof typeof DONE]}`)}</Alert> : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {editing ? (
            <Card>
              <OutcomeForm
                mode="update"
                initial={{
                  id: page.id,
                  version: page.version,
                  slug: page.slug,
                  title: page.title,
                  titleEn: page.titleEn,
                  summary: page.summary,
                  summaryEn: page.summaryEn,
                  body: page.body,
                  bodyEn: page.bodyEn,
                  projectCode: page.project?.code ?? "",
                }}
                projects={projects}
                action={updateOutcomePageAction}
                preview={previewOutcomeAction}
              />
            </Card>
          ) : (
            <>
              {canEdit ? <Alert>{t("admin.notEditable", { status: t(`status.${page.status}`) })}</Alert> : can(actor, "outcome:publish") ? null : <Alert>{t("admin.readOnly")}</Alert>}
              {rendered
                ? (
                    [
                      ["previewZh", page.title, page.summary, rendered.zh, "zh-CN"],
                      ["previewEn", page.titleEn, page.summaryEn, rendered.en, "en"],
                    ] as const
                  ).map(([key, heading, summary, segments, lang]) =>
                    segments.length ? (
                      <Card key={key}>
                        <div lang={lang}>
                          <p className="text-sm font-semibold text-slate-700">{t(`admin.${key}`)}</p>
                          <h2 className="mt-1 text-2xl font-bold text-slate-900">{heading}</h2>
                          <p className="mt-2 text-slate-700">{summary}</p>
                          <div className="mt-4">
                            <OutcomeBody segments={segments} idPrefix={`staff-${lang}`} />
                          </div>
                        </div>
                      </Card>
                    ) : null,
                  )
                : null}
            </>
          )}
        </div>
        <div className="space-y-6">
          <Card title={t("admin.workflowTitle")} titleId="workflow-title">
            {page.reviewer ? <p className="mb-3 text-sm text-slate-700">{t("admin.reviewedBy", { name: page.reviewer.displayName })}</p> : null}
            {/* A new version is a new panel: its forms start from that version. */}
            <OutcomeSteps key={page.version} id={page.id} version={page.version} status={page.status} canEdit={canEdit} canPublish={can(actor, "outcome:publish")} actorContributed={page.actorContributed} />
          </Card>
          <Card title={t("admin.historyTitle")} titleId="history-title">
            <RevisionHistory revisions={page.revisions} />
          </Card>
        </div>
      </div>
    </div>
  );
}

/** A page that is not being edited, in both languages as readers will get it (figures computed now). */
async function renderBoth(page: NonNullable<Awaited<ReturnType<typeof getOutcomePageForStaff>>>) {
  const now = new Date();
  const [zh, en] = await Promise.all([renderOutcomeBody(page.body, page.project, now), renderOutcomeBody(page.bodyEn, page.project, now)]);
  return { zh, en };
}
