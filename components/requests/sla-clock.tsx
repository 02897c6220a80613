import { useFormatter, useTranslations } from "next-intl";
import { SLA_TABLE, clockState, unmetDeadlines, type ClockName, type ClockTimes } from "@/lib/domain/sla";
import { isOpen } from "@/lib/domain/request-status";
import type { RequestStatus, RequestType } from "@/lib/domain/roles";
import { Badge } from "../ui/badge";
import { formatDuration } from "./duration";

export type { ClockName };

/**
 * One promised time limit and where it stands at `now` (server render time): running with the
 * time left, paused (time left frozen), met (on time or late), overdue, or no longer timed.
 */
export function SlaClock({
  name,
  deadline,
  metAt,
  stopped,
  pausedAt,
  now,
  label,
}: {
  name: ClockName;
  deadline: Date;
  metAt: Date | null;
  stopped: boolean;
  pausedAt: Date | null;
  now: Date;
  /** A name other than the clock's own (a complaint's 法定答复期限 for its resolve-by). */
  label?: string;
}) {
  const t = useTranslations("clock");
  const format = useFormatter();
  const state = clockState(deadline, metAt, now, stopped, pausedAt);
  let badge;
  if (state.state === "running") badge = <Badge tone="info">{t("remaining", { duration: formatDuration(state.remainingMs, t) })}</Badge>;
  else if (state.state === "breached") badge = <Badge tone="danger">{t("overdue", { duration: formatDuration(state.overdueMs, t) })}</Badge>;
  else if (state.state === "paused")
    badge = (
      <Badge tone={state.remainingMs >= 0 ? "warning" : "danger"}>
        {state.remainingMs >= 0 ? t("pausedRemaining", { duration: formatDuration(state.remainingMs, t) }) : t("pausedOverdue", { duration: formatDuration(-state.remainingMs, t) })}
      </Badge>
    );
  else if (state.state === "met")
    badge = <Badge tone={state.late ? "warning" : "success"}>{t(state.late ? "metLate" : "met", { time: format.dateTime(state.metAt, "short") })}</Badge>;
  else badge = <Badge>{t("stopped")}</Badge>;
  return (
    <div role="group" aria-label={label ?? t(name)} className="flex flex-col gap-1 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between" data-clock={name} data-state={state.state}>
      <div>
        <p className="text-sm font-medium text-slate-900">{label ?? t(name)}</p>
        <p className="text-xs text-slate-700">
          <time dateTime={deadline.toISOString()}>{t("deadline", { time: format.dateTime(deadline, "short") })}</time>
        </p>
      </div>
      <div>{badge}</div>
    </div>
  );
}

/** The next unmet deadline of a request, for lists. A statutory deadline is never paused. */
export function NextDeadline({ request, now }: { request: ClockTimes & { status: RequestStatus; type?: RequestType }; now: Date }) {
  const t = useTranslations("clock");
  const tc = useTranslations("complaints.deadline");
  if (!isOpen(request.status)) return <span className="text-slate-600">—</span>;
  const next = unmetDeadlines(request)[0];
  if (!next) return <span className="text-slate-600">—</span>;
  const statutory = next.clock === "resolveBy" && !!request.type && SLA_TABLE[request.type].resolveStatutory === true;
  const pausedAt = statutory ? null : request.clockPausedAt;
  // While paused, the time left is frozen at the pause.
  const left = next.at.getTime() - (pausedAt ?? now).getTime();
  return (
    <span className="flex flex-col">
      <span className="text-xs text-slate-700">{statutory ? tc("title") : t(next.clock)}</span>
      {pausedAt ? (
        <Badge tone="warning">{left >= 0 ? t("pausedRemaining", { duration: formatDuration(left, t) }) : t("pausedOverdue", { duration: formatDuration(-left, t) })}</Badge>
      ) : left >= 0 ? (
        <Badge tone="info">{t("remaining", { duration: formatDuration(left, t) })}</Badge>
      ) : (
        <Badge tone="danger">{t("overdue", { duration: formatDuration(-left, t) })}</Badge>
      )}
    </span>
  );
}
