import { getFormatter, getTranslations } from "next-intl/server";
import type { OutcomeStatus, OutcomeStep } from "@/lib/domain/outcomes";
import { Badge } from "@/components/ui/badge";
import type { StaffOutcomePage } from "@/server/dal/outcomes";
import { STATUS_TONE } from "./status-tone";

/** Every save and step of a page, newest first, each with the text as it then was. */
export async function RevisionHistory({ revisions }: { revisions: StaffOutcomePage["revisions"] }) {
  const [t, format] = await Promise.all([getTranslations("outcomes"), getFormatter()]);
  return (
    <ol aria-label={t("admin.historyLabel")} className="space-y-3">
      {revisions.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONE[r.status as OutcomeStatus]}>{t(`status.${r.status as OutcomeStatus}`)}</Badge>
            <span className="text-slate-900">{t("admin.historyEntry", { step: t(`step.${r.action as OutcomeStep}`), name: r.actor.displayName, time: format.dateTime(r.createdAt, "short") })}</span>
          </div>
          {r.note ? <p className="mt-1 break-words text-slate-800">{t("admin.historyNote", { note: r.note })}</p> : null}
          <details className="mt-1">
            <summary className="cursor-pointer text-brand-700 underline">{t("admin.historyText")}</summary>
            <div className="mt-2 space-y-2">
              <p className="font-medium text-slate-900">{r.title}</p>
              <pre lang="zh-CN" className="whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">{r.body}</pre>
              {r.bodyEn ? <pre lang="en" className="whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">{r.bodyEn}</pre> : null}
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
