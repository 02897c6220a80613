import "server-only";
import { getFormatter } from "next-intl/server";
import type { ReportPeriod } from "@/lib/domain/report-period";
import type { HotspotKey, ReportTable } from "@/lib/schemas/reports";
import type { StaffActor } from "./actor";
import { ForbiddenError } from "./action";
import { audit } from "./audit";
import { db } from "./db";
import { complaintHotspots, hotspotRequests, reportOverview, staffReportKpis } from "./dal/report-queries";
import { can } from "./policy";
import { csatTable, csvOf, hotspotRequestsTable, hotspotTable, kpiTables, reportTranslator, slaTables, summaryTable, surveyTable, type TableData } from "./report-tables";

/** The table a CSV download asks for, built exactly as the page builds it. */
async function tableFor(actor: StaffActor, table: ReportTable, period: ReportPeriod, key: HotspotKey | null): Promise<TableData> {
  const text = await reportTranslator();
  switch (table) {
    case "summary":
    case "csat":
    case "survey":
    case "slaByType":
    case "slaByLevel":
    case "slaByTeam": {
      const o = await reportOverview(actor, period);
      if (table === "summary") return summaryTable(text, o);
      if (table === "csat") return csatTable(text, o);
      if (table === "survey") return surveyTable(text, o);
      return slaTables(text, o)[table];
    }
    case "hotspots":
      return hotspotTable(text, await complaintHotspots(actor, period), period);
    case "agents":
    case "teams":
      return kpiTables(text, await staffReportKpis(actor, period))[table];
    case "hotspotRequests": {
      const format = await getFormatter();
      return hotspotRequestsTable(text, await hotspotRequests(actor, key ?? { category: "", area: "", planCode: "" }, period), (d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }));
    }
  }
}

/**
 * Access: report:read. One report table as CSV rows, with the file name (table and period); each
 * download writes a report.export audit row (who took which figures, for which period).
 */
export async function exportReportTable(actor: StaffActor, table: ReportTable, period: ReportPeriod, key: HotspotKey | null) {
  if (!can(actor, "report:read")) throw new ForbiddenError();
  const data = await tableFor(actor, table, period, table === "hotspotRequests" ? key : null);
  const csv = csvOf(data);
  await db.$transaction((tx) =>
    audit(tx, actor, {
      action: "report.export",
      targetType: "Report",
      targetId: table,
      summary: { from: period.fromDate, to: period.toDate, rows: csv.rows.length, ...(table === "hotspotRequests" && key ? { category: key.category, area: key.area, planCode: key.planCode } : {}) },
    }),
  );
  return { ...csv, filename: `servicehall-report-${table}-${period.fromDate}_${period.toDate}.csv` };
}
