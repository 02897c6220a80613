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
  const usedMax = Math.max(...chart.map((c) => c.usage?.dataMb ?? 0), 0);
  // An allowance far above the usage would flatten every bar: it is then named, not drawn.
  const drawAllowance = allowanceMb !== null && allowanceMb <= Math.max(usedMax, 1) * 3;
  const peak = Math.max(drawAllowance ? allowanceMb : 0, usedMax, 1) * 1.1;
  const pct = (mb: number) => `${Math.min(100, (mb / peak) * 100)}%`;
  const unit = usedMax >= 1024 ? "GB" : "MB";
  const inUnit = (mb: number) => (unit === "GB" ? format.number(mb / 1024, { maximumFractionDigits: 1 }) : format.number(mb, { maximumFractionDigits: 0 }));
  const over = (c: (typeof chart)[number]) => allowanceMb !== null && (c.usage?.dataMb ?? 0) > allowanceMb;
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 text-sm font-medium text-slate-900">
        {t("title", { unit })}
      </figcaption>
      {allowanceMb !== null && !drawAllowance ? (
        <p className="mb-1 text-xs text-slate-700">
          {t("allowanceAbove")} <DataAmount mb={allowanceMb} />
        </p>
      ) : null}
      <div aria-hidden="true" className="relative flex h-36 items-end gap-2 border-b border-slate-300 pt-5">
        {drawAllowance ? (
          <div className="absolute inset-x-0 border-t-2 border-dashed border-amber-500" style={{ bottom: pct(allowanceMb) }}>
            <span className="absolute -top-5 right-0 bg-white px-1 text-xs text-amber-800">
              {t("allowance")} <DataAmount mb={allowanceMb} />
            </span>
          </div>
        ) : null}
        {chart.map((c) => (
          <div key={c.month} className="flex h-full min-w-0 flex-1 flex-col justify-end">
            {c.usage ? <span className="mb-0.5 truncate text-center text-[11px] leading-none text-slate-700">{inUnit(c.usage.dataMb)}</span> : null}
            <div
              className={c.month === currentMonth ? "rounded-t bg-brand-100 ring-1 ring-inset ring-brand-600" : over(c) ? "rounded-t bg-red-600" : "rounded-t bg-brand-600"}
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
      <p aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-brand-600" /> {t("legendMonth")}
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-brand-100 ring-1 ring-inset ring-brand-600" /> {t("legendCurrent")}
        </span>
        {chart.some(over) ? (
          <span className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-red-600" /> {t("legendOver")}
          </span>
        ) : null}
      </p>
      {/* A table ignores the width of .sr-only and would widen the page: the wrapper clips it. */}
      <div className="sr-only">
      <table>
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            <th scope="col">{t("data")}</th>
            {showVoice ? (
              <>
                <th scope="col">{t("voice")}</th>
                <th scope="col">{t("sms")}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {chart.map((c) => (
            <tr key={c.month}>
              <th scope="row">
                {monthName(c.month)}
                {c.month === currentMonth ? ` ${t("partial")}` : ""}
              </th>
              <td>
                {c.usage ? <DataAmount mb={c.usage.dataMb} /> : t("none")}
                {over(c) ? ` ${t("overAllowance")}` : ""}
              </td>
              {showVoice ? (
                <>
                  <td>{c.usage ? t("minutes", { value: c.usage.voiceMinutes }) : t("none")}</td>
                  <td>{c.usage ? t("smsCount", { value: c.usage.smsCount }) : t("none")}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
