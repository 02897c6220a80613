import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { toCstLocal } from "@/lib/domain/time";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { staffTitle } from "@/server/staff-metadata";
import { DeclareForm } from "../_components/declare-form";
import { declareIncidentAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("newIncident", "incident:manage", undefined, "incidents");
}

export default async function NewIncidentPage() {
  await requireStaff("/admin/incidents/new", "incident:manage");
  const t = await getTranslations("incidents");
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/admin/incidents" className="text-sm text-brand-700 underline">
        ← {t("detail.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("newIncident")} lead={t("lead")} />
      </div>
      <Card>
        <DeclareForm now={toCstLocal(new Date())} action={declareIncidentAction} />
      </Card>
    </div>
  );
}
