import type { RequestStatus } from "@/lib/domain/roles";
import { SlaClock } from "./sla-clock";

type Clocks = {
  status: RequestStatus;
  acceptBy: Date;
  acceptedAt: Date | null;
  respondBy: Date | null;
  respondedAt: Date | null;
  resolveBy: Date | null;
  resolvedAt: Date | null;
};

/** Every clock that applies to the request. Ended requests stop the clocks they never met. */
export function RequestClocks({ request, now }: { request: Clocks; now: Date }) {
  const ended = request.status === "WITHDRAWN" || request.status === "RETURNED" || request.status === "CLOSED";
  return (
    <div className="space-y-2">
      <SlaClock name="acceptBy" deadline={request.acceptBy} metAt={request.acceptedAt} stopped={ended} now={now} />
      {request.respondBy ? <SlaClock name="respondBy" deadline={request.respondBy} metAt={request.respondedAt} stopped={ended} now={now} /> : null}
      {request.resolveBy ? <SlaClock name="resolveBy" deadline={request.resolveBy} metAt={request.resolvedAt} stopped={ended} now={now} /> : null}
    </div>
  );
}
