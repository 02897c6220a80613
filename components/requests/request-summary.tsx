import { useFormatter, useTranslations } from "next-intl";
import type { RequestDetail } from "@/server/dal/requests";
import { StatusBadge } from "./status-badge";

/** The facts of a request, as a description list. */
export function RequestSummary({ request }: { request: Omit<RequestDetail, "events" | "customer"> }) {
  const t = useTranslations("request");
  const format = useFormatter();
  const d = request.details as { symptom?: string; since?: string | null; contactPhone?: string | null };
  const rows: Array<[string, React.ReactNode]> = [
    [t("srn"), <span key="srn" className="font-mono">{request.srn}</span>],
    [t("levelLabel"), t(`level.${request.level}` as "level.1")],
    [t("line"), request.line ? `${t(`kind.${request.line.kind}`)} · ${request.line.number}` : "—"],
    [t("symptomLabel"), d.symptom && t.has(`symptom.${d.symptom}`) ? t(`symptom.${d.symptom}` as "symptom.OTHER") : request.title],
    [t("since"), d.since ? format.dateTime(new Date(d.since), "short") : "—"],
    [t("contactPhone"), d.contactPhone ?? "—"],
    [t("createdAt"), format.dateTime(request.createdAt, "short")],
    [t("channelLabel"), t(`channel.${request.channel}`)],
    [t("handler"), request.owner?.displayName ?? t("noHandler")],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={request.status} />
        <span className="text-sm text-slate-700">{t(`type.${request.type}`)}</span>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-sm text-slate-600">{t("description")}</h3>
        <p className="mt-1 whitespace-pre-wrap text-sm text-slate-900">{request.description}</p>
      </div>
    </div>
  );
}
