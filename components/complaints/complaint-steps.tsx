import { useTranslations } from "next-intl";
import { complaintSteps } from "@/lib/domain/complaints";
import type { ComplaintStage, RequestStatus } from "@/lib/domain/roles";
import { StepBar } from "../requests/step-bar";
import { cn } from "../ui/cn";

/**
 * 投诉 workflow: 受理 → 调查 → 处理 → 反馈 (lib/domain/complaints.ts). The current step carries
 * aria-current="step" and every step says in words where it stands. A returned or withdrawn
 * complaint never entered the workflow: the general step bar shows it.
 */
export function ComplaintSteps({ status, stage }: { status: RequestStatus; stage: ComplaintStage | null }) {
  const t = useTranslations("complaints");
  const td = useTranslations("detail");
  const steps = complaintSteps(status, stage);
  if (!steps) return <StepBar status={status} />;
  return (
    <div className="space-y-3">
      <ol className="flex flex-col gap-2 sm:flex-row sm:gap-0">
        {steps.map((s, i) => (
          <li
            key={s.step}
            aria-current={s.state === "current" ? "step" : undefined}
            className={cn("flex items-center gap-2 sm:flex-1 sm:flex-col sm:text-center", s.state === "upcoming" ? "text-slate-600" : "text-slate-900")}
          >
            <span
              aria-hidden="true"
              className={cn(
                "flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold ring-2",
                s.state === "done" && "bg-brand-600 text-white ring-brand-600",
                s.state === "current" && "bg-white text-brand-800 ring-brand-600",
                s.state === "upcoming" && "bg-white text-slate-600 ring-slate-300",
              )}
            >
              {s.state === "done" ? "✓" : i + 1}
            </span>
            <span className="text-sm">
              <span className={s.state === "current" ? "font-semibold" : undefined}>{t(`step.${s.step}`)}</span>
              <span className={cn("block text-xs", s.state === "upcoming" && "sr-only")}>{td(`step.${s.state}`)}</span>
            </span>
          </li>
        ))}
      </ol>
      {status === "AWAITING_INFO" ? <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">{t("awaitingInfo")}</p> : null}
    </div>
  );
}
