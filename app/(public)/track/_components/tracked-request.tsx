import { useFormatter, useTranslations } from "next-intl";
import type { TrackedRequest } from "@/server/dal/tracking";
import { Card } from "@/components/ui/card";
import { RequestClocks } from "@/components/requests/request-clocks";
import { RequestTitle } from "@/components/requests/request-title";
import { StepBar } from "@/components/requests/step-bar";
import { StatusBadge } from "@/components/requests/status-badge";
import { Timeline } from "@/components/requests/timeline";

/** The read-only view a verified tracking code opens. */
export function TrackedRequestView({ request, now }: { request: TrackedRequest; now: Date }) {
  const t = useTranslations("track");
  const tr = useTranslations("request");
  const tl = useTranslations("requests");
  const td = useTranslations("detail");
  const format = useFormatter();
  const rows: Array<[string, React.ReactNode]> = [
    [tr("srn"), <span key="srn" className="font-mono">{request.srn}</span>],
    [tl("colTitle"), <RequestTitle key="title" type={request.type} title={request.title} />],
    [tr("levelLabel"), tr(`level.${request.level}` as "level.1")],
    [tr("createdAt"), format.dateTime(request.createdAt, "short")],
    [tr("contactPhone"), request.contactPhone],
    [tr("handler"), request.owner?.displayName ?? tr("noHandler")],
  ];
  return (
    <div className="space-y-6">
      <Card title={td("progress")} titleId="progress">
        <StepBar status={request.status} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card title={t("summary")} titleId="summary">
            <div className="mb-4 flex flex-wrap items-center gap-3">
              <StatusBadge status={request.status} />
              <span className="text-sm text-slate-700">{tr(`type.${request.type}`)}</span>
            </div>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="break-words text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={t("timeline")} titleId="timeline">
            <Timeline events={request.events} viewerIsCustomer />
          </Card>
        </div>
        <Card title={t("clocks")} titleId="clocks">
          <RequestClocks request={request} now={now} viewer="customer" />
        </Card>
      </div>
    </div>
  );
}
