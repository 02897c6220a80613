import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { RequestTitle } from "@/components/requests/request-title";
import { NextDeadline } from "@/components/requests/sla-clock";
import { StatusBadge } from "@/components/requests/status-badge";
import type { CustomerView } from "@/server/dal/customer-360";

type Request = CustomerView["openRequests"][number];

/** A customer's requests: SRN (to the staff page), type and subject, status, channel, nearest deadline. */
export function RequestList({ requests, empty, label }: { requests: Request[]; empty: string; label: string }) {
  const tr = useTranslations("request");
  const t = useTranslations("customer360");
  const format = useFormatter();
  const now = new Date();
  if (requests.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={label}>
      {requests.map((r) => (
        <li key={r.srn} className="grid gap-2 py-3 text-sm sm:grid-cols-[1fr_auto]">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                {r.srn}
              </Link>
              <StatusBadge status={r.status} />
            </p>
            <p className="mt-1 text-slate-900">
              {tr(`type.${r.type}`)} · <RequestTitle type={r.type} title={r.title} />
            </p>
            <p className="text-slate-700">
              {format.dateTime(r.createdAt, "short")} · {t("via", { channel: tr(`channel.${r.channel}`) })}
              {r.line ? ` · ${tr(`kind.${r.line.kind}`)} ${r.line.number}` : ""}
            </p>
          </div>
          <div>
            <NextDeadline request={r} now={now} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A customer's complaints: SRN, category, status and stage, the statutory reply-by, the request complained about. */
export function ComplaintList({ complaints, empty, label }: { complaints: Request[]; empty: string; label: string }) {
  const tr = useTranslations("request");
  const tc = useTranslations("complaints");
  const t = useTranslations("customer360");
  const format = useFormatter();
  if (complaints.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={label}>
      {complaints.map((c) => (
        <li key={c.srn} className="py-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/admin/requests/${c.srn}`} className="font-mono text-brand-700 underline">
              {c.srn}
            </Link>
            <StatusBadge status={c.status} />
            {c.complaintStage && c.status === "IN_PROGRESS" ? <span className="text-slate-700">{tc(`step.${c.complaintStage}`)}</span> : null}
          </p>
          <p className="mt-1 text-slate-900">{c.category && tc.has(`category.${c.category}`) ? tc(`category.${c.category}` as "category.OTHER") : "—"}</p>
          <p className="text-slate-700">
            {format.dateTime(c.createdAt, "short")} · {t("via", { channel: tr(`channel.${c.channel}`) })}
            {c.replyBy ? ` · ${t("replyBy", { date: format.dateTime(c.replyBy, "short") })}` : ""}
          </p>
          {c.relatedSrn ? (
            <p className="text-slate-700">
              {t("about")}{" "}
              <Link href={`/admin/requests/${c.relatedSrn}`} className="font-mono text-brand-700 underline">
                {c.relatedSrn}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
