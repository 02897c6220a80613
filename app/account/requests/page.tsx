import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { NextDeadline } from "@/components/requests/sla-clock";
import { RequestTitle } from "@/components/requests/request-title";
import { requireCustomer } from "@/server/actor";
import { listMyRequests } from "@/server/dal/requests";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests"))("title") };
}

export default async function MyRequestsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireCustomer("/account/requests");
  const { page } = await searchParams;
  const [t, tr, format, list] = await Promise.all([
    getTranslations("requests"),
    getTranslations("request"),
    getFormatter(),
    listMyRequests(actor, Number(page) || 1),
  ]);
  const now = new Date();
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} actions={<ButtonLink href="/account/requests/new">{t("new")}</ButtonLink>} />
      {list.items.length === 0 ? (
        <div className="rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
          <p className="text-slate-700">{t("empty")}</p>
          <ButtonLink href="/account/requests/new" className="mt-4">
            {t("emptyCta")}
          </ButtonLink>
        </div>
      ) : (
        <>
          <ul className="space-y-3">
            {list.items.map((r) => (
              <li key={r.srn}>
                <Link
                  href={`/account/requests/${r.srn}`}
                  className="grid gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600 sm:grid-cols-[1fr_auto_auto] sm:items-center sm:gap-6"
                >
                  <span className="min-w-0">
                    <span className="block font-mono text-sm text-slate-700">{r.srn}</span>
                    <span className="block font-medium text-slate-900">
                      {tr(`type.${r.type}`)} · <RequestTitle type={r.type} title={r.title} />
                    </span>
                    <span className="block text-xs text-slate-700">
                      {r.line ? `${r.line.number} · ` : ""}
                      {t("colCreated")} {format.dateTime(r.createdAt, "short")}
                    </span>
                  </span>
                  <span>
                    <StatusBadge status={r.status} />
                  </span>
                  <span className="sm:w-44">
                    <NextDeadline request={r} now={now} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
            <p className="text-slate-700">{t("pageOf", { page: list.page, pageCount: list.pageCount, total: list.total })}</p>
            <div className="flex gap-2">
              {list.page > 1 ? (
                <ButtonLink variant="secondary" href={`/account/requests?page=${list.page - 1}`}>
                  {t("prev")}
                </ButtonLink>
              ) : null}
              {list.page < list.pageCount ? (
                <ButtonLink variant="secondary" href={`/account/requests?page=${list.page + 1}`}>
                  {t("next")}
                </ButtonLink>
              ) : null}
            </div>
          </nav>
        </>
      )}
    </div>
  );
}
