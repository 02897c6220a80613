import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { privacyRequestOverdue } from "@/lib/domain/privacy";
import { PrivacyRequestStatusBadge } from "@/components/privacy/privacy-request-status";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { PRIVACY_QUEUE_FILTERS, listPrivacyRequests, type PrivacyQueueFilter } from "@/server/dal/privacy-requests";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "privacy:handle", undefined, "privacy.admin");
}

export default async function PrivacyRequestsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const actor = await requireStaff("/admin/privacy", "privacy:handle");
  const sp = await searchParams;
  const view: PrivacyQueueFilter = (PRIVACY_QUEUE_FILTERS as readonly string[]).includes(sp.view ?? "") ? (sp.view as PrivacyQueueFilter) : "open";
  const [t, tr, tc, format, rows] = await Promise.all([
    getTranslations("privacy.admin"),
    getTranslations("privacy.requests"),
    getTranslations("admin"),
    getFormatter(),
    listPrivacyRequests(actor, view),
  ]);
  const now = new Date();
  const when = (at: Date) => format.dateTime(at, "short");
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("filters")} className="mb-4 flex flex-wrap gap-2">
        {PRIVACY_QUEUE_FILTERS.map((v) => (
          <Link
            key={v}
            href={`/admin/privacy?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className="rounded-full px-4 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
          >
            {t(v === "open" ? "tabOpen" : "tabAll")}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="space-y-3">
          {rows.map((r) => {
            const overdue = privacyRequestOverdue(r, now);
            return (
              <li key={r.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/admin/privacy/${r.id}`} className="font-medium text-brand-700 underline" aria-label={t("openRequest", { customer: r.customer.name, kind: tr(`kindShort.${r.kind}`) })}>
                    {tr(`kindShort.${r.kind}`)}
                  </Link>
                  <PrivacyRequestStatusBadge status={r.status} />
                  {overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
                </div>
                <p className="mt-1 text-sm text-slate-800">
                  {r.customer.name} · {tc(`customerType.${r.customer.type}`)} · <span className="font-mono">{r.customer.phone}</span>
                </p>
                <p className="mt-1 line-clamp-2 break-words text-sm text-slate-700">{r.details}</p>
                <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
                  <span>{tr("submittedAt", { time: when(r.createdAt) })}</span>
                  <span className={overdue ? "font-medium text-red-800" : undefined}>{tr("dueAt", { time: when(r.dueAt) })}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
