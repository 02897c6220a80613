import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CompleteTerminationInput } from "@/lib/schemas/termination";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { SettlementTable } from "@/components/termination/settlement-table";
import type { StaffTermination } from "@/server/dal/termination-complete";
import { CompleteTerminationForm } from "./complete-termination-form";

type Props = {
  termination: StaffTermination;
  srn: string;
  version: number;
  action: (input: CompleteTerminationInput) => Promise<ClientActionResult<unknown>>;
};

/** The termination part of a TERMINATION request for staff: the line, the checks now, the settlements, and completing it. */
export async function TerminationCard({ termination: x, srn, version, action }: Props) {
  const [t, tr, format, locale] = await Promise.all([getTranslations("termination"), getTranslations("request"), getFormatter(), getLocale()]);
  const checks = x.checks;
  return (
    <Card title={t("staffTitle")} titleId="termination">
      <p className="text-sm font-medium text-slate-900">
        {t("staffLine", { kind: tr(`kind.${x.line.kind}`), number: x.line.number, plan: locale === "en" ? x.line.plan.nameEn : x.line.plan.name })}
      </p>
      {x.line.terminatedAt ? <p className="mt-1 text-sm text-slate-800">{t("terminatedAt", { date: format.dateTime(x.line.terminatedAt, "short") })}</p> : null}
      {checks ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-900">{t("staffChecks")}</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {(
              [
                ["arrearsTitle", checks.arrears.ok],
                ["lockInTitle", checks.lockIn.ok],
                ["statusTitle", checks.status.ok],
              ] as const
            ).map(([key, ok]) => (
              <li key={key} className="flex items-center gap-2">
                <Badge tone={ok ? "success" : "danger"}>{ok ? t("check.ok") : t("check.blocked")}</Badge>
                <span className="text-slate-800">{t(`check.${key}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-4 space-y-4">
        {x.finalSettlement ? <SettlementTable settlement={x.finalSettlement} caption={t("staffFinal")} /> : null}
        {x.settlementNow ? <SettlementTable settlement={x.settlementNow} caption={t("staffNow")} /> : null}
        {x.settlementShown && !x.finalSettlement ? <SettlementTable settlement={x.settlementShown} caption={t("staffShown")} /> : null}
      </div>
      {x.archiveId ? (
        <p className="mt-4 text-sm">
          <Link href={`/admin/archives/${x.archiveId}`} prefetch={false} className="text-brand-700 underline">
            {t("viewArchive")}
          </Link>
        </p>
      ) : null}
      {x.canComplete ? (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <p className="mb-3 text-sm text-slate-700">{t("staffLead")}</p>
          <CompleteTerminationForm srn={srn} version={version} action={action} />
        </div>
      ) : null}
    </Card>
  );
}
