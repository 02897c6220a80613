import { useFormatter, useTranslations } from "next-intl";
import { cstDateAt } from "@/lib/domain/time";
import { netDirection, type Settlement } from "@/lib/domain/termination";
import { useMoney } from "../plans/money";

/** The settlement of a termination, item by item, refunds positive and charges negative, with the net. */
export function SettlementTable({ settlement, caption }: { settlement: Settlement; caption?: string }) {
  const t = useTranslations("termination.settlement");
  const format = useFormatter();
  const money = useMoney();
  const s = settlement;
  const asOf = cstDateAt(s.asOf);
  const rows: Array<[string, number]> = [
    [t("balance"), s.balanceRefundFen],
    [t("deposit"), s.depositRefundFen],
    [t("finalMonth", { month: s.finalMonth.month, days: s.finalMonth.daysUsed, dim: s.finalMonth.daysInMonth }), -s.finalMonth.feeFen],
    [t("unpaid", { count: s.unpaidBills }), -s.unpaidBillsFen],
  ];
  const direction = netDirection(s.netFen);
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left text-xs text-slate-600">
        {caption ?? t("caption")}
        {asOf ? ` · ${t("asOf", { date: format.dateTime(asOf, "date") })}` : null}
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("colItem")}</th>
          <th scope="col">{t("colAmount")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, fen]) => (
          <tr key={label} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-700">
              {label}
            </th>
            <td className="whitespace-nowrap py-2 text-right font-mono text-slate-900">{money(fen, true)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="pt-3 pr-3 text-left font-semibold text-slate-900">
            {direction === "refund" ? t("netRefund") : direction === "pay" ? t("netPay") : t("netNone")}
          </th>
          <td className="whitespace-nowrap pt-3 text-right font-mono text-base font-semibold text-slate-900">
            {direction === "none" ? t("netNoneValue") : money(Math.abs(s.netFen))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
