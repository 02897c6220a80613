import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PRESET_RANGES } from "@/lib/schemas/reports";
import { recentQuarters, type ReportPeriod } from "@/lib/domain/report-period";

// The period picker: a plain GET form (works without JavaScript, the URL is shareable). The
// dates are used when 自定义 is chosen; the page says which period it shows and against what.

export async function PeriodForm({ period, error, now, action = "/admin/reports" }: { period: ReportPeriod; error: string | null; now: Date; action?: string }) {
  const [t, tRoot] = await Promise.all([getTranslations("reports"), getTranslations()]);
  const quarters = recentQuarters(now);
  return (
    <div className="space-y-3">
      {error ? (
        <Alert tone="error" title={t("invalidPeriod")}>
          {tRoot(error as "reports.invalid.date")}
        </Alert>
      ) : null}
      <form method="get" action={action} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="report-range" className="text-sm font-medium text-slate-800">
            {t("period")}
          </label>
          <select id="report-range" name="range" defaultValue={period.range} className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm">
            {PRESET_RANGES.map((r) => (
              <option key={r} value={r}>
                {t(`range.${r}`)}
              </option>
            ))}
            {quarters.map((q) => (
              <option key={q} value={q}>
                {t("quarter", { year: q.slice(0, 4), q: q.slice(5) })}
              </option>
            ))}
            <option value="custom">{t("range.custom")}</option>
          </select>
        </div>
        <div className="flex gap-3">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="report-from" className="text-sm font-medium text-slate-800">
              {t("from")}
            </label>
            <input id="report-from" name="from" type="date" defaultValue={period.fromDate} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm" />
          </div>
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="report-to" className="text-sm font-medium text-slate-800">
              {t("to")}
            </label>
            <input id="report-to" name="to" type="date" defaultValue={period.toDate} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm" />
          </div>
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("show")}
        </button>
        <p className="text-xs text-slate-600 sm:basis-full">{t("periodHint")}</p>
      </form>
      <p className="text-sm text-slate-700">
        {t("periodLine", { from: period.fromDate, to: period.toDate, days: period.days, prevFrom: period.previous.fromDate, prevTo: period.previous.toDate })}
      </p>
    </div>
  );
}
