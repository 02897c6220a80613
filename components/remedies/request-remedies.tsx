import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentMeasure } from "@/lib/domain/remedies";
import { moneyFormatter } from "@/components/plans/money";
import { Card } from "@/components/ui/card";

export type RequestRemedy = { id: string; measure: CommitmentMeasure; amountFen: number; billMonth: string | null };

/** The approved remedies of a request, on its progress page (read-only): what was credited, on which bill. */
export async function RequestRemedies({ remedies }: { remedies: RequestRemedy[] }) {
  if (!remedies.length) return null;
  const [t, format] = await Promise.all([getTranslations("remedies"), getFormatter()]);
  const money = moneyFormatter(format);
  return (
    <Card title={t("customer.title")} titleId="remedies">
      <ul className="space-y-2 text-sm text-slate-800">
        {remedies.map((r) => (
          <li key={r.id}>{t("customer.approved", { measure: t(`measure.${r.measure}`), amount: money(r.amountFen), month: r.billMonth ?? "" })}</li>
        ))}
      </ul>
    </Card>
  );
}
