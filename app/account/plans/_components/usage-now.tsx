import { useTranslations } from "next-intl";
import type { MonthUsage, PlanTerms } from "@/lib/domain/plans";
import { DataAmount } from "@/components/plans/plan-facts";

function Meter({ label, used, allowance, render }: { label: string; used: number; allowance: number | null; render: (n: number) => React.ReactNode }) {
  const t = useTranslations("plans.usage");
  const share = allowance ? Math.min(100, (used / allowance) * 100) : 0;
  const over = allowance !== null && used > allowance;
  return (
    <div>
      <div className="flex flex-wrap justify-between gap-x-2 text-sm">
        <span className="text-slate-700">{label}</span>
        <span className={over ? "font-semibold text-red-700" : "text-slate-900"}>
          {render(used)}
          {allowance === null ? ` ${t("noLimit")}` : (
            <>
              {" / "}
              {render(allowance)}
            </>
          )}
          {over ? ` ${t("over")}` : null}
        </span>
      </div>
      {allowance !== null ? (
        <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200">
          <div className={over ? "h-full bg-red-600" : "h-full bg-brand-600"} style={{ width: `${share}%` }} />
        </div>
      ) : null}
    </div>
  );
}

/** 本月用量: this billing cycle so far, against the plan's allowances. */
export function UsageNow({ plan, usage }: { plan: PlanTerms; usage: MonthUsage | null }) {
  const t = useTranslations("plans.usage");
  if (!usage) return <p className="text-sm text-slate-700">{t("noneYet")}</p>;
  const metered = plan.kind === "MOBILE" || plan.kind === "IOT";
  return (
    <div className="space-y-3">
      <Meter label={metered ? t("data") : t("traffic")} used={usage.dataMb} allowance={metered ? plan.dataMb : null} render={(mb) => <DataAmount mb={mb} />} />
      {plan.kind === "MOBILE" ? (
        <>
          <Meter label={t("voice")} used={usage.voiceMinutes} allowance={plan.voiceMinutes} render={(n) => t("minutes", { value: n })} />
          <Meter label={t("sms")} used={usage.smsCount} allowance={plan.smsCount} render={(n) => t("smsCount", { value: n })} />
        </>
      ) : null}
      {plan.kind === "IOT" ? <Meter label={t("sms")} used={usage.smsCount} allowance={plan.smsCount} render={(n) => t("smsCount", { value: n })} /> : null}
    </div>
  );
}
