import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { WIZARD_STEPS, type WizardStep } from "./steps";

/** Where the customer is in the wizard: each step, the current one marked for assistive technology too. */
export function StepIndicator({ current }: { current: WizardStep }) {
  const t = useTranslations("termination");
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t("steps")}>
      {/* On a phone the cells show numbers only; the current step is named here instead. */}
      <p className="mb-2 text-sm font-medium text-slate-900 sm:sr-only">
        {t("stepOf", { n: index + 1, total: WIZARD_STEPS.length })} · {t(`step.${current}`)}
      </p>
      <ol className="grid grid-cols-5 gap-1 text-center text-xs sm:text-sm">
        {WIZARD_STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={step === current ? "step" : undefined}
            className={cn(
              "rounded-md px-1 py-2 ring-1",
              i < index && "bg-brand-50 text-brand-800 ring-brand-100",
              i === index && "bg-brand-700 font-semibold text-white ring-brand-700",
              i > index && "bg-white text-slate-700 ring-slate-200",
            )}
          >
            <span aria-hidden="true" className="block">
              {i + 1}
            </span>
            <span className="sr-only sm:not-sr-only">{t(`step.${step}`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
