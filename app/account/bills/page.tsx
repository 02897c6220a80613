import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cstMonthStart } from "@/lib/domain/time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { moneyFormatter } from "@/components/plans/money";
import { PageHeader } from "@/components/ui/page-header";
import { Money } from "@/components/plans/money";
import { requireCustomer } from "@/server/actor";
import { listMyBills, type BillView } from "@/server/dal/bills";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bills"))("title") };
}

const STATE_TONE = { PAID: "success", DUE: "warning", OVERDUE: "danger" } as const;
const SUMS = ["PLAN_FEE", "EXTRA_USAGE", "ADD_ON", "CREDIT"] as const;

/** 账单: each line's monthly bills, newest first, with what they are made of and whether they are paid. */
export default async function BillsPage() {
  const actor = await requireCustomer("/account/bills");
  const now = new Date();
  const [t, tk, format, locale, data] = await Promise.all([getTranslations("bills"), getTranslations("request.kind"), getFormatter(), getLocale(), listMyBills(actor, now)]);
  const date = (at: Date) => format.dateTime(at, "date");
  const money = moneyFormatter(format);
  const monthName = (month: string) => format.dateTime(cstMonthStart(month), { year: "numeric", month: "long" });
  // A bill with nothing to pay (only credits so far, such as a service remedy) says so.
  const nothingToPay = (bill: BillView) => bill.state !== "PAID" && bill.totalFen <= 0;
  const stateText = (bill: BillView) =>
    nothingToPay(bill) ? t("state.NOTHING_DUE") : bill.state === "PAID" ? t("state.PAID") : bill.state === "DUE" ? t("state.DUE", { date: date(bill.dueAt) }) : t("state.OVERDUE", { date: date(bill.dueAt) });
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <ButtonLink href="/account/plans" variant="secondary">
            {t("myPlans")}
          </ButtonLink>
        }
      />
      {data.arrears.count ? (
        <Alert tone={data.arrears.overdueFen ? "error" : "warning"} title={t("unpaidTitle", { count: data.arrears.count })}>
          <p>
            {t("unpaidTotal", { amount: money(data.arrears.unpaidFen) })}
            {data.arrears.overdueFen ? ` ${t("overdueTotal", { amount: money(data.arrears.overdueFen) })}` : ""}
          </p>
          <p className="mt-1">{t("payHint")}</p>
        </Alert>
      ) : (
        <Alert tone="success">{t("allPaid")}</Alert>
      )}
      {data.lines.length === 0 ? <p className="rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("noLines")}</p> : null}
      {data.lines.map((line) => (
        <Card key={line.id} title={`${tk(line.kind)} · ${line.number}`} titleId={`bills-${line.id}`}>
          <p className="-mt-2 mb-3 text-sm text-slate-700">{locale === "en" ? line.plan.nameEn : line.plan.name}</p>
          {line.bills.length === 0 ? (
            <p className="text-sm text-slate-700">{t("none")}</p>
          ) : (
            <ul className="space-y-3">
              {line.bills.map((bill) => {
                const id = `bill-${bill.id}`;
                return (
                  <li key={bill.id}>
                    <article aria-labelledby={id} className="rounded-md p-3 ring-1 ring-slate-200">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <h3 id={id} className="font-semibold text-slate-900">
                          {monthName(bill.month)}
                        </h3>
                        <div className="flex flex-wrap items-center gap-3">
                          <Badge tone={nothingToPay(bill) ? "info" : STATE_TONE[bill.state]}>{stateText(bill)}</Badge>
                          <span className="text-lg font-semibold text-slate-900">
                            <Money fen={bill.totalFen} />
                          </span>
                        </div>
                      </div>
                      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
                        {/* A service remedy (补偿) is shown only on the bills that carry one. */}
                        {[...SUMS, ...(bill.byKind.REMEDY ? (["REMEDY"] as const) : [])].map((kind) => (
                          <div key={kind}>
                            <dt className="text-slate-600">{t(`kind.${kind}`)}</dt>
                            <dd className="text-slate-900">
                              <Money fen={bill.byKind[kind]} />
                            </dd>
                          </div>
                        ))}
                        <div>
                          <dt className="text-slate-600">{bill.paidAt ? t("paidAt") : t("dueAt")}</dt>
                          <dd className="text-slate-900">{date(bill.paidAt ?? bill.dueAt)}</dd>
                        </div>
                      </dl>
                      <details className="mt-2 text-sm">
                        <summary className="cursor-pointer text-brand-700 underline">{t("items")}</summary>
                        <ul className="mt-2 divide-y divide-slate-100">
                          {bill.items.map((item, i) => (
                            <li key={i} className="flex justify-between gap-4 py-1">
                              <span className="min-w-0 break-words text-slate-800">{locale === "en" ? item.labelEn : item.label}</span>
                              <span className="shrink-0 text-slate-900">
                                <Money fen={item.amountFen} />
                              </span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}
