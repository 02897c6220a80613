import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { ReportTable } from "@/components/reports/report-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { periodQuery, readReportPeriod } from "@/lib/domain/report-period";
import { hotspotKeySchema } from "@/lib/schemas/reports";
import { requireStaff } from "@/server/actor";
import { hotspotRequests } from "@/server/dal/report-queries";
import { areaText, hotspotLinks, hotspotRequestsTable, reportTranslator } from "@/server/report-tables";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("hotspotTitle", "report:read", undefined, "reports");
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** GET /admin/reports/hotspots?category=…&area=…&planCode=…&from=…&to=… — the complaints behind one hot spot. */
export default async function HotspotPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/reports/hotspots", "report:read");
  const sp = await searchParams;
  const now = new Date();
  const { period, error } = readReportPeriod(sp, now);
  const key = hotspotKeySchema.safeParse({ category: one(sp.category), area: one(sp.area), planCode: one(sp.planCode) });
  const [text, format] = await Promise.all([reportTranslator(), getFormatter()]);
  const { t, tc } = text;
  const back = `/admin/reports?${periodQuery(period)}`;
  if (!key.success) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("hotspotTitle")} />
        <Alert tone="error" title={t("invalidHotspot")} />
        <Link href={back} className="text-brand-700 underline">
          {t("backToReports")}
        </Link>
      </div>
    );
  }
  const rows = await hotspotRequests(actor, key.data, period);
  const table = hotspotRequestsTable(text, rows, (d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }));
  const k = key.data;
  const exportHref = `/admin/reports/export?table=hotspotRequests&${new URLSearchParams({ category: k.category, area: k.area, planCode: k.planCode, range: "custom", from: period.fromDate, to: period.toDate }).toString()}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("hotspotTitle")}
        lead={t("hotspotLead", {
          category: k.category ? tc(`category.${k.category}`) : t("anyCategory"),
          area: k.area ? areaText(text, k.area) : t("anyArea"),
          plan: k.planCode || t("noLine"),
          from: period.fromDate,
          to: period.toDate,
          count: rows.length,
        })}
        actions={
          <>
            <ButtonLink variant="secondary" href={back}>
              {t("backToReports")}
            </ButtonLink>
            {k.category ? <ButtonLink href={hotspotLinks(k, period).improve}>{t("startImprovement")}</ButtonLink> : null}
          </>
        }
      />
      {error ? <Alert tone="error" title={t("invalidPeriod")} /> : null}
      <ReportTable table={table} exportHref={exportHref} exportLabel={t("exportCsv")} empty={t("noComplaints")} />
    </div>
  );
}
