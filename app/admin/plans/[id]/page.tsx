import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { fenToYuanInput } from "@/lib/domain/plan-catalogue";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { getPlanForAdmin } from "@/server/dal/admin-plans";
import { staffTitle } from "@/server/staff-metadata";
import { PlanForm } from "../_components/plan-form";
import { PlanStatus } from "../_components/plan-status";
import { setPlanActiveAction, updatePlanAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("plans.editTitle", "plan:manage", undefined, "administration");
}

const asInput = (n: number | null) => (n === null ? "" : String(n));

// One plan: edit it (its kind stays while lines are on it), stop or resume offering it.
export default async function AdminPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/plans/${id}`, "plan:manage");
  const [t, plan, query] = await Promise.all([getTranslations("administration.plans"), getPlanForAdmin(actor, id), searchParams]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href="/admin/plans" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={
              <>
                {plan.name} <span className="font-mono text-lg text-slate-700">{plan.code}</span>
              </>
            }
            lead={t("linesInService", { count: plan.linesInService })}
            actions={<Badge tone={plan.active ? "success" : "neutral"}>{plan.active ? t("statusActive") : t("statusInactive")}</Badge>}
          />
        </div>
        {query.created === "1" ? <Alert tone="success">{t("created", { code: plan.code })}</Alert> : null}
      </div>
      <Card title={t("editTitle")} titleId="edit-plan">
        <PlanForm
          mode="update"
          id={plan.id}
          version={plan.version}
          kindLocked={plan.kindLocked}
          values={{
            name: plan.name,
            nameEn: plan.nameEn,
            kind: plan.kind,
            monthlyFeeYuan: fenToYuanInput(plan.monthlyFeeFen),
            dataMb: asInput(plan.dataMb),
            voiceMinutes: asInput(plan.voiceMinutes),
            smsCount: asInput(plan.smsCount),
            speedMbps: asInput(plan.speedMbps),
            contractMonths: String(plan.contractMonths),
            summary: plan.summary,
            summaryEn: plan.summaryEn,
          }}
          action={updatePlanAction}
        />
      </Card>
      <Card title={t("statusTitle")} titleId="plan-status">
        <p className="mb-3 text-sm text-slate-700">{plan.active ? t("activeText") : t("inactiveText")}</p>
        <PlanStatus id={plan.id} version={plan.version} active={plan.active} action={setPlanActiveAction} />
      </Card>
    </div>
  );
}
