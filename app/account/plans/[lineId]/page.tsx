import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { moneyFormatter } from "@/components/plans/money";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { contractEndsAt } from "@/lib/domain/plans";
import { planCodeSchema } from "@/lib/schemas/plans";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Money } from "@/components/plans/money";
import { PlanFacts } from "@/components/plans/plan-facts";
import { requireCustomer } from "@/server/actor";
import { planChangeOptions } from "@/server/dal/plans";
import { schedulePlanChangeAction } from "../actions";
import { ConfirmPlanChangeForm } from "./_components/confirm-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans.change"))("title") };
}

type Props = { params: Promise<{ lineId: string }>; searchParams: Promise<{ to?: string | string[] }> };

/**
 * 变更套餐: choose a plan of the line's kind (a GET form, so the choice is in the URL), then read
 * the new monthly fee, the difference, the effective date and any contract-term restriction, and
 * confirm. A plan the contract term rules out is shown with the reason and cannot be chosen.
 */
export default async function ChangePlanPage({ params, searchParams }: Props) {
  const { lineId } = await params;
  const actor = await requireCustomer(`/account/plans/${encodeURIComponent(lineId)}`);
  const now = new Date();
  const data = await planChangeOptions(actor, lineId, now);
  if (!data) notFound();
  const { to } = await searchParams;
  const code = planCodeSchema.safeParse(Array.isArray(to) ? to[0] : to);
  const [t, tk, format, locale] = await Promise.all([getTranslations("plans.change"), getTranslations("request.kind"), getFormatter(), getLocale()]);
  const { line, options, effectiveAt } = data;
  const name = (p: { name: string; nameEn: string }) => (locale === "en" ? p.nameEn : p.name);
  const date = (at: Date) => format.dateTime(at, "date");
  const chosen = code.success ? options.find((o) => o.plan.code === code.data) : undefined;
  const refusal = (reason: string) => t(`refused.${reason}` as "refused.lockIn", { date: line.lockInEndsAt ? date(line.lockInEndsAt) : "" });
  const newTermEnds = chosen ? contractEndsAt(effectiveAt, chosen.plan.contractMonths) : null;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/account/plans" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("heading", { kind: tk(line.kind), number: line.number })}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("current", { plan: name(line.plan), code: line.plan.code, fee: moneyFormatter(format)(line.plan.monthlyFeeFen) })}</p>
      </div>
      {line.lockInEndsAt ? (
        <Alert tone="warning" title={t("lockInTitle", { date: date(line.lockInEndsAt) })}>
          {t("lockInText")}
        </Alert>
      ) : null}
      {line.pending ? (
        <Alert tone="warning" title={t("pendingTitle")}>
          {t("pendingText", { code: line.pending.toPlan.code, date: date(line.pending.effectiveAt) })}{" "}
          <Link href="/account/plans" className="font-medium underline">
            {t("back")}
          </Link>
        </Alert>
      ) : line.status !== "ACTIVE" ? (
        <Alert tone="warning">{t("notActive")}</Alert>
      ) : (
        <>
          {chosen ? (
            <Card title={t("confirmTitle")} titleId="confirm">
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="text-slate-600">{t("newPlan")}</dt>
                <dd className="font-medium text-slate-900">
                  {name(chosen.plan)} ({chosen.plan.code})
                </dd>
                <dt className="text-slate-600">{t("newFee")}</dt>
                <dd className="text-slate-900">
                  <Money fen={chosen.plan.monthlyFeeFen} />
                  {t("perMonth")}
                </dd>
                <dt className="text-slate-600">{t("difference")}</dt>
                <dd className="text-slate-900">
                  <Money fen={chosen.feeDiffFen} signed />
                  {t("perMonth")} {chosen.feeDiffFen < 0 ? t("cheaper") : chosen.feeDiffFen > 0 ? t("dearer") : t("sameFee")}
                </dd>
                <dt className="text-slate-600">{t("effective")}</dt>
                <dd className="text-slate-900">{t("effectiveText", { date: date(effectiveAt) })}</dd>
                <dt className="text-slate-600">{t("restriction")}</dt>
                <dd className="text-slate-900">
                  {line.lockInEndsAt ? t("restrictionLockIn", { date: date(line.lockInEndsAt) }) : t("restrictionNone")}
                  {newTermEnds ? ` ${t("newTerm", { months: chosen.plan.contractMonths, date: date(newTermEnds) })}` : ""}
                </dd>
              </dl>
              <div className="mt-4">
                {chosen.check.ok ? (
                  <>
                    <p className="mb-3 text-sm text-slate-700">{t("confirmLead")}</p>
                    <ConfirmPlanChangeForm lineId={line.id} toPlan={chosen.plan.code} action={schedulePlanChangeAction} />
                  </>
                ) : (
                  <Alert tone="error">{refusal(chosen.check.reason)}</Alert>
                )}
              </div>
            </Card>
          ) : code.success || to ? (
            <Alert tone="error">{t("unknownPlan")}</Alert>
          ) : null}
          <form method="get" aria-labelledby="choose" className="space-y-4">
            <h2 id="choose" className="text-lg font-semibold text-slate-900">
              {t("chooseTitle")}
            </h2>
            <fieldset>
              <legend className="sr-only">{t("chooseLegend")}</legend>
              <ul className="grid gap-3 sm:grid-cols-2">
                {options.map(({ plan, check, feeDiffFen }) => {
                  const id = `to-${plan.code}`;
                  return (
                    <li key={plan.code}>
                      <div className={check.ok ? "h-full rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" : "h-full rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"}>
                        <div className="flex items-start gap-3">
                          <input id={id} type="radio" name="to" value={plan.code} disabled={!check.ok} defaultChecked={chosen?.plan.code === plan.code} aria-describedby={`${id}-info`} className="mt-1 h-5 w-5 shrink-0" />
                          <label htmlFor={id} className="min-w-0 flex-1">
                            <span className="block font-semibold text-slate-900">
                              {name(plan)} <span className="text-xs font-normal text-slate-600">{plan.code}</span>
                            </span>
                            <span className="block text-sm text-slate-900">
                              <Money fen={plan.monthlyFeeFen} />
                              {t("perMonth")} (<Money fen={feeDiffFen} signed />)
                            </span>
                          </label>
                        </div>
                        <div id={`${id}-info`} className="mt-2 pl-8">
                          <PlanFacts plan={plan} />
                          {!check.ok ? <p className="mt-2 text-sm text-red-800">{refusal(check.reason)}</p> : null}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            {options.length ? <Button type="submit">{t("review")}</Button> : <p className="text-sm text-slate-700">{t("noOptions")}</p>}
          </form>
        </>
      )}
    </div>
  );
}
