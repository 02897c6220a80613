import { useFormatter, useTranslations } from "next-intl";
import { replyDeadlineState, type ComplaintHistory } from "@/lib/domain/complaints";
import { formatDuration } from "../requests/duration";
import { cn } from "../ui/cn";

/** A long date and time, e.g. 2026年12月13日 14:02 / December 13, 2026 at 14:02 (China time). */
export const LONG_DATE_TIME = { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false } as const;

/**
 * The statutory reply deadline as a sentence: "法定答复期限：2026年12月13日 14:02 前，剩余 3 天", then
 * overdue, replied in time or late. It is never paused (lib/domain/complaints.ts).
 */
export function ReplyDeadline({ history, now, viewer }: { history: ComplaintHistory; now: Date; viewer: "customer" | "staff" }) {
  const t = useTranslations("complaints.deadline");
  const tc = useTranslations("clock");
  const format = useFormatter();
  const state = replyDeadlineState(history, now);
  const date = format.dateTime(state.replyBy, LONG_DATE_TIME);
  let text: string;
  let tone: "ok" | "warn" | "bad" | "neutral";
  switch (state.state) {
    case "pending":
      text = t("pending", { date, duration: formatDuration(state.remainingMs, tc) });
      tone = state.remainingMs < 2 * 86_400_000 ? "warn" : "ok";
      break;
    case "overdue":
      text = t("overdue", { date, duration: formatDuration(state.overdueMs, tc) });
      tone = "bad";
      break;
    case "replied":
      text = t(state.late ? "repliedLate" : "repliedOnTime", { date, repliedAt: format.dateTime(state.repliedAt, LONG_DATE_TIME) });
      tone = state.late ? "bad" : "ok";
      break;
    case "ended":
      text = t("ended", { date });
      tone = "neutral";
      break;
  }
  return (
    <div className="space-y-2" data-reply-deadline={state.state}>
      <p
        className={cn(
          "rounded-md p-3 text-sm font-medium ring-1",
          tone === "ok" && "bg-emerald-50 text-emerald-900 ring-emerald-200",
          tone === "warn" && "bg-amber-50 text-amber-900 ring-amber-200",
          tone === "bad" && "bg-red-50 text-red-900 ring-red-200",
          tone === "neutral" && "bg-slate-50 text-slate-900 ring-slate-200",
        )}
      >
        {text}
      </p>
      <p className="text-xs text-slate-700">{t(viewer === "customer" ? "law" : "lawStaff")}</p>
    </div>
  );
}
