import { NextResponse } from "next/server";
import { buildCsv } from "@/lib/domain/report-kpis";
import { readReportPeriod } from "@/lib/domain/report-period";
import { hotspotKeySchema, reportTableSchema } from "@/lib/schemas/reports";
import { getActor } from "@/server/actor";
import { exportReportTable } from "@/server/report-export";
import { can } from "@/server/policy";

/**
 * GET /admin/reports/export?table=…&range=…(&from=…&to=…)(&category=…&area=…&planCode=…) — one
 * report table as CSV (report:read), audited as report.export. Anonymous visitors are sent to sign
 * in; anyone without report:read gets a plain 404, as the pages do; a bad table or hot spot is a 400.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const actor = await getActor();
  if (!actor) return new NextResponse(null, { status: 303, headers: { Location: `/login?next=${encodeURIComponent("/admin/reports")}` } });
  if (actor.kind !== "staff" || !can(actor, "report:read")) return new NextResponse(null, { status: 404 });
  const query = Object.fromEntries(url.searchParams.entries());
  const table = reportTableSchema.safeParse(query.table);
  const key = hotspotKeySchema.safeParse({ category: query.category ?? "", area: query.area ?? "", planCode: query.planCode ?? "" });
  const { period, error } = readReportPeriod(query, new Date());
  if (!table.success || error || (table.data === "hotspotRequests" && !key.success)) return new NextResponse("Bad request", { status: 400 });
  const out = await exportReportTable(actor, table.data, period, key.success ? key.data : null);
  return new NextResponse(buildCsv(out.header, out.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${out.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
