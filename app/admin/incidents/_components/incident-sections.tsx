import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { RESTORE_PROMISE_HOURS, restorePromisedBy } from "@/lib/domain/incidents";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/requests/status-badge";
import type { IncidentDetail } from "@/server/dal/incident-reads";
import { LevelBadge } from "./level-badge";
import { TickButton } from "./tick-button";
import { tickPlaybookStepAction } from "../actions";

/** 概况: status, level and what it means, kind, services, areas, times, who declared it, lines affected. */
export async function IncidentFacts({ incident }: { incident: IncidentDetail }) {
  const [t, tk, format, locale] = await Promise.all([getTranslations("incidents"), getTranslations("request.kind"), getFormatter(), getLocale()]);
  const when = (at: Date) => format.dateTime(at, "short");
  const en = locale === "en";
  const rows: Array<[string, React.ReactNode]> = [
    [t("detail.status"), <Badge key="s" tone={incident.status === "ACTIVE" ? "danger" : "success"}>{t(`status.${incident.status}`)}</Badge>],
    [t("detail.level"), <span key="l" className="space-y-1"><LevelBadge level={incident.level} /><span className="mt-1 block text-slate-700">{t(`level.${incident.level}.meaning`)}</span></span>],
    [t("detail.kind"), t(`kind.${incident.kind}`)],
    [t("detail.services"), incident.services.map((s) => tk(s)).join(en ? ", " : "、")],
    [t("detail.areas"), incident.areas.map((a) => areaLabel(a, locale)).join(en ? "; " : "、")],
    [t("detail.started"), when(incident.startedAt)],
    [t("detail.eta"), incident.estimatedRestoreAt ? when(incident.estimatedRestoreAt) : t("detail.noEta")],
    [t("detail.promise"), t("detail.promiseValue", { time: when(restorePromisedBy(incident.kind, incident.startedAt)), hours: RESTORE_PROMISE_HOURS[incident.kind] })],
    ...(incident.restoredAt ? [[t("detail.restoredAt"), when(incident.restoredAt)] as [string, React.ReactNode]] : []),
    [t("detail.declaredBy"), incident.declaredBy.displayName],
    [t("detail.affectedLines"), t("detail.affectedLinesValue", { count: incident.affectedLines })],
  ];
  return (
    <Card title={t("detail.facts")} titleId="incident-facts">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("detail.summary")}</h3>
      <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{en && incident.summaryEn ? incident.summaryEn : incident.summary}</p>
    </Card>
  );
}

/** 应急处置步骤: the level's playbook, ticked with who and when; tick buttons for those who may. */
export async function IncidentPlaybook({ incident, canManage }: { incident: IncidentDetail; canManage: boolean }) {
  const [t, format] = await Promise.all([getTranslations("incidents"), getFormatter()]);
  const open = canManage && incident.status === "ACTIVE";
  return (
    <Card title={t("detail.playbook")} titleId="incident-playbook">
      <p className="mb-3 text-sm text-slate-700">{t("detail.playbookLead", { level: incident.level })}</p>
      <ol className="space-y-3">
        {incident.playbook.map((p, i) => (
          <li key={p.step} className="flex flex-col gap-2 rounded-md p-3 ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {i + 1}. {t(`playbook.${p.step}`)}
              </p>
              <p className="text-sm text-slate-700">{p.doneAt ? t("detail.done", { name: p.doneBy ?? "—", time: format.dateTime(p.doneAt, "short") }) : t("detail.notDone")}</p>
            </div>
            {p.doneAt ? <Badge tone="success">✓</Badge> : open ? <TickButton code={incident.code} version={incident.version} step={p.step} label={t(`playbook.${p.step}`)} action={tickPlaybookStepAction} /> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** 对外通报: every public stage, newest first, with how many people were told. */
export async function IncidentUpdates({ incident }: { incident: IncidentDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("incidents"), getFormatter(), getLocale()]);
  return (
    <Card title={t("detail.updates")} titleId="incident-updates">
      <p className="mb-3 text-sm text-slate-700">{t("detail.updatesLead")}</p>
      <ol className="space-y-4 border-l-2 border-slate-200 pl-5">
        {incident.updates.map((u) => (
          <li key={u.id}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-slate-900">{t(`updateKind.${u.kind}`)}</span>
              <Badge tone={u.fannedOutAt ? "success" : "info"}>{u.fannedOutAt ? t("detail.notified", { count: u.notifiedCount }) : t("detail.fanningOut")}</Badge>
            </div>
            <p className="text-xs text-slate-700">
              <time dateTime={u.createdAt.toISOString()}>{format.dateTime(u.createdAt, "short")}</time>
              {u.author ? ` · ${u.author.displayName}` : ""}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{locale === "en" && u.bodyEn ? u.bodyEn : u.body}</p>
            {u.kind === "ETA_CHANGED" && u.estimatedRestoreAt ? <p className="text-sm text-slate-700">{t("detail.newEta", { time: format.dateTime(u.estimatedRestoreAt, "short") })}</p> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** 关联的故障报修: fault reports linked to the incident, newest first. */
export async function IncidentLinked({ incident }: { incident: IncidentDetail }) {
  const [t, tf, format] = await Promise.all([getTranslations("incidents"), getTranslations("request.symptom"), getFormatter()]);
  return (
    <Card title={t("detail.linked")} titleId="incident-linked">
      <p className="mb-3 text-sm text-slate-700">{t("detail.linkedLead")}</p>
      {incident.linked.length === 0 ? (
        <p className="text-sm text-slate-700">{t("detail.linkedEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {incident.linked.map((r) => (
            <li key={r.srn} className="flex flex-wrap items-center gap-2 py-2 text-sm">
              <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
                {r.srn}
              </Link>
              <StatusBadge status={r.status} />
              <span className="text-slate-800">{tf.has(r.title) ? tf(r.title as "NO_SIGNAL") : r.title}</span>
              <span className="text-slate-700">{format.dateTime(r.createdAt, "short")}</span>
            </li>
          ))}
        </ul>
      )}
      {incident.linkedCount > incident.linked.length ? <p className="mt-2 text-sm text-slate-700">{t("detail.linkedMore", { count: incident.linkedCount - incident.linked.length })}</p> : null}
    </Card>
  );
}
