import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { listPublishedCommitments } from "@/server/dal/commitments";
import { figuresOf, readCompliance } from "@/server/dal/compliance";
import { CommitmentCard } from "./_components/commitment-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("commitments"))("title") };
}

/**
 * 服务承诺 (public, no sign-in): each published promise beside its measured compliance over the
 * last 30 and 90 days, what is excluded and why, and its earlier versions. The figures are the
 * cached ones (recomputed at most every five minutes, server/dal/compliance.ts).
 */
export default async function CommitmentsPage() {
  const [t, format, commitments, figures] = await Promise.all([getTranslations("commitments"), getFormatter(), listPublishedCommitments(), readCompliance()]);
  const computedAt = figures.length ? new Date(Math.min(...figures.map((f) => f.computedAt.getTime()))) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="text-sm text-slate-700">{computedAt ? t("computedAt", { at: format.dateTime(computedAt, "short") }) : t("notComputed")}</p>
      <details className="rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
        <summary className="cursor-pointer font-medium text-brand-700">{t("howTitle")}</summary>
        <p className="mt-2 text-slate-800">{t("how")}</p>
      </details>
      {commitments.length ? (
        <ul className="space-y-6">
          {commitments.map((c) => (
            <li key={c.measure}>
              <CommitmentCard commitment={c} figures={figuresOf(figures, c.measure)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("empty")}</p>
      )}
    </div>
  );
}
