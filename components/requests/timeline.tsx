import { useFormatter, useTranslations } from "next-intl";
import type { RequestStatus } from "@/lib/domain/roles";
import { Badge } from "../ui/badge";
import { StatusBadge } from "./status-badge";

export type TimelineEvent = {
  id: string;
  kind: string;
  visibility: "CUSTOMER" | "INTERNAL";
  body: string | null;
  toStatus: RequestStatus | null;
  createdAt: Date;
  actor: { displayName: string; role: string } | null;
};

/**
 * The request's history, oldest first. `viewerIsCustomer` names the customer's own steps "you";
 * `labels` tells a type's steps in its own words (a complaint's 答复了投诉 for resolve).
 */
export function Timeline({ events, viewerIsCustomer, labels }: { events: TimelineEvent[]; viewerIsCustomer: boolean; labels?: Partial<Record<string, string>> }) {
  const t = useTranslations("detail");
  const format = useFormatter();
  if (!events.length) return <p className="text-sm text-slate-700">{t("noEvents")}</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {events.map((e) => {
        const who = !e.actor ? t("actorSystem") : viewerIsCustomer && e.actor.role === "CUSTOMER" ? t("actorYou") : e.actor.displayName;
        const what = labels?.[e.kind] ?? (t.has(`event.${e.kind}`) ? t(`event.${e.kind}` as "event.created") : e.kind);
        return (
          <li key={e.id} className="relative">
            <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full bg-brand-600 ring-4 ring-white" />
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-slate-900">{who}</span>
              <span className="text-slate-800">{what}</span>
              {e.toStatus ? <StatusBadge status={e.toStatus} /> : null}
              {e.visibility === "INTERNAL" ? <Badge tone="warning">{t("internal")}</Badge> : null}
            </div>
            <p className="text-xs text-slate-600">
              <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, "short")}</time>
            </p>
            {e.body ? (
              <p className={`mt-1 whitespace-pre-wrap rounded-md p-2 text-sm text-slate-800 ring-1 ${e.visibility === "INTERNAL" ? "bg-amber-50 ring-amber-200" : "bg-slate-50 ring-slate-200"}`}>{e.body}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
