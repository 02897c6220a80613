import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fenToYuan } from "@/lib/domain/remedies";
import { moneyFormatter } from "@/components/plans/money";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listRemedyRules } from "@/server/dal/remedy-rules";
import { staffTitle } from "@/server/staff-metadata";
import { RuleForm } from "../_components/rule-form";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("rules.title", "remedy:rules", undefined, "remedies");
}

// 补偿规则: one per commitment, each edited in place over its version.
export default async function RemedyRulesPage() {
  const actor = await requireStaff("/admin/remedies/rules", "remedy:rules");
  const [t, format, locale, rules] = await Promise.all([getTranslations("remedies"), getFormatter(), getLocale(), listRemedyRules(actor)]);
  const money = moneyFormatter(format);
  return (
    <div>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin/settings" className="text-brand-700 underline">
          ← {t("rules.backToAdmin")}
        </Link>
        <Link href="/admin/remedies" className="text-brand-700 underline">
          {t("rules.back")}
        </Link>
      </div>
      <div className="mt-2">
        <PageHeader title={t("rules.title")} lead={t("rules.lead")} />
      </div>
      <ul aria-label={t("rules.listLabel")} className="space-y-4">
        {rules.map((r) => {
          const headingId = `rule-${r.id}`;
          const measure = t(`measure.${r.measure}`);
          return (
            <li key={r.id}>
              <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id={headingId} className="text-lg font-semibold text-slate-900">
                    {locale === "en" ? r.titleEn : r.title}
                  </h2>
                  <Badge tone={r.active ? "success" : "neutral"}>{r.active ? t("rules.active") : t("rules.inactive")}</Badge>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {r.kind === "CREDIT" ? t("rules.summaryCredit", { measure, amount: money(r.amountFen) }) : t("rules.summaryWaiver", { measure, days: r.waiverDays })} · {t("rules.code", { code: r.code })} ·{" "}
                  {t("rules.version", { version: r.version })}
                  {r.updatedBy ? ` · ${t("rules.updated", { name: r.updatedBy.displayName, time: format.dateTime(r.updatedAt, "short") })}` : ""}
                </p>
                <div className="mt-4">
                  <RuleForm
                    rule={{ id: r.id, version: r.version, kind: r.kind, amountYuan: fenToYuan(r.amountFen), waiverDays: String(r.waiverDays), title: r.title, titleEn: r.titleEn, active: r.active }}
                  />
                </div>
              </section>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
