import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { StaffKpis } from "@/lib/domain/kpis";
import type { KpiRow } from "@/server/dal/kpis";

// The staff member's KPIs (and a supervisor's team) on the staff home: R2.4 / R3.3.

async function kpiText() {
  const [t, format] = await Promise.all([getTranslations("kpis"), getFormatter()]);
  const pct = (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  return {
    t,
    accepted: (k: StaffKpis) => t("countOnTime", { count: k.accepted, share: pct(k.acceptedOnTime) }),
    resolved: (k: StaffKpis) => t("countOnTime", { count: k.resolved, share: pct(k.resolvedOnTime) }),
    rating: (k: StaffKpis) => (k.averageRating === null ? t("none") : t("rating", { score: format.number(k.averageRating, { minimumFractionDigits: 1 }), count: k.ratings })),
    visits: (k: StaffKpis) => t("visits", { ...k.followUps, share: pct(k.followUpSatisfaction) }),
  };
}

export async function KpiPanel({ mine, team, windowDays }: { mine: StaffKpis; team: KpiRow[] | null; windowDays: number }) {
  const k = await kpiText();
  const { t } = k;
  const items: Array<[string, string]> = [
    [t("accepted"), k.accepted(mine)],
    [t("resolved"), k.resolved(mine)],
    [t("averageRating"), k.rating(mine)],
    [t("followUps"), k.visits(mine)],
  ];
  return (
    <section aria-labelledby="kpis" className="space-y-3">
      <h2 id="kpis" className="text-lg font-semibold">
        {t("title", { days: windowDays })}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {items.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="mt-1 font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">{t("explain")}</p>
      {team ? <h3 className="font-semibold">{t("teamTitle", { days: windowDays })}</h3> : null}
      {team ? (
        <DataTable
          label={t("teamTitle", { days: windowDays })}
          columns={[
            { key: "member", label: t("member") },
            { key: "accepted", label: t("accepted") },
            { key: "resolved", label: t("resolved") },
            { key: "rating", label: t("averageRating") },
            { key: "visits", label: t("followUps") },
          ]}
        >
          {team.map((row) => (
            <tr key={row.userId}>
              <th scope="row" className="px-4 py-3 font-medium">{row.displayName}</th>
              <td className="px-4 py-3">{k.accepted(row.kpis)}</td>
              <td className="px-4 py-3">{k.resolved(row.kpis)}</td>
              <td className="px-4 py-3">{k.rating(row.kpis)}</td>
              <td className="px-4 py-3">{k.visits(row.kpis)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
