import { useFormatter, useTranslations } from "next-intl";
import { ENDED_STATUSES } from "@/lib/domain/request-status";
import type { RequestStatus } from "@/lib/domain/roles";
import type { ClockTimes } from "@/lib/domain/sla";
import { SlaClock } from "./sla-clock";

type Clocks = ClockTimes & { status: RequestStatus };

/**
 * Every clock that applies to the request. Ended requests stop the clocks they never met; while
 * the request waits for the customer, the clocks are paused and say since when.
 */
export function RequestClocks({ request, now, viewer }: { request: Clocks; now: Date; viewer: "customer" | "staff" }) {
  const t = useTranslations("clock");
  const format = useFormatter();
  const ended = ENDED_STATUSES.includes(request.status);
  const pausedAt = ended ? null : request.clockPausedAt;
  const clock = { stopped: ended, pausedAt, now };
  return (
    <div className="space-y-2">
      {pausedAt ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {t(viewer === "customer" ? "pausedNotice" : "pausedNoticeStaff", { time: format.dateTime(pausedAt, "short") })}
        </p>
      ) : null}
      <SlaClock name="acceptBy" deadline={request.acceptBy} metAt={request.acceptedAt} {...clock} />
      {request.respondBy ? <SlaClock name="respondBy" deadline={request.respondBy} metAt={request.respondedAt} {...clock} /> : null}
      {request.resolveBy ? <SlaClock name="resolveBy" deadline={request.resolveBy} metAt={request.resolvedAt} {...clock} /> : null}
    </div>
  );
}
