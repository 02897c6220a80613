import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { catalogueQuerySchema, MAX_COMPARE } from "@/lib/schemas/plans";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/server/actor";
import { listPlans, plansByCodes } from "@/server/dal/plans";
import { CompareControls } from "./_components/compare-controls";
import { CompareTable } from "./_components/compare-table";
import { FilterForm } from "./_components/filter-form";
import { PlanCard } from "./_components/plan-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.catalogue"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 套餐目录: every active plan, filtered by kind, price and contract, and up to three compared side by side. */
export default async function PlansPage({ searchParams }: Props) {
  const query = catalogueQuerySchema.parse(await searchParams);
  const [t, actor, plans, compared] = await Promise.all([getTranslations("plans.catalogue"), getActor(), listPlans(query), plansByCodes(query.compare)]);
  const filterFields = { kind: query.kind ?? "", price: query.price ?? "", noContract: query.noContract ? "1" : "" };
  const withoutCompare = new URLSearchParams(Object.entries(filterFields).filter(([, v]) => v)).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={actor?.kind === "customer" ? <ButtonLink href="/account/plans" variant="secondary">{t("myPlans")}</ButtonLink> : null}
      />
      {compared.length ? (
        <Card title={t("compareTitle", { count: compared.length })} titleId="compare">
          {query.tooMany ? (
            <Alert tone="warning" className="mb-3">
              {t("tooMany", { max: MAX_COMPARE })}
            </Alert>
          ) : null}
          {compared.length < 2 ? <p className="mb-3 text-sm text-slate-700">{t("compareOne")}</p> : null}
          <CompareTable plans={compared} />
          <Link href={withoutCompare ? `/plans?${withoutCompare}` : "/plans"} className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("clearCompare")}
          </Link>
        </Card>
      ) : null}
      <FilterForm query={query} />
      <section aria-labelledby="plan-list">
        <h2 id="plan-list" className="mb-3 text-lg font-semibold text-slate-900">
          {t("resultCount", { count: plans.length })}
        </h2>
        {plans.length === 0 ? (
          <p className="rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
        ) : (
          <form method="get" action="/plans" aria-label={t("compareFormLabel")}>
            {Object.entries(filterFields).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {plans.map((plan) => (
                <li key={plan.code}>
                  <PlanCard plan={plan} compared={query.compare.includes(plan.code)} />
                </li>
              ))}
            </ul>
            <CompareControls max={MAX_COMPARE} initial={query.compare.filter((c) => plans.some((p) => p.code === c)).length} />
          </form>
        )}
      </section>
    </div>
  );
}
