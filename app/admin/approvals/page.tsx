import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReplyDecision } from "@/components/approvals/reply-decision";
import { ReplyDeadline } from "@/components/complaints/reply-deadline";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listPendingDrafts } from "@/server/dal/reply-drafts";
import { staffTitle } from "@/server/staff-metadata";
import { approveReplyAction, rejectReplyAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "complaint:approve", undefined, "approvals");
}

// 答复审批: replies to level-1 complaints waiting for a supervisor, the oldest first (the statutory
// reply clock keeps running until one is approved).
export default async function ApprovalsPage() {
  const actor = await requireStaff("/admin/approvals", "complaint:approve");
  const [t, tc, format, drafts] = await Promise.all([getTranslations("approvals"), getTranslations("complaints.category"), getFormatter(), listPendingDrafts(actor)]);
  const now = new Date();
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead", { count: drafts.length })} />
      {drafts.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ol aria-label={t("listLabel")} className="space-y-4">
          {drafts.map((d) => (
            <li key={d.id}>
              <section aria-labelledby={`draft-${d.id}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
                <h2 id={`draft-${d.id}`} className="text-lg font-semibold text-slate-900">
                  <Link href={`/admin/requests/${d.request.srn}`} className="break-all text-brand-700 underline">
                    {t("itemTitle", { srn: d.request.srn })}
                  </Link>
                </h2>
                <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-2">
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("customer")}</dt>
                    <dd>{d.request.customer.name}</dd>
                  </div>
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("category")}</dt>
                    <dd>{tc.has(d.request.title) ? tc(d.request.title as "OTHER") : d.request.title}</dd>
                  </div>
                  <div className="flex flex-wrap gap-x-2">
                    <dt className="font-medium text-slate-900">{t("author")}</dt>
                    <dd>{t("draftedBy", { name: d.author.displayName, time: format.dateTime(d.createdAt, "short") })}</dd>
                  </div>
                </dl>
                <div className="mt-3">
                  <ReplyDeadline history={{ status: d.request.status, replyBy: d.request.replyBy, events: [] }} now={now} viewer="staff" />
                </div>
                <div className="mt-4">
                  <ReplyDecision draft={{ id: d.id, body: d.body }} version={d.request.version} approve={approveReplyAction} reject={rejectReplyAction} />
                </div>
              </section>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
