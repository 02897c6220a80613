import { useTranslations } from "next-intl";
import { Money } from "@/components/plans/money";
import { usePlanFacts } from "@/components/plans/plan-facts";
import { useBilingual, usePlanName } from "@/components/plans/plan-name";
import type { CataloguePlan } from "@/server/dal/plans";

/**
 * Up to three plans side by side: one column per plan, one row per fact. Plans of different kinds
 * have different facts; a row a plan does not have shows a dash.
 */
export function CompareTable({ plans }: { plans: CataloguePlan[] }) {
  const t = useTranslations("plans.catalogue");
  const tk = useTranslations("request.kind");
  const planName = usePlanName();
  const text = useBilingual();
  const factsOf = usePlanFacts();
  const facts = plans.map((p) => new Map(factsOf(p)));
  const factNames = [...new Set(facts.flatMap((f) => [...f.keys()]))];
  const cell = "border-b border-slate-200 px-2 py-2 align-top break-words";
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{t("compareCaption")}</caption>
      <thead>
        <tr>
          <td className="w-20 sm:w-32" />
          {plans.map((p) => (
            <th key={p.code} scope="col" className={`${cell} font-semibold text-slate-900`}>
              {planName(p)}
              <span className="block text-xs font-normal text-slate-600">{p.code}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={`${cell} font-normal text-slate-600`}>
            {t("monthlyFee")}
          </th>
          {plans.map((p) => (
            <td key={p.code} className={`${cell} font-semibold text-slate-900`}>
              <Money fen={p.monthlyFeeFen} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row" className={`${cell} font-normal text-slate-600`}>
            {t("kind")}
          </th>
          {plans.map((p) => (
            <td key={p.code} className={cell}>
              {tk(p.kind)}
            </td>
          ))}
        </tr>
        {factNames.map((name) => (
          <tr key={name}>
            <th scope="row" className={`${cell} font-normal text-slate-600`}>
              {name}
            </th>
            {facts.map((f, i) => (
              <td key={plans[i]!.code} className={cell}>
                {f.get(name) ?? "—"}
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row" className={`${cell} font-normal text-slate-600`}>
            {t("summary")}
          </th>
          {plans.map((p) => (
            <td key={p.code} className={cell}>
              {text(p.summary, p.summaryEn)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
