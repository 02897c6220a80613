import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { staffTitle } from "@/server/staff-metadata";
import { PlanForm } from "../_components/plan-form";
import { createPlanAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("plans.newTitle", "plan:manage", undefined, "administration");
}

export default async function NewPlanPage() {
  await requireStaff("/admin/plans/new", "plan:manage");
  const t = await getTranslations("administration.plans");
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/plans" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newTitle")} lead={t("newLead")} />
      </div>
      <Card>
        <PlanForm mode="create" action={createPlanAction} />
      </Card>
    </div>
  );
}
