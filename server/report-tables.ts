import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import type { MetricValue } from "@/lib/domain/metrics";
import { compareMetric, type MetricKey } from "@/lib/domain/metrics";
import type { Hotspot, ReportKpis } from "@/lib/domain/report-kpis";
import { periodQuery, type ReportPeriod } from "@/lib/domain/report-period";
import type { ReportTable } from "@/lib/schemas/reports";
import type { HotspotRequest, KpiRow, ReportOverview } from "./dal/report-queries";

// The reports' tables (issue 7), built once for both the page (/admin/reports) and the CSV
// export (/admin/reports/export): the same columns, rows and figures in both, so what a manager
// downloads is what they saw. A cell has the text shown, the value written to the CSV (numbers
// stay numbers) and, on the page, links.

export type Cell = { text: string; csv?: string | number | null; href?: string; links?: Array<{ text: string; href: string }> };
export type Column = { label: string; numeric?: boolean; csv?: boolean };
export type TableData = { key: ReportTable; caption: string; columns: Column[]; rows: Cell[][] };

export type Translator = (key: string, values?: Record<string, string | number>) => string;

export async function reportTranslator() {
  const [t, tr, tc, locale] = await Promise.all([getTranslations("reports"), getTranslations("request"), getTranslations("complaints"), getLocale()]);
  return { t: t as unknown as Translator, tr: tr as unknown as Translator, tc: tc as unknown as Translator, locale };
}
export type ReportText = Awaited<ReturnType<typeof reportTranslator>>;

const num = (n: number): Cell => ({ text: String(n), csv: n });

/** A figure with its unit: "85.3%", "NPS 12", "CSI 71.5"; "—" without data. */
export function figure(value: number | null, unit: string): string {
  if (value === null) return "—";
  return unit === "percent" ? `${value}%` : String(value);
}
const fig = (m: MetricValue, unit = "percent"): Cell => ({ text: figure(m.value, unit), csv: m.value });

/** The change from the previous period, with "better/worse" for the metric ("+2.5（改善）"). */
export function changeText(text: ReportText, key: MetricKey, before: number | null, after: number | null): Cell {
  const { delta, verdict } = compareMetric(key, before, after);
  if (delta === null) return { text: "—", csv: null };
  const signed = `${delta > 0 ? "+" : ""}${delta}`;
  return { text: verdict === "same" ? signed : text.t("changeWithVerdict", { delta: signed, verdict: text.t(`verdict.${verdict}`) }), csv: delta };
}

export function areaText(text: ReportText, area: string) {
  return area ? areaLabel(area, text.locale) : text.t("none");
}

export function summaryTable(text: ReportText, o: ReportOverview): TableData {
  const { t } = text;
  const keys = ["complaints", "csat", "slaMet", "fcr", "reopenRate"] as const;
  return {
    key: "summary",
    caption: t("tables.summary"),
    columns: [{ label: t("col.metric") }, { label: t("col.current"), numeric: true }, { label: t("col.sample"), numeric: true }, { label: t("col.previous"), numeric: true }, { label: t("col.change"), numeric: true }],
    rows: keys.map((k) => {
      const h = o.headline[k];
      return [{ text: t(`metric.${k}`) }, fig(h.current, h.unit), num(h.current.count), fig(h.previous, h.unit), changeText(text, k, h.previous.value, h.current.value)];
    }),
  };
}

export function csatTable(text: ReportText, o: ReportOverview): TableData {
  const { t } = text;
  return {
    key: "csat",
    caption: t("tables.csat"),
    columns: [{ label: t("col.month") }, { label: t("metric.csat"), numeric: true }, { label: t("col.ratings"), numeric: true }],
    rows: o.csatTrend.map((m) => [{ text: m.label }, fig(m), num(m.count)]),
  };
}

export function surveyTable(text: ReportText, o: ReportOverview): TableData {
  const { t } = text;
  const row = (k: "nps" | "csi") => {
    const h = o.headline[k];
    const shown = (m: MetricValue): Cell => (m.count ? { text: figure(m.value, h.unit), csv: m.value } : { text: t("noAnswers"), csv: null });
    return [{ text: t(`metric.${k}`) }, shown(h.current), num(h.current.count), shown(h.previous), num(h.previous.count), changeText(text, k, h.previous.value, h.current.value)];
  };
  return {
    key: "survey",
    caption: t("tables.survey"),
    columns: [
      { label: t("col.metric") },
      { label: t("col.current"), numeric: true },
      { label: t("col.answers"), numeric: true },
      { label: t("col.previous"), numeric: true },
      { label: t("col.previousAnswers"), numeric: true },
      { label: t("col.change"), numeric: true },
    ],
    rows: [row("nps"), row("csi")],
  };
}

function slaRows(text: ReportText, rows: Array<{ label: string; current: MetricValue; previous: MetricValue }>): Cell[][] {
  return rows.map((r) => [{ text: r.label }, fig(r.current), num(r.current.count), fig(r.previous), num(r.previous.count), changeText(text, "slaMet", r.previous.value, r.current.value)]);
}
function slaColumns(t: Translator, first: string): Column[] {
  return [
    { label: first },
    { label: t("col.slaMet"), numeric: true },
    { label: t("col.resolvedWithDeadline"), numeric: true },
    { label: t("col.previous"), numeric: true },
    { label: t("col.previousCount"), numeric: true },
    { label: t("col.change"), numeric: true },
  ];
}

export function slaTables(text: ReportText, o: ReportOverview): Record<"slaByType" | "slaByLevel" | "slaByTeam", TableData> {
  const { t, tr, locale } = text;
  return {
    slaByType: { key: "slaByType", caption: t("tables.slaByType"), columns: slaColumns(t, t("col.requestType")), rows: slaRows(text, o.byType.map((r) => ({ ...r, label: tr(`type.${r.type}`) }))) },
    slaByLevel: { key: "slaByLevel", caption: t("tables.slaByLevel"), columns: slaColumns(t, t("col.level")), rows: slaRows(text, o.byLevel.map((r) => ({ ...r, label: t(`level.${r.level}`) }))) },
    slaByTeam: {
      key: "slaByTeam",
      caption: t("tables.slaByTeam"),
      columns: slaColumns(t, t("col.team")),
      rows: slaRows(text, o.byTeam.map((r) => ({ ...r, label: locale === "en" ? r.team.nameEn : r.team.name }))),
    },
  };
}

/** The drill-down and the improvement-project links of a hot spot (the improvements page reads exactly these names). */
export function hotspotLinks(h: Pick<Hotspot, "category" | "area" | "planCode">, period: ReportPeriod) {
  const key = new URLSearchParams({ category: h.category, area: h.area, planCode: h.planCode });
  return {
    drill: `/admin/reports/hotspots?${key.toString()}&from=${period.fromDate}&to=${period.toDate}`,
    improve: `/admin/improvements/new?${new URLSearchParams({ metric: "complaints", category: h.category, area: h.area, planCode: h.planCode }).toString()}`,
  };
}

export function hotspotTable(text: ReportText, hotspots: Hotspot[], period: ReportPeriod): TableData {
  const { t, tc } = text;
  return {
    key: "hotspots",
    caption: t("tables.hotspots"),
    columns: [
      { label: t("col.category") },
      { label: t("col.area") },
      { label: t("col.plan") },
      { label: t("col.complaints"), numeric: true },
      { label: t("col.previous"), numeric: true },
      { label: t("col.change"), numeric: true },
      { label: t("col.actions"), csv: false },
    ],
    rows: hotspots.map((h) => {
      const links = hotspotLinks(h, period);
      const delta = h.count - h.previous;
      return [
        { text: h.category ? tc(`category.${h.category}`) : t("none"), csv: h.category ? tc(`category.${h.category}`) : "" },
        { text: areaText(text, h.area), csv: h.area },
        { text: h.planCode || t("noLine"), csv: h.planCode },
        num(h.count),
        num(h.previous),
        { text: `${delta > 0 ? "+" : ""}${delta}`, csv: delta },
        {
          text: "",
          links: [
            { text: t("viewComplaints", { count: h.count }), href: links.drill },
            ...(h.category ? [{ text: t("startImprovement"), href: links.improve }] : []),
          ],
        },
      ];
    }),
  };
}

function kpiColumns(t: Translator, first: string, withTeam: boolean): Column[] {
  return [
    { label: first },
    ...(withTeam ? [{ label: t("col.team") }] : []),
    { label: t("col.handled"), numeric: true },
    { label: t("metric.fcr"), numeric: true },
    { label: t("col.slaMet"), numeric: true },
    { label: t("metric.csat"), numeric: true },
    { label: t("col.ratings"), numeric: true },
    { label: t("col.followUpsDone"), numeric: true },
    { label: t("col.followUpsDue"), numeric: true },
    { label: t("col.followUpCompletion"), numeric: true },
    { label: t("col.winBackCreated"), numeric: true },
    { label: t("col.winBackDone"), numeric: true },
    { label: t("col.winBackRetained"), numeric: true },
  ];
}
function kpiCells(k: ReportKpis): Cell[] {
  return [
    num(k.handled),
    fig(k.fcr),
    fig(k.slaMet),
    fig(k.csat),
    num(k.csat.count),
    num(k.followUps.done),
    num(k.followUps.due),
    fig(k.followUps.completion),
    num(k.winBack.created),
    num(k.winBack.done),
    num(k.winBack.retained),
  ];
}

export function kpiTables(text: ReportText, kpis: { agents: KpiRow[]; teams: KpiRow[] }): Record<"agents" | "teams", TableData> {
  const { t, locale } = text;
  const name = (r: KpiRow) => (locale === "en" ? r.nameEn : r.name);
  return {
    agents: {
      key: "agents",
      caption: t("tables.agents"),
      columns: kpiColumns(t, t("col.staff"), true),
      rows: kpis.agents.map((r) => [{ text: name(r) }, { text: (locale === "en" ? r.teamNameEn : r.teamName) ?? t("none") }, ...kpiCells(r.kpis)]),
    },
    teams: { key: "teams", caption: t("tables.teams"), columns: kpiColumns(t, t("col.team"), false), rows: kpis.teams.map((r) => [{ text: name(r) }, ...kpiCells(r.kpis)]) },
  };
}

export function hotspotRequestsTable(text: ReportText, rows: HotspotRequest[], formatDate: (d: Date) => string): TableData {
  const { t, tr, tc, locale } = text;
  return {
    key: "hotspotRequests",
    caption: t("tables.hotspotRequests"),
    columns: [
      { label: t("col.srn") },
      { label: t("col.createdAt") },
      { label: t("col.category") },
      { label: t("col.area") },
      { label: t("col.plan") },
      { label: t("col.level"), numeric: true },
      { label: t("col.status") },
      { label: t("col.team") },
    ],
    rows: rows.map((r) => [
      { text: r.srn, href: `/admin/requests/${r.srn}` },
      { text: formatDate(r.createdAt), csv: r.createdAt.toISOString() },
      { text: r.category ? tc(`category.${r.category}`) : t("none") },
      { text: areaText(text, r.area), csv: r.area },
      { text: r.planCode || t("noLine"), csv: r.planCode },
      num(r.level),
      { text: tr(`status.${r.status}`) },
      { text: r.team ? (locale === "en" ? r.team.nameEn : r.team.name) : t("none") },
    ]),
  };
}

/** The CSV rows of a table: the columns meant for it, each cell's CSV value (else its text). */
export function csvOf(table: TableData): { header: string[]; rows: Array<Array<string | number | null>> } {
  const keep = table.columns.map((c) => c.csv !== false);
  return {
    header: table.columns.filter((_, i) => keep[i]).map((c) => c.label),
    rows: table.rows.map((row) => row.filter((_, i) => keep[i]).map((c) => (c.csv !== undefined ? c.csv : c.text))),
  };
}

export { periodQuery };
