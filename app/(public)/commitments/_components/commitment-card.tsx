import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { COMPLIANCE_WINDOWS, EXCLUSION_REASONS } from "@/lib/domain/compliance";
import { ComplianceFigure } from "@/components/commitments/compliance-figure";
import { formatDuration } from "@/components/requests/duration";
import type { CommitmentWithHistory } from "@/server/dal/commitments";
import type { CachedFigures } from "@/server/dal/compliance";

type Props = { commitment: CommitmentWithHistory; figures: Record<number, CachedFigures | undefined> };

/** One published promise: what it says, how it did over 30 and 90 days, what is left out, its versions. */
export async function CommitmentCard({ commitment: c, figures }: Props) {
  const [t, tc, format, locale] = await Promise.all([getTranslations("commitments"), getTranslations("clock"), getFormatter(), getLocale()]);
  const en = locale === "en";
  const duration = (minutes: number) => formatDuration(minutes * 60_000, tc);
  const titleId = `commitment-${c.measure.toLowerCase()}`;
  return (
    <section aria-labelledby={titleId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {en ? c.titleEn : c.title}
      </h2>
      <p className="mt-1 text-sm font-medium text-brand-800">{t("target", { duration: duration(c.targetMinutes) })}</p>
      <p className="mt-2 text-slate-800">{en ? c.statementEn : c.statement}</p>
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        {COMPLIANCE_WINDOWS.map((days) => (
          <ComplianceFigure key={days} days={days} figure={figures[days]} />
        ))}
      </div>
      <div className="mt-4">
        <h3 className="text-sm font-semibold text-slate-900">{t("excludedTitle")}</h3>
        <p className="mt-1 text-sm text-slate-800">{en ? c.exclusionsEn : c.exclusions}</p>
        {COMPLIANCE_WINDOWS.map((days) => {
          const f = figures[days];
          const reasons = EXCLUSION_REASONS.filter((r) => (f?.excluded[r] ?? 0) > 0);
          if (!f || !reasons.length) return <p key={days} className="mt-2 text-sm text-slate-700">{t("excludedNone", { days })}</p>;
          return (
            <div key={days} className="mt-2 text-sm text-slate-700">
              <p>{t("excludedCounts", { days, count: f.excludedTotal })}</p>
              <ul className="ml-5 list-disc">
                {reasons.map((r) => (
                  <li key={r}>{t("reasonCount", { reason: t(`reason.${r}`), count: f.excluded[r]! })}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <p className="mt-4 text-xs text-slate-600">{t("version", { version: c.version, date: format.dateTime(c.publishedAt, "date") })}</p>
      {c.history.length ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">{t("historyTitle", { count: c.history.length })}</summary>
          <ol className="mt-2 space-y-2 text-slate-700">
            {c.history.map((v) => (
              <li key={v.version}>
                <p className="font-medium">
                  {t("historyItem", { version: v.version, date: format.dateTime(v.publishedAt, "date"), duration: duration(v.targetMinutes) })}
                  {v.active ? "" : t("historyInactive")}
                </p>
                <p>{en ? v.statementEn : v.statement}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
