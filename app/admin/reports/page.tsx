import type { Metadata } from "next";
import { BarChart, LineChart } from "@/components/reports/charts";
import { ReportTable } from "@/components/reports/report-table";
import { PageHeader } from "@/components/ui/page-header";
import { compareMetric, type MetricKey } from "@/lib/domain/metrics";
import { periodQuery, readReportPeriod } from "@/lib/domain/report-period";
import type { ReportTable as TableKey } from "@/lib/schemas/reports";
import { requireStaff } from "@/server/actor";
import { complaintHotspots, reportOverview, staffReportKpis, type Compared } from "@/server/dal/report-queries";
import { areaText, csatTable, figure, hotspotTable, kpiTables, reportTranslator, slaTables, summaryTable, surveyTable, type TableData } from "@/server/report-tables";
import { staffTitle } from "@/server/staff-metadata";
import { PeriodForm } from "./_components/period-form";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "report:read", undefined, "reports");
}

const HEADLINE: MetricKey[] = ["complaints", "csat", "slaMet", "fcr", "reopenRate", "nps", "csi"];

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <div>
        <h2 id={id} className="text-xl font-semibold text-slate-900">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-sm text-slate-700">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** A chart and its table: side by side on a wide screen, the table under the chart on a phone. */
function ChartWithTable({ chart, table }: { chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">{chart}</div>
      <div className="min-w-0">{table}</div>
    </div>
  );
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/reports", "report:read");
  const now = new Date();
  const { period, error } = readReportPeriod(await searchParams, now);
  const [text, overview, hotspots, kpis] = await Promise.all([reportTranslator(), reportOverview(actor, period), complaintHotspots(actor, period), staffReportKpis(actor, period)]);
  const { t } = text;
  const query = periodQuery(period);
  const exportHref = (table: TableKey) => `/admin/reports/export?table=${table}&${query}`;
  const exportLabel = t("exportCsv");
  const tableOf = (table: TableData, empty?: string) => <ReportTable table={table} exportHref={exportHref(table.key)} exportLabel={exportLabel} empty={empty} />;
  const sla = slaTables(text, overview);
  const people = kpiTables(text, kpis);
  const legend = { current: t("legendCurrent"), previous: t("legendPrevious") };
  const slaBars = (rows: Array<{ label: string } & Compared>) =>
    rows.map((r) => ({
      label: r.label,
      value: r.current.value,
      previous: r.previous.value,
      valueText: figure(r.current.value, "percent"),
      previousText: t("previousShort", { value: figure(r.previous.value, "percent") }),
    }));
  const slaDesc = (rows: Array<{ label: string } & Compared>) => rows.map((r) => t("slaDescRow", { label: r.label, value: figure(r.current.value, "percent"), count: r.current.count })).join(t("listSeparator"));
  const byType = overview.byType.map((r) => ({ ...r, label: text.tr(`type.${r.type}`) }));
  const byLevel = overview.byLevel.map((r) => ({ ...r, label: t(`level.${r.level}`) }));
  const byTeam = overview.byTeam.map((r) => ({ ...r, label: text.locale === "en" ? r.team.nameEn : r.team.name }));
  const topHotspots = hotspots.slice(0, 8);
  const hotspotLabel = (h: (typeof hotspots)[number]) => [h.category ? text.tc(`category.${h.category}`) : t("none"), areaText(text, h.area), h.planCode || t("noLine")].join(" · ");

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} lead={t("lead")} />
      <PeriodForm period={period} error={error} now={now} />

      <Section id="report-headline" title={t("headline")}>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-7">
          {HEADLINE.map((key) => {
            const h = overview.headline[key as keyof typeof overview.headline];
            const { delta, verdict } = compareMetric(key, h.previous.value, h.current.value);
            const tone = verdict === "better" ? "text-emerald-800" : verdict === "worse" ? "text-red-700" : "text-slate-700";
            const survey = key === "nps" || key === "csi";
            return (
              <div key={key} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <dt className="text-sm text-slate-700">{t(`metric.${key}`)}</dt>
                <dd className="mt-1 text-3xl font-bold text-slate-900 tabular-nums">{survey && !h.current.count ? <span className="text-base font-medium text-slate-700">{t("noAnswers")}</span> : figure(h.current.value, h.unit)}</dd>
                <dd className="mt-1 text-xs text-slate-700">{t(`sample.${key}`, { count: h.current.count })}</dd>
                <dd className={`mt-1 text-xs ${tone}`}>
                  {delta === null ? t("noComparison") : t("vsPrevious", { value: figure(h.previous.value, h.unit), change: verdict === "same" ? t("verdict.same") : t("changeWithVerdict", { delta: `${delta > 0 ? "+" : ""}${delta}`, verdict: t(`verdict.${verdict}`) }) })}
                </dd>
              </div>
            );
          })}
        </dl>
        {tableOf(summaryTable(text, overview))}
      </Section>

      <Section id="report-csat" title={t("csatTitle")} lead={t("csatLead")}>
        <ChartWithTable
          chart={
            <LineChart
              title={t("csatChart")}
              desc={overview.csatTrend.map((m) => t("trendDescRow", { month: m.label, value: figure(m.value, "percent"), count: m.count })).join(t("listSeparator"))}
              points={overview.csatTrend.map((m) => ({ label: m.label.slice(2), value: m.value, note: t("pointNote", { count: m.count }) }))}
            />
          }
          table={tableOf(csatTable(text, overview))}
        />
      </Section>

      <Section id="report-survey" title={t("surveyTitle")} lead={t("surveyLead")}>
        {tableOf(surveyTable(text, overview))}
      </Section>

      <Section id="report-sla" title={t("slaTitle")} lead={t("slaLead")}>
        {(
          [
            ["slaByType", byType],
            ["slaByLevel", byLevel],
            ["slaByTeam", byTeam],
          ] as const
        ).map(([key, rows]) => (
          <div key={key} className="space-y-2">
            <h3 className="text-lg font-semibold text-slate-900">{t(`tables.${key}`)}</h3>
            <ChartWithTable chart={<BarChart title={t(`tables.${key}`)} desc={slaDesc(rows)} bars={slaBars(rows)} max={100} legend={legend} />} table={tableOf(sla[key])} />
          </div>
        ))}
      </Section>

      <Section id="report-hotspots" title={t("hotspotsTitle")} lead={t("hotspotsLead")}>
        {hotspots.length ? (
          <div className="max-w-md rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <BarChart
              title={t("hotspotsChart", { count: topHotspots.length })}
              desc={topHotspots.map((h) => t("hotspotDescRow", { label: hotspotLabel(h), count: h.count, previous: h.previous })).join(t("listSeparator"))}
              bars={topHotspots.map((h) => ({ label: hotspotLabel(h), value: h.count, previous: h.previous, valueText: String(h.count), previousText: t("previousShort", { value: h.previous }) }))}
              legend={legend}
            />
          </div>
        ) : null}
        {tableOf(hotspotTable(text, hotspots, period), t("noComplaints"))}
      </Section>

      <Section id="report-people" title={t("peopleTitle")} lead={t("peopleLead")}>
        <h3 className="text-lg font-semibold text-slate-900">{t("tables.teams")}</h3>
        {tableOf(people.teams, t("noWork"))}
        <h3 className="text-lg font-semibold text-slate-900">{t("tables.agents")}</h3>
        {tableOf(people.agents, t("noWork"))}
      </Section>
    </div>
  );
}
