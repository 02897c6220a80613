import { useFormatter, useTranslations } from "next-intl";
import type { PortingEligibility } from "@/lib/domain/termination";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { useMoney } from "@/components/plans/money";

/** Step 4: 携号转网 as the alternative, each condition with its result and why. */
export function PortingStep({ porting, kind }: { porting: PortingEligibility; kind: string }) {
  const t = useTranslations("termination");
  const tc = useTranslations("termination.check");
  const tk = useTranslations("request.kind");
  const format = useFormatter();
  const money = useMoney();
  if (!porting.applicable) return <p className="text-sm text-slate-800">{t("portingNotApplicable", { kind: tk(kind as "MOBILE") })}</p>;
  const values = {
    days: porting.daysOnNetwork,
    amount: money(porting.arrearsFen),
    date: porting.lockInEndsAt ? format.dateTime(porting.lockInEndsAt, "date") : "",
  };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-800">{t("portingLead")}</p>
      <ul className="space-y-2">
        {porting.criteria.map((c) => (
          <li key={c.key} className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={c.ok ? "success" : "danger"}>{c.ok ? tc("ok") : tc("blocked")}</Badge>
            <span className="text-slate-800">{t(`porting.${c.key}.${c.ok ? "ok" : "bad"}`, values)}</span>
          </li>
        ))}
      </ul>
      <Alert tone={porting.eligible ? "success" : "info"}>{porting.eligible ? t("portingEligible") : t("portingNotEligible")}</Alert>
    </div>
  );
}
