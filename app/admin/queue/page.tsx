import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { RequestTitle } from "@/components/requests/request-title";
import { NextDeadline } from "@/components/requests/sla-clock";
import { requireStaff } from "@/server/actor";
import { listQueue, type QueueView } from "@/server/dal/requests";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("queueTitle", "queue:read");
}

const VIEWS: Array<[QueueView, "tabPending" | "tabActive" | "tabAll"]> = [
  ["pending", "tabPending"],
  ["active", "tabActive"],
  ["all", "tabAll"],
];

export default async function QueuePage({ searchParams }: { searchParams: Promise<{ view?: string; after?: string }> }) {
  const actor = await requireStaff("/admin/queue", "queue:read");
  const sp = await searchParams;
  const view: QueueView = VIEWS.some(([v]) => v === sp.view) ? (sp.view as QueueView) : "pending";
  const after = sp.after ? (normalizeSrn(sp.after) ?? undefined) : undefined;
  const [t, tr, queue] = await Promise.all([getTranslations("admin"), getTranslations("request"), listQueue(actor, view, after)]);
  const now = new Date();
  return (
    <div>
      <PageHeader title={t("queueTitle")} lead={t("queueLead")} />
      <nav aria-label={t("queueTitle")} className="mb-4 flex flex-wrap gap-2">
        {VIEWS.map(([v, label]) => (
          <Link
            key={v}
            href={`/admin/queue?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className="rounded-full px-4 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
          >
            {t(label)}
          </Link>
        ))}
      </nav>
      {queue.items.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("queueEmpty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("queueTitle")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">{tr("srn")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{tr("subject")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("colCustomer")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("colLevel")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("colOwner")}</th>
                <th scope="col" className="px-4 py-3 font-medium">{t("colDeadline")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.items.map((r) => (
                <tr key={r.srn} className="align-top">
                  <td className="px-4 py-3">
                    <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                      {r.srn}
                    </Link>
                    <div className="mt-1">
                      <StatusBadge status={r.status} />
                    </div>
                  </td>
                  <td className="px-4 py-3">
                    <div>{tr(`type.${r.type}`)}</div>
                    <div className="text-slate-700"><RequestTitle type={r.type} title={r.title} /></div>
                  </td>
                  <td className="px-4 py-3">
                    <div>{r.customer.name}</div>
                    <div className="text-slate-700">
                      {t(`customerType.${r.customer.type}`)} · {r.customer.phone}
                    </div>
                  </td>
                  <td className="px-4 py-3">{tr(`level.${r.level}` as "level.1")}</td>
                  <td className="px-4 py-3">{r.owner?.displayName ?? tr("noHandler")}</td>
                  <td className="px-4 py-3">
                    <NextDeadline request={r} now={now} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-4 flex gap-2">
        {after ? (
          <ButtonLink variant="secondary" href={`/admin/queue?view=${view}`}>
            {t("firstPage")}
          </ButtonLink>
        ) : null}
        {queue.next ? (
          <ButtonLink variant="secondary" href={`/admin/queue?view=${view}&after=${queue.next}`}>
            {t("nextPage")}
          </ButtonLink>
        ) : null}
      </div>
    </div>
  );
}
