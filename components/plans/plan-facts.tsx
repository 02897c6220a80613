import { useTranslations } from "next-intl";
import { dataAmount } from "@/lib/domain/plans";
import type { CataloguePlan } from "@/server/dal/plans";

type Facts = Pick<CataloguePlan, "kind" | "dataMb" | "voiceMinutes" | "smsCount" | "speedMbps" | "contractMonths">;

/** A data amount ("15 GB", "900 MB") in the reader's language. */
export function DataAmount({ mb }: { mb: number }) {
  const t = useTranslations("plans.unit");
  const { value, unit } = dataAmount(mb);
  return <>{t(unit, { value })}</>;
}

/** What a plan includes, as [label, value] rows: allowances (or speed) and the contract term. */
export function usePlanFacts() {
  const t = useTranslations("plans.facts");
  const tu = useTranslations("plans.unit");
  return (plan: Facts): Array<[string, React.ReactNode]> => {
    const allowance = (value: number | null, unit: "minutes" | "sms") => (value === null ? t("unlimited") : tu(unit, { value }));
    const rows: Array<[string, React.ReactNode]> = [];
    if (plan.kind === "MOBILE" || plan.kind === "IOT") {
      rows.push([t("data"), plan.dataMb === null ? t("unlimited") : <DataAmount key="d" mb={plan.dataMb} />]);
      if (plan.kind === "MOBILE" || plan.voiceMinutes !== null) rows.push([t("voice"), plan.kind === "IOT" && plan.voiceMinutes === null ? t("notIncluded") : allowance(plan.voiceMinutes, "minutes")]);
      rows.push([t("sms"), allowance(plan.smsCount, "sms")]);
    } else {
      rows.push([plan.kind === "BROADBAND" ? t("speed") : t("bandwidth"), plan.speedMbps === null ? t("notApplicable") : tu("mbps", { value: plan.speedMbps })]);
    }
    rows.push([t("contract"), plan.contractMonths ? t("contractMonths", { months: plan.contractMonths }) : t("noContract")]);
    return rows;
  };
}

/** The facts as a compact description list. */
export function PlanFacts({ plan }: { plan: Facts }) {
  const facts = usePlanFacts()(plan);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {facts.map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="text-slate-600">{name}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
