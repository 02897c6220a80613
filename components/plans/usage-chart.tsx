import { useFormatter, useTranslations } from "next-intl";
import { cstMonthStart } from "@/lib/domain/time";
import type { MonthUsage } from "@/lib/domain/plans";
import { DataAmount } from "./plan-facts";

type Props = {
  id: string;
  chart: Array<{ month: string; usage: MonthUsage | null }>;
  /** The plan's data allowance in MB, drawn as a line; null when unlimited or not applicable. */
  allowanceMb: number | null;
  showVoice: boolean;
  /** The current month, shown as partial. */
  currentMonth: string;
};

/**
 * Data used per month as CSS bars, with the allowance as a dashed line. The bars are decoration
 * for sighted readers: the same figures (and voice and SMS) are in a visually hidden table that
 * screen readers read instead.
 */
export function UsageChart({ id, chart, allowanceMb, showVoice, currentMonth }: Props) {
  const t = useTranslations("plans.chart");
  const format = useFormatter();
  const monthName = (month: string) => format.dateTime(cstMonthStart(month), { year: "numeric", month: "short" });
  const shortName = (month: string) => format.dateTime(cstMonthStart(month), { month: "short" });
  const peak = Math.max(allowanceMb ?? 0, ...chart.map((c) => c.usage?.dataMb ?? 0), 1);
  const pct = (mb: number) => `${Math.min(100, (mb / peak) * 100)}%`;
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 text-sm font-medium text-slate-900">
        {t("title")}
      </figcaption>
      <div aria-hidden="true" className="relative flex h-36 items-end gap-2 border-b border-slate-300 pt-5">
        {allowanceMb !== null ? (
          <div className="absolute inset-x-0 border-t-2 border-dashed border-amber-500" style={{ bottom: pct(allowanceMb) }}>
            <span className="absolute -top-5 right-0 bg-white px-1 text-xs text-amber-800">
              {t("allowance")} <DataAmount mb={allowanceMb} />
            </span>
          </div>
        ) : null}
        {chart.map((c) => (
          <div key={c.month} className="flex h-full flex-1 flex-col justify-end">
            <div
              className={c.month === currentMonth ? "rounded-t bg-brand-100 ring-1 ring-inset ring-brand-600" : allowanceMb !== null && (c.usage?.dataMb ?? 0) > allowanceMb ? "rounded-t bg-red-600" : "rounded-t bg-brand-600"}
              style={{ height: c.usage ? pct(c.usage.dataMb) : "0%" }}
            />
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="mt-1 flex gap-2 text-center text-xs text-slate-600">
        {chart.map((c) => (
          <span key={c.month} className="min-w-0 flex-1 truncate">
            {shortName(c.month)}
          </span>
        ))}
      </div>
      <table className="sr-only">
            <caption>{t("tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-1 pr-2 font-medium">{t("month")}</th>
                <th scope="col" className="py-1 pr-2 font-medium">{t("data")}</th>
                {showVoice ? (
                  <>
                    <th scope="col" className="py-1 pr-2 font-medium">{t("voice")}</th>
                    <th scope="col" className="py-1 font-medium">{t("sms")}</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {chart.map((c) => (
                <tr key={c.month} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-normal text-slate-900">
                    {monthName(c.month)}
                    {c.month === currentMonth ? ` ${t("partial")}` : ""}
                  </th>
                  <td className="py-1 pr-2">{c.usage ? <DataAmount mb={c.usage.dataMb} /> : t("none")}</td>
                  {showVoice ? (
                    <>
                      <td className="py-1 pr-2">{c.usage ? t("minutes", { value: c.usage.voiceMinutes }) : t("none")}</td>
                      <td className="py-1">{c.usage ? t("smsCount", { value: c.usage.smsCount }) : t("none")}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
      </table>
    </figure>
  );
}
