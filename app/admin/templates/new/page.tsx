import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { staffTitle } from "@/server/staff-metadata";
import { TemplateForm } from "../_components/template-form";
import { createTemplateAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("newTitle", "template:manage", undefined, "templates");
}

export default async function NewTemplatePage() {
  await requireStaff("/admin/templates/new", "template:manage");
  const t = await getTranslations("templates");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/templates" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} />
      </div>
      <Card>
        <TemplateForm mode="create" action={createTemplateAction} />
      </Card>
    </div>
  );
}
