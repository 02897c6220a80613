import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ComplianceBadge } from "@/components/commitments/compliance-figure";
import { formatDuration } from "@/components/requests/duration";
import { metPercent } from "@/lib/domain/compliance";
import type { CommitmentWithHistory } from "@/server/dal/commitments";
import type { CachedFigures } from "@/server/dal/compliance";

/** The home page's live commitment summary: each promise's short title, target and 30-day met share. */
export async function CommitmentSummary({ commitments, figures }: { commitments: CommitmentWithHistory[]; figures: CachedFigures[] }) {
  const [t, tc, tm, locale] = await Promise.all([getTranslations("home"), getTranslations("clock"), getTranslations("commitments"), getLocale()]);
  if (!commitments.length) return null;
  return (
    <section aria-labelledby="promise" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="promise" className="text-xl font-semibold">
        {t("summaryTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("summaryLead")}</p>
      <ul className="mt-4 divide-y divide-slate-200">
        {commitments.map((c) => {
          const f = figures.find((x) => x.measure === c.measure && x.windowDays === 30);
          const percent = metPercent(f?.met ?? 0, f?.cases ?? 0);
          return (
            <li key={c.measure} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="text-slate-900">{t("summaryItem", { title: locale === "en" ? c.titleEn : c.title, duration: formatDuration(c.targetMinutes * 60_000, tc) })}</span>
              <span className="flex items-center gap-2">
                {percent === null ? null : <span className="font-semibold text-slate-900">{tm("percent", { percent })}</span>}
                <ComplianceBadge figure={f} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3">
        <Link href="/commitments" className="text-sm font-medium text-brand-700 underline">
          {t("summaryMore")}
        </Link>
      </p>
    </section>
  );
}
