import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/server/action";
import { requireStaff } from "@/server/actor";
import { getTemplate } from "@/server/dal/template-admin";
import { staffTitle } from "@/server/staff-metadata";
import { ActiveToggle } from "../_components/active-toggle";
import { TemplateForm } from "../_components/template-form";
import { setTemplateActiveAction, updateTemplateAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("editTitle", "template:manage", undefined, "templates");
}

// One template: the edit form (optimistic locking on `version`) and 停用 / 启用.
export default async function TemplatePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/templates/${encodeURIComponent(id)}`, "template:manage");
  const [t, format, locale, row, { created }] = await Promise.all([
    getTranslations("templates"),
    getFormatter(),
    getLocale(),
    // A malformed or unknown id is the same 404 as a template that does not exist.
    id.length <= 40 ? getTemplate(actor, id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e))) : null,
    searchParams,
  ]);
  if (!row) notFound();
  const time = format.dateTime(row.updatedAt, "short");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/templates" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={locale === "en" ? row.titleEn : row.title}
          lead={row.updatedBy ? t("updatedBy", { name: row.updatedBy.displayName, time, version: row.version }) : t("updatedAt", { time, version: row.version })}
          actions={<Badge tone={row.active ? "success" : "neutral"}>{row.active ? t("active") : t("inactive")}</Badge>}
        />
      </div>
      {created ? <Alert tone="success" className="mb-4">{t("created")}</Alert> : null}
      <div className="space-y-6">
        <Card>
          <TemplateForm
            mode="update"
            initial={{ id: row.id, version: row.version, code: row.code, title: row.title, titleEn: row.titleEn, body: row.body, bodyEn: row.bodyEn, types: row.types }}
            action={updateTemplateAction}
          />
        </Card>
        <Card title={row.active ? t("deactivateTitle") : t("activateTitle")} titleId="template-active">
          <p className="mb-3 text-sm text-slate-700">{row.active ? t("deactivateLead") : t("activateLead")}</p>
          <ActiveToggle id={row.id} version={row.version} active={row.active} action={setTemplateActiveAction} />
        </Card>
      </div>
    </div>
  );
}
