import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listFollowUps, type FollowUpView } from "@/server/dal/follow-ups";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("followUpsTitle", "followup:handle");
}

const VIEWS: FollowUpView[] = ["open", "mine", "overdue", "done"];

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const actor = await requireStaff("/admin/follow-ups", "followup:handle");
  const sp = await searchParams;
  const view: FollowUpView = VIEWS.includes(sp.view as FollowUpView) ? (sp.view as FollowUpView) : "open";
  const now = new Date();
  const [t, tr, format, list] = await Promise.all([getTranslations("followUps"), getTranslations("request"), getFormatter(), listFollowUps(actor, view, now)]);
  const counts: Partial<Record<FollowUpView, number>> = list.counts;
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("title")} className="mb-4 flex flex-wrap gap-2">
        {VIEWS.map((v) => (
          <Link
            key={v}
            href={v === "open" ? "/admin/follow-ups" : `/admin/follow-ups?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className="rounded-full px-4 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700"
          >
            {t(`view.${v}`)}
            {counts[v] !== undefined ? ` (${counts[v]})` : ""}
          </Link>
        ))}
      </nav>
      {list.items.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {list.items.map((f) => {
            const overdue = f.status === "OPEN" && f.dueAt < now;
            return (
              <li key={f.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <Link href={`/admin/follow-ups/${f.id}`} className="font-medium text-brand-700 underline">
                    {t("itemTitle", { srn: f.request.srn, name: f.request.customer.name })}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {t(`reason.${f.reason}`)} · {tr(`type.${f.request.type}`)} · {f.request.customer.phone}
                    {f.attempts ? ` · ${t("attempts", { count: f.attempts })}` : ""}
                  </p>
                </div>
                <div className="shrink-0 text-sm">
                  {f.status === "OPEN" ? (
                    <Badge tone={overdue ? "danger" : "info"}>{t(overdue ? "overdueSince" : "dueAt", { at: format.dateTime(f.dueAt, { dateStyle: "medium", timeStyle: "short" }) })}</Badge>
                  ) : (
                    <Badge tone="neutral">{f.outcome ? t(`outcome.${f.outcome}` as "outcome.SATISFIED") : t(`status.${f.status}`)}</Badge>
                  )}
                  <p className="mt-1 text-slate-700">{f.assignee?.displayName ?? t("unassigned")}</p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
