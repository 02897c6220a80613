import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { durationMinutes, hoursAndMinutes, localized } from "@/lib/domain/status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getPublicIncident } from "@/server/dal/status";
import { EtaText, IncidentBadges } from "../_components/incident-facts";
import { feedPath } from "../feed-path";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [incident, locale, t] = await Promise.all([getPublicIncident((await params).code), getLocale(), getTranslations("status")]);
  return {
    title: incident ? `${localized(incident.title, incident.titleEn, locale)} · ${t("title")}` : t("title"),
    alternates: { types: { "application/atom+xml": [{ url: feedPath(locale), title: t("feed.title") }] } },
  };
}

/** One incident, public: its facts, ETA or restore time and duration, and its updates in order. */
export default async function IncidentStatusPage({ params }: Props) {
  const incident = await getPublicIncident((await params).code);
  if (!incident) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("status"), getFormatter(), getLocale()]);
  const now = new Date();
  const restored = incident.status === "RESTORED" && incident.restoredAt;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/status" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">{localized(incident.title, incident.titleEn, locale)}</h1>
        <p className="mt-1 font-mono text-sm text-slate-600">{incident.code}</p>
      </div>
      {restored ? (
        <Alert tone="success" title={t("detail.restored")} />
      ) : (
        <Alert tone="warning" title={t("detail.active")} />
      )}
      <Card>
        <IncidentBadges incident={incident} />
        <p className="mt-3 text-sm whitespace-pre-line text-slate-800">{localized(incident.summary, incident.summaryEn, locale)}</p>
        <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("startedAt")}</dt>
          <dd>{format.dateTime(incident.startedAt, "short")}</dd>
          {restored ? (
            <>
              <dt className="text-slate-600">{t("restoredAt")}</dt>
              <dd>{format.dateTime(incident.restoredAt!, "short")}</dd>
              <dt className="text-slate-600">{t("durationLabel")}</dt>
              <dd>{t("duration", hoursAndMinutes(durationMinutes(incident.startedAt, incident.restoredAt!)))}</dd>
            </>
          ) : (
            <>
              <dt className="text-slate-600">{t("eta.label")}</dt>
              <dd>
                <EtaText estimatedRestoreAt={incident.estimatedRestoreAt} now={now} />
              </dd>
            </>
          )}
        </dl>
      </Card>
      <Card title={t("detail.timeline")} titleId="timeline">
        {incident.updates.length ? (
          <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
            {incident.updates.map((u) => (
              <li key={u.id}>
                <p className="text-sm font-semibold text-slate-900">
                  {t(`stage.${u.kind}`)} · <time dateTime={u.createdAt.toISOString()}>{format.dateTime(u.createdAt, "short")}</time>
                </p>
                <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{localized(u.body, u.bodyEn, locale)}</p>
                {u.estimatedRestoreAt && u.kind !== "RESTORED" ? (
                  <p className="mt-1 text-sm text-slate-700">{t("detail.updateEta", { at: format.dateTime(u.estimatedRestoreAt, "short") })}</p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">{t("detail.noUpdates")}</p>
        )}
      </Card>
    </div>
  );
}
