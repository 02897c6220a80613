import { getTranslations } from "next-intl/server";
import { complianceTone, metPercent } from "@/lib/domain/compliance";
import { formatDuration } from "@/components/requests/duration";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export type FigureView = { cases: number; met: number; medianMinutes: number | null; worstMinutes: number | null };

const TONE: Record<ReturnType<typeof complianceTone>, BadgeTone> = { kept: "success", missed: "danger", none: "neutral" };
const BAR: Record<ReturnType<typeof complianceTone>, string> = { kept: "bg-emerald-600", missed: "bg-red-600", none: "bg-slate-300" };

/** "全部达成" / "3 次未达成" / "暂无案例": green only when every counted case was met. */
export async function ComplianceBadge({ figure }: { figure: FigureView | undefined }) {
  const t = await getTranslations("commitments.tone");
  const met = figure?.met ?? 0;
  const cases = figure?.cases ?? 0;
  const tone = complianceTone(met, cases);
  return <Badge tone={TONE[tone]}>{tone === "missed" ? t("missed", { missed: cases - met }) : t(tone)}</Badge>;
}

/** One window's measured compliance: met %, a bar, the median and worst time, the cases counted. */
export async function ComplianceFigure({ figure, days, headingLevel = 3 }: { figure: FigureView | undefined; days: number; headingLevel?: 3 | 4 }) {
  const [t, tc] = await Promise.all([getTranslations("commitments"), getTranslations("clock")]);
  const cases = figure?.cases ?? 0;
  const met = figure?.met ?? 0;
  const percent = metPercent(met, cases);
  const tone = complianceTone(met, cases);
  const minutes = (m: number) => formatDuration(m * 60_000, tc);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading className="text-sm font-semibold text-slate-800">{t("window", { days })}</Heading>
        <ComplianceBadge figure={figure} />
      </div>
      {percent === null ? (
        <p className="mt-2 text-sm text-slate-700">{t("noCases")}</p>
      ) : (
        <>
          <p className={cn("mt-2 text-2xl font-bold", tone === "kept" ? "text-emerald-800" : "text-red-800")}>{t("percent", { percent })}</p>
          <div role="img" aria-label={t("bar", { days, percent })} className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200">
            <div className={cn("h-full rounded-full", BAR[tone])} style={{ width: `${percent}%` }} />
          </div>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">{t("median")}</dt>
              <dd className="font-medium text-slate-900">{figure?.medianMinutes === null || figure?.medianMinutes === undefined ? "—" : minutes(figure.medianMinutes)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("worst")}</dt>
              <dd className="font-medium text-slate-900">{figure?.worstMinutes === null || figure?.worstMinutes === undefined ? "—" : minutes(figure.worstMinutes)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("cases")}</dt>
              <dd className="font-medium text-slate-900">{t("casesValue", { cases, met })}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}
