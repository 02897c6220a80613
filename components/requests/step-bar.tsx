import { useTranslations } from "next-intl";
import { progressSteps } from "@/lib/domain/progress";
import type { RequestStatus } from "@/lib/domain/roles";
import { cn } from "../ui/cn";

/**
 * 办理进度: 已提交 → 已受理 → 处理中 → 已解决 → 已关闭 (待补充信息, 已退回, 已撤销 where they apply).
 * The current step carries aria-current="step", and every step says in words where it stands.
 */
export function StepBar({ status }: { status: RequestStatus }) {
  const t = useTranslations("detail");
  const ts = useTranslations("request.status");
  const steps = progressSteps(status);
  return (
    <ol className="flex flex-col gap-2 sm:flex-row sm:gap-0">
      {steps.map((step, i) => (
        <li
          key={step.status}
          aria-current={step.state === "current" ? "step" : undefined}
          className={cn(
            "flex items-center gap-2 sm:flex-1 sm:flex-col sm:text-center",
            step.state === "upcoming" ? "text-slate-600" : "text-slate-900",
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              "flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-semibold ring-2",
              step.state === "done" && "bg-brand-600 text-white ring-brand-600",
              step.state === "current" && "bg-white text-brand-800 ring-brand-600",
              step.state === "upcoming" && "bg-white text-slate-600 ring-slate-300",
            )}
          >
            {step.state === "done" ? "✓" : i + 1}
          </span>
          <span className="text-sm">
            <span className={step.state === "current" ? "font-semibold" : undefined}>{ts(step.status)}</span>
            <span className={cn("block text-xs", step.state === "upcoming" && "sr-only")}>{t(`step.${step.state}`)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
