import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ComplianceBadge } from "@/components/commitments/compliance-figure";
import { formatDuration } from "@/components/requests/duration";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { metPercent } from "@/lib/domain/compliance";
import { requireStaff } from "@/server/actor";
import { listCommitmentsForAdmin, measureSlug } from "@/server/dal/commitments";
import { figuresOf, readCompliance } from "@/server/dal/compliance";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "commitment:manage", undefined, "commitments.admin");
}

/** 服务承诺管理: every measure's current version with its live figures, and the way to publish a new one. */
export default async function AdminCommitmentsPage() {
  const actor = await requireStaff("/admin/commitments", "commitment:manage");
  const [t, tp, tc, locale, commitments, figures] = await Promise.all([
    getTranslations("commitments.admin"),
    getTranslations("commitments"),
    getTranslations("clock"),
    getLocale(),
    listCommitmentsForAdmin(actor),
    readCompliance(),
  ]);
  const en = locale === "en";
  return (
    <div>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <Link href="/commitments" className="text-sm text-brand-700 underline">
            {t("publicLink")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {commitments.map((c) => {
          const byWindow = figuresOf(figures, c.measure);
          const title = en ? c.titleEn : c.title;
          return (
            <Card key={c.measure} title={title} titleId={`commitment-${c.measure}`}>
              <p className="text-sm text-slate-800">{t("current", { version: c.version, duration: formatDuration(c.targetMinutes * 60_000, tc) })}</p>
              <p className="mt-1">
                <Badge tone={c.active ? "success" : "neutral"}>{c.active ? t("active") : t("inactive")}</Badge>
              </p>
              <ul className="mt-3 space-y-1 text-sm text-slate-800">
                {([30, 90] as const).map((days) => {
                  const f = byWindow[days];
                  const percent = metPercent(f?.met ?? 0, f?.cases ?? 0);
                  return (
                    <li key={days} className="flex flex-wrap items-center gap-2">
                      {t(days === 30 ? "last30" : "last90", { value: percent === null ? tp("tone.none") : t("figure", { met: f!.met, cases: f!.cases, percent }) })}
                      {percent === null ? null : <ComplianceBadge figure={f} />}
                    </li>
                  );
                })}
              </ul>
              <p className="mt-3">
                <Link href={`/admin/commitments/${measureSlug(c.measure)}`} className="text-sm font-medium text-brand-700 underline" aria-label={t("publishLabel", { title })}>
                  {t("publish")}
                </Link>
              </p>
            </Card>
          );
        })}
      </div>
    </div>
  );
}
