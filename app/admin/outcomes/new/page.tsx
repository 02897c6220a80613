import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listLinkableProjects } from "@/server/dal/outcomes";
import { staffTitle } from "@/server/staff-metadata";
import { OutcomeForm } from "../_components/outcome-form";
import { createOutcomePageAction, previewOutcomeAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("admin.newTitle", "outcome:edit", undefined, "outcomes");
}

// Staff (outcome:edit): a new outcome page, saved as a draft by its author.
export default async function NewOutcomePage() {
  const actor = await requireStaff("/admin/outcomes/new", "outcome:edit");
  const [t, projects] = await Promise.all([getTranslations("outcomes.admin"), listLinkableProjects(actor)]);
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/outcomes" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} />
      </div>
      <Card>
        <OutcomeForm mode="create" projects={projects} action={createOutcomePageAction} preview={previewOutcomeAction} />
      </Card>
    </div>
  );
}
