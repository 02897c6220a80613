import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { archiveSearchSchema } from "@/lib/schemas/termination";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { searchArchives } from "@/server/dal/archives";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("archivesTitle", "archive:read", undefined, "termination");
}

const input = "mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-300 sm:text-sm";

/** 服务档案: search the archives of terminated lines by number, customer name and archiving date. */
export default async function ArchivesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/archives", "archive:read");
  const filter = archiveSearchSchema.parse(await searchParams);
  const [t, tr, format, rows] = await Promise.all([getTranslations("termination"), getTranslations("request"), getFormatter(), searchArchives(actor, filter)]);
  return (
    <div>
      <PageHeader title={t("archivesTitle")} lead={t("archivesLead")} />
      <form method="get" action="/admin/archives" aria-label={t("search.label")} className="mb-6 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-[1fr_1fr_auto_auto_auto] sm:items-end">
        <label className="text-sm font-medium text-slate-900">
          {t("search.number")}
          <input name="number" defaultValue={filter.number} maxLength={20} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-900">
          {t("search.name")}
          <input name="name" defaultValue={filter.name} maxLength={50} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-900">
          {t("search.from")}
          <input type="date" name="from" defaultValue={filter.from} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-900">
          {t("search.to")}
          <input type="date" name="to" defaultValue={filter.to} className={input} />
        </label>
        <Button type="submit" variant="secondary">
          {t("search.submit")}
        </Button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("archivesEmpty")}</p>
      ) : (
        <ul aria-label={t("archivesList")} className="space-y-3">
          {rows.map((r) => (
            <li key={r.id}>
              {/* Not prefetched: opening an archive is an audited read, and only a real visit should be one. */}
              <Link href={`/admin/archives/${r.id}`} prefetch={false} className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600">
                <span className="block font-medium text-slate-900">
                  {tr(`kind.${r.line.kind}`)} · <span className="font-mono">{r.line.number}</span> · {r.customer.name}
                </span>
                <span className="mt-1 block text-sm text-slate-700">
                  {t("archivedAt", { date: format.dateTime(r.archivedAt, "date") })} · {t("retainUntil", { date: format.dateTime(r.retainUntil, "date") })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
