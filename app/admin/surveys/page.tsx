import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listWaves } from "@/server/dal/survey-waves";
import { staffTitle } from "@/server/staff-metadata";
import { segmentText } from "./_components/segment-text";
import { ResultText, STATUS_TONE } from "./_components/wave-figures";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "survey:manage", undefined, "surveyWaves");
}

// 调查批次: every NPS and CSI wave, newest period first, with its answers and result so far.
export default async function SurveyWavesPage() {
  const actor = await requireStaff("/admin/surveys", "survey:manage");
  const [t, format, locale, waves] = await Promise.all([getTranslations("surveyWaves"), getFormatter(), getLocale(), listWaves(actor)]);
  const day = (d: Date) => format.dateTime(d, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Shanghai" });
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={<ButtonLink href="/admin/surveys/new">{t("newWave")}</ButtonLink>} />
      <DataTable
        label={t("listCaption")}
        empty={waves.length ? undefined : t("empty")}
        columns={[
          { key: "wave", label: t("col.wave") },
          { key: "period", label: t("col.period") },
          { key: "status", label: t("col.status") },
          { key: "invited", label: t("col.invited"), className: "px-4 py-3 text-right font-medium" },
          { key: "answered", label: t("col.answered"), className: "px-4 py-3 text-right font-medium" },
          { key: "rate", label: t("col.rate"), className: "px-4 py-3 text-right font-medium" },
          { key: "result", label: t("col.result") },
        ]}
      >
        {waves.map((w) => (
          <tr key={w.code} className="align-top">
            <td className="px-4 py-3">
              <Link href={`/admin/surveys/${w.code}`} className="font-medium text-brand-700 underline">
                {locale === "en" ? w.titleEn : w.title}
              </Link>
              <div className="mt-1 text-xs text-slate-600">
                {w.code} · {t(`kind.${w.kind}`)}
                {w.cadence ? ` · ${t(`cadence.${w.cadence}`)}` : ""}
              </div>
              <div className="mt-1 max-w-xs text-xs text-slate-600">{segmentText(t as never, locale, w)}</div>
            </td>
            <td className="whitespace-nowrap px-4 py-3">
              {day(w.startsAt)} – {day(new Date(w.endsAt.getTime() - 1))}
            </td>
            <td className="px-4 py-3">
              <Badge tone={STATUS_TONE[w.status]}>{t(`status.${w.status}`)}</Badge>
            </td>
            <td className="px-4 py-3 text-right tabular-nums">{w.sentAt ? w.invitedCount : "—"}</td>
            <td className="px-4 py-3 text-right tabular-nums">{w.answered}</td>
            <td className="px-4 py-3 text-right tabular-nums">{w.responseRate == null ? "—" : t("percent", { value: w.responseRate })}</td>
            <td className="whitespace-nowrap px-4 py-3">
              <ResultText kind={w.kind} result={w.result} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
