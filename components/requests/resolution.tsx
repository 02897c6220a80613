import { useFormatter, useTranslations } from "next-intl";
import type { TimelineEvent } from "./timeline";

/** The latest event of a kind (the question asked, the result given). */
export function latestEvent(events: TimelineEvent[], kind: string): TimelineEvent | undefined {
  return events.findLast((e) => e.kind === kind);
}

/** 处理结果 (R2.3): what was done, by whom, and when. */
export function Resolution({ event }: { event: TimelineEvent }) {
  const t = useTranslations("detail");
  const format = useFormatter();
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-slate-600">{t("resultHandler")}</dt>
      <dd className="text-slate-900">{event.actor?.displayName ?? t("actorSystem")}</dd>
      <dt className="text-slate-600">{t("resultTime")}</dt>
      <dd className="text-slate-900">
        <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, "short")}</time>
      </dd>
      {event.body ? (
        <>
          <dt className="text-slate-600">{t("resultText")}</dt>
          <dd className="whitespace-pre-wrap break-words text-slate-900">{event.body}</dd>
        </>
      ) : null}
    </dl>
  );
}
