import { getTranslations } from "next-intl/server";
import { resolveKindOf } from "@/lib/domain/sla";
import type { ByLevel, SlaPolicyRules } from "@/lib/domain/sla-policy";

/** One policy version in a few lines: accept-by, respond-by, resolve-by and the warning threshold. */
export async function PolicySummary({ rules, calendarName }: { rules: SlaPolicyRules; calendarName: string | null }) {
  const t = await getTranslations("sla.policy");
  const levels = (h: ByLevel) => t("byLevel", { l1: h[1], l2: h[2], l3: h[3] });
  const where = (onCalendar: boolean) => (onCalendar ? t("onCalendar") : t("allHours"));
  const kind = resolveKindOf(rules.type);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-slate-900">{t("accept")}</dt>
      <dd className="text-slate-800">
        {t("acceptValue", { hours: rules.acceptHours, special: rules.acceptHoursSpecial })} · {where(rules.acceptOnCalendar)}
      </dd>
      <dt className="font-medium text-slate-900">{t("respond")}</dt>
      <dd className="text-slate-800">{rules.respondHours ? `${levels(rules.respondHours)} · ${where(rules.respondOnCalendar)}` : t("none")}</dd>
      <dt className="font-medium text-slate-900">{t("resolve")}</dt>
      <dd className="text-slate-800">
        {kind === "chosenDate" ? t("chosenDate") : rules.resolveHours ? `${levels(rules.resolveHours)} · ${where(rules.resolveOnCalendar)}${kind === "chosenDateOrHours" ? ` · ${t("orChosenDate")}` : ""}` : t("none")}
      </dd>
      <dt className="font-medium text-slate-900">{t("warn")}</dt>
      <dd className="text-slate-800">{t("warnValue", { percent: rules.warnAtPercent })}</dd>
      <dt className="font-medium text-slate-900">{t("calendar")}</dt>
      <dd className="text-slate-800">{calendarName ?? t("defaultCalendar")}</dd>
    </dl>
  );
}
