import { useFormatter, useTranslations } from "next-intl";
import { ENDED_STATUSES } from "@/lib/domain/request-status";
import type { RequestStatus, RequestType } from "@/lib/domain/roles";
import { SLA_TABLE, type ClockTimes } from "@/lib/domain/sla";
import { SlaClock } from "./sla-clock";

type Clocks = ClockTimes & { status: RequestStatus; type?: RequestType };

/**
 * Every clock that applies to the request. Ended requests stop the clocks they never met; while
 * the request waits for the customer, the clocks are paused and say since when — except a
 * statutory reply deadline (a complaint's 15 days), which runs on and is named as such.
 */
export function RequestClocks({ request, now, viewer }: { request: Clocks; now: Date; viewer: "customer" | "staff" }) {
  const t = useTranslations("clock");
  const tc = useTranslations("complaints.deadline");
  const format = useFormatter();
  const ended = ENDED_STATUSES.includes(request.status);
  const pausedAt = ended ? null : request.clockPausedAt;
  const clock = { stopped: ended, pausedAt, now };
  const statutory = !!request.type && SLA_TABLE[request.type].resolveStatutory === true;
  // The pause notice only where some clock still to be met is actually paused.
  const somePaused = !!pausedAt && (!request.acceptedAt || (!!request.respondBy && !request.respondedAt) || (!!request.resolveBy && !request.resolvedAt && !statutory));
  return (
    <div className="space-y-2">
      {somePaused && pausedAt ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {t(viewer === "customer" ? "pausedNotice" : "pausedNoticeStaff", { time: format.dateTime(pausedAt, "short") })}
        </p>
      ) : null}
      <SlaClock name="acceptBy" deadline={request.acceptBy} metAt={request.acceptedAt} {...clock} />
      {request.respondBy ? <SlaClock name="respondBy" deadline={request.respondBy} metAt={request.respondedAt} {...clock} /> : null}
      {request.resolveBy ? (
        <SlaClock name="resolveBy" deadline={request.resolveBy} metAt={request.resolvedAt} {...clock} {...(statutory ? { pausedAt: null, label: tc("title") } : {})} />
      ) : null}
    </div>
  );
}
