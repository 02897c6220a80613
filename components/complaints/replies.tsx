import { useFormatter, useTranslations } from "next-intl";
import type { TimelineEvent } from "../requests/timeline";

/** Every reply (反馈) to the complaint, oldest first, with its handler and time. */
export function ComplaintReplies({ events, viewer }: { events: TimelineEvent[]; viewer: "customer" | "staff" }) {
  const t = useTranslations("complaints.replies");
  const td = useTranslations("detail");
  const format = useFormatter();
  const replies = events.filter((e) => e.kind === "resolve");
  if (!replies.length) return <p className="text-sm text-slate-700">{t(viewer === "customer" ? "none" : "noneStaff")}</p>;
  return (
    <ol className="space-y-4">
      {replies.map((e, i) => (
        <li key={e.id} className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
          <p className="text-sm font-semibold text-slate-900">{t("item", { n: i + 1 })}</p>
          <p className="text-xs text-slate-700">
            {t("meta", { name: e.actor?.displayName ?? td("actorSystem"), time: format.dateTime(e.createdAt, "short") })}
          </p>
          {e.body ? <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">{e.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
