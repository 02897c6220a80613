import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Money } from "@/components/plans/money";
import { PlanFacts } from "@/components/plans/plan-facts";
import { useBilingual, usePlanName } from "@/components/plans/plan-name";
import type { CataloguePlan } from "@/server/dal/plans";

/** A plan in the catalogue, with its "compare" box (part of the page's compare form). */
export function PlanCard({ plan, compared }: { plan: CataloguePlan; compared: boolean }) {
  const t = useTranslations("plans.catalogue");
  const tk = useTranslations("request.kind");
  const planName = usePlanName();
  const text = useBilingual();
  const id = `plan-${plan.code}`;
  return (
    <article aria-labelledby={id} className="flex h-full flex-col rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={id} className="font-semibold text-slate-900">
          {planName(plan)}
          <span className="ml-2 text-xs font-normal text-slate-600">{plan.code}</span>
        </h3>
        <Badge tone="info">{tk(plan.kind)}</Badge>
      </div>
      <p className="mt-2 text-2xl font-bold text-slate-900">
        <Money fen={plan.monthlyFeeFen} />
        <span className="text-sm font-normal text-slate-600">{t("perMonth")}</span>
      </p>
      <p className="mt-2 text-sm text-slate-700">{text(plan.summary, plan.summaryEn)}</p>
      <div className="mt-3 flex-1">
        <PlanFacts plan={plan} />
      </div>
      <label className="mt-4 flex min-h-11 items-center gap-2 text-sm font-medium text-slate-900">
        <input type="checkbox" name="compare" value={plan.code} defaultChecked={compared} className="h-5 w-5" />
        {t("addToCompare", { name: planName(plan) })}
      </label>
    </article>
  );
}
