import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { requireStaff } from "@/server/actor";
import { getFollowUp } from "@/server/dal/follow-ups";
import { staffTitle } from "@/server/staff-metadata";
import { RecordFollowUpForm } from "./_components/record-form";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("followUpTitle", "followup:handle");
}

export default async function FollowUpPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/follow-ups/${id}`, "followup:handle");
  const [task, sp] = await Promise.all([getFollowUp(actor, id.slice(0, 40)), searchParams]);
  if (!task) notFound();
  const [t, tr, td, format] = await Promise.all([getTranslations("followUps"), getTranslations("request"), getTranslations("detail"), getFormatter()]);
  const r = task.request;
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const script = t(`script.${task.reason}`, {
    agent: actor.displayName,
    name: r.customer.name,
    srn: r.srn,
    type: tr(`type.${r.type}`),
    score: String(r.rating?.score ?? "—"),
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("taskTitle", { srn: r.srn })}
        lead={`${t(`reason.${task.reason}`)} · ${task.status === "OPEN" ? t("dueAt", { at: when(task.dueAt) }) : t(`status.${task.status}`)}`}
      />
      <Link href="/admin/follow-ups" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      {sp.notice === "conflict" ? <Alert tone="warning">{t("conflict")}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("scriptTitle")}</h2>
          <p className="whitespace-pre-line leading-relaxed">{script}</p>
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("requestTitle")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-700">{tr("srn")}</dt>
            <dd>
              <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                {r.srn}
              </Link>{" "}
              <StatusBadge status={r.status} />
            </dd>
            <dt className="text-slate-700">{tr("customer")}</dt>
            <dd>
              {r.customer.name} · {r.customer.phone}
            </dd>
            <dt className="text-slate-700">{tr("handler")}</dt>
            <dd>{r.owner?.displayName ?? tr("noHandler")}</dd>
            {r.rating ? (
              <>
                <dt className="text-slate-700">{t("rating")}</dt>
                <dd>
                  {t("stars", { score: r.rating.score })}
                  {r.rating.comment ? ` — “${r.rating.comment}”` : ""}
                </dd>
              </>
            ) : null}
          </dl>
          {r.events.length ? (
            <ol className="mt-4 space-y-2 border-t border-slate-200 pt-3 text-sm">
              {r.events.map((e) => (
                <li key={e.id}>
                  <span className="text-slate-700">
                    {when(e.createdAt)} · {e.actor?.displayName ?? td("actorSystem")} · {td.has(`event.${e.kind}`) ? td(`event.${e.kind}` as "event.created") : e.kind}
                  </span>
                  {e.body ? <p>{e.body}</p> : null}
                </li>
              ))}
            </ol>
          ) : null}
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("recordTitle")}</h2>
        {task.status === "OPEN" ? (
          <>
            {task.attempts ? <p className="mb-3 text-sm text-slate-700">{t("attempts", { count: task.attempts })}</p> : null}
            <RecordFollowUpForm id={task.id} version={task.version} attempts={task.attempts} />
          </>
        ) : (
          <p>
            {t("closedWith", { outcome: task.outcome ? t(`outcome.${task.outcome}` as "outcome.SATISFIED") : t(`status.${task.status}`), at: task.closedAt ? when(task.closedAt) : "" })}
            {task.note ? ` — ${task.note}` : ""}
          </p>
        )}
      </Card>
    </div>
  );
}
