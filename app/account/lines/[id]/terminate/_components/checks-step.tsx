import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { EndingService, TerminationChecks } from "@/lib/domain/termination";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { useMoney } from "@/components/plans/money";

function CheckItem({ title, ok, children }: { title: string; ok: boolean; children: React.ReactNode }) {
  const t = useTranslations("termination.check");
  return (
    <li className="rounded-md p-3 ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium text-slate-900">{title}</h3>
        <Badge tone={ok ? "success" : "danger"}>{ok ? t("ok") : t("blocked")}</Badge>
      </div>
      <div className="mt-1 text-sm text-slate-800">{children}</div>
    </li>
  );
}

/** What ends with the line, in words the customer can act on. */
export function EndingList({ ending }: { ending: EndingService[] }) {
  const t = useTranslations("termination.check.ending");
  const tr = useTranslations("request.addOn");
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
      {ending.map((e) => (
        <li key={e.kind === "addOn" ? `addOn-${e.addOn}` : e.kind}>
          {e.kind === "addOn"
            ? t("addOn", { addOn: tr.has(e.addOn) ? tr(e.addOn as "CALLER_ID") : e.addOn })
            : e.kind === "numberRecycled"
              ? t("numberRecycled", { days: e.days })
              : t(e.kind)}
        </li>
      ))}
    </ul>
  );
}

/** Step 2: arrears, the contract term and the line's status, each with what the customer can do; what ends with the line. */
export function ChecksStep({ checks }: { checks: TerminationChecks }) {
  const t = useTranslations("termination.check");
  const ts = useTranslations("termination.lineStatus");
  const format = useFormatter();
  const money = useMoney();
  return (
    <div className="space-y-4">
      <ul className="space-y-3">
        <CheckItem title={t("arrearsTitle")} ok={checks.arrears.ok}>
          {checks.arrears.ok ? (
            t("arrearsOk")
          ) : (
            <>
              <p>{t("arrearsBad", { count: checks.arrears.count, amount: money(checks.arrears.amountFen) })}</p>
              <p className="mt-1">
                <Link href="/account/bills" className="font-medium text-brand-700 underline">
                  {t("payBills")}
                </Link>
              </p>
            </>
          )}
        </CheckItem>
        <CheckItem title={t("lockInTitle")} ok={checks.lockIn.ok}>
          {checks.lockIn.ok || !checks.lockIn.endsAt ? t("lockInOk") : t("lockInBad", { date: format.dateTime(checks.lockIn.endsAt, "date") })}
        </CheckItem>
        <CheckItem title={t("statusTitle")} ok={checks.status.ok}>
          {checks.status.ok ? t("statusOk", { status: ts(checks.status.status) }) : t("statusBad", { status: ts(checks.status.status) })}
        </CheckItem>
      </ul>
      <div>
        <h3 className="font-medium text-slate-900">{t("endingTitle")}</h3>
        <p className="mb-1 text-sm text-slate-700">{t("endingLead")}</p>
        <EndingList ending={checks.ending} />
      </div>
      {checks.blocked ? <Alert tone="error">{t("blockedAlert")}</Alert> : null}
    </div>
  );
}
