import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { DataTable } from "@/components/ui/data-table";
import type { IncidentRow } from "@/server/dal/incident-reads";
import { LevelBadge } from "./level-badge";

/** A table of incidents: code and title, level, services, areas, start and ETA or restore time. */
export async function IncidentTable({ label, rows, empty, restored }: { label: string; rows: IncidentRow[]; empty: string; restored: boolean }) {
  const [t, tk, format, locale] = await Promise.all([getTranslations("incidents"), getTranslations("request.kind"), getFormatter(), getLocale()]);
  const when = (at: Date | null) => (at ? format.dateTime(at, "short") : "—");
  const columns = [
    { key: "incident", label: t("col.incident") },
    { key: "level", label: t("col.level") },
    { key: "services", label: t("col.services") },
    { key: "areas", label: t("col.areas") },
    { key: "started", label: t("col.started") },
    restored ? { key: "restoredAt", label: t("col.restoredAt") } : { key: "eta", label: t("col.eta") },
  ];
  return (
    <DataTable label={label} columns={columns} empty={rows.length ? undefined : empty}>
      {rows.map((r) => (
        <tr key={r.id} className="align-top">
          <td className="min-w-56 px-4 py-3">
            <Link href={`/admin/incidents/${r.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {locale === "en" && r.titleEn ? r.titleEn : r.title}
            </Link>
            <div className="font-mono text-xs text-slate-700">
              {r.code} · {t(`kind.${r.kind}`)}
            </div>
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            <LevelBadge level={r.level} />
          </td>
          <td className="px-4 py-3">{r.services.map((s) => tk(s)).join(locale === "en" ? ", " : "、")}</td>
          <td className="px-4 py-3">{r.areas.map((a) => areaLabel(a, locale)).join(locale === "en" ? "; " : "、")}</td>
          <td className="whitespace-nowrap px-4 py-3">{when(r.startedAt)}</td>
          <td className="whitespace-nowrap px-4 py-3">{restored ? when(r.restoredAt) : r.estimatedRestoreAt ? when(r.estimatedRestoreAt) : t("detail.noEta")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
