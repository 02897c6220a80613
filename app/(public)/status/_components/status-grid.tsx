import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import type { StatusRow } from "@/lib/domain/status";
import { SERVICE_KINDS } from "@/lib/domain/roles";
import { cn } from "@/components/ui/cn";

/** Areas × services: normal or disrupted, in words as well as colour. */
export async function StatusGrid({ rows }: { rows: StatusRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("status"), getLocale()]);
  return (
    <div tabIndex={0} role="region" aria-label={t("grid.title")} className="overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("grid.title")}</caption>
        <thead className="text-left text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("grid.area")}
            </th>
            {SERVICE_KINDS.map((s) => (
              <th key={s} scope="col" className="px-2 py-2 font-medium whitespace-nowrap">
                {t(`service.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.area}>
              <th scope="row" className="py-2 pr-3 text-left font-normal whitespace-nowrap text-slate-900">
                {areaLabel(row.area, locale)}
              </th>
              {row.cells.map((c) => (
                <td key={c.service} className="px-2 py-2">
                  <span className={cn("inline-flex items-center gap-1 whitespace-nowrap", c.disrupted ? "font-semibold text-red-800" : "text-emerald-800")}>
                    <span aria-hidden="true">{c.disrupted ? "●" : "○"}</span>
                    {c.disrupted ? t("grid.disrupted") : t("grid.normal")}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
