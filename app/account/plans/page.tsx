import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { listMyLinePlans } from "@/server/dal/plans";
import { cancelPlanChangeAction } from "./actions";
import { LinePlanCard } from "./_components/line-plan-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.mine"))("title") };
}

type Props = { searchParams: Promise<{ scheduled?: string }> };

/** 我的套餐: each line's plan and usage, a cheaper plan where the usage allows, and plan changes. */
export default async function MyPlansPage({ searchParams }: Props) {
  const actor = await requireCustomer("/account/plans");
  const { scheduled } = await searchParams;
  const srn = scheduled ? normalizeSrn(scheduled) : null;
  const now = new Date();
  const [t, lines] = await Promise.all([getTranslations("plans.mine"), listMyLinePlans(actor, now)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <>
            <ButtonLink href="/plans" variant="secondary">
              {t("catalogue")}
            </ButtonLink>
            <ButtonLink href="/account/bills" variant="secondary">
              {t("bills")}
            </ButtonLink>
          </>
        }
      />
      {srn ? (
        <Alert tone="success" title={t("scheduledTitle")}>
          {t("scheduledText")}{" "}
          <Link href={`/account/requests/${srn}`} className="font-medium underline">
            {srn}
          </Link>
        </Alert>
      ) : null}
      {lines.length === 0 ? <p className="rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p> : null}
      {lines.map((line) => (
        <LinePlanCard key={line.id} line={line} now={now} cancelAction={cancelPlanChangeAction} />
      ))}
    </div>
  );
}
