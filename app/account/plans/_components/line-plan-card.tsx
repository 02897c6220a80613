import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { cstMonthKey } from "@/lib/domain/time";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CancelPlanChangeForm } from "@/components/plans/cancel-plan-change-form";
import { Money, useMoney } from "@/components/plans/money";
import { PlanFacts } from "@/components/plans/plan-facts";
import { usePlanName } from "@/components/plans/plan-name";
import { UsageChart } from "@/components/plans/usage-chart";
import type { CancelPlanChangeInput } from "@/lib/schemas/plans";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import type { LinePlan } from "@/server/dal/plans";
import { UsageNow } from "./usage-now";

type Props = { line: LinePlan; now: Date; cancelAction: (input: CancelPlanChangeInput) => Promise<ClientActionResult<{ srn: string }>> };

/** One line on 我的套餐: its plan, this cycle's usage, six months of usage, the recommendation and any pending change. */
export function LinePlanCard({ line, now, cancelAction }: Props) {
  const t = useTranslations("plans.mine");
  const tk = useTranslations("request.kind");
  const format = useFormatter();
  const planName = usePlanName();
  const money = useMoney();
  const date = (at: Date) => format.dateTime(at, "date");
  const id = `line-${line.id}`;
  const rec = line.recommendation;
  return (
    <Card title={`${tk(line.kind)} · ${line.number}`} titleId={id}>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <div>
            <h3 className="text-sm font-medium text-slate-600">{t("currentPlan")}</h3>
            <p className="mt-1 text-lg font-semibold text-slate-900">
              {planName(line.plan)} <span className="text-sm font-normal text-slate-600">{line.plan.code}</span>
            </p>
            <p className="text-sm text-slate-900">
              <Money fen={line.plan.monthlyFeeFen} />
              {t("perMonth")}
            </p>
            <div className="mt-2">
              <PlanFacts plan={line.plan} />
            </div>
            {line.lockInEndsAt ? <p className="mt-2 text-sm text-amber-900">{t("lockIn", { date: date(line.lockInEndsAt) })}</p> : null}
          </div>
          {line.pending ? (
            <Alert tone="info" title={t("pendingTitle")}>
              <p>
                {t("pendingText", {
                  plan: planName(line.pending.toPlan),
                  code: line.pending.toPlan.code,
                  date: date(line.pending.effectiveAt),
                  fee: money(line.pending.toPlan.monthlyFeeFen),
                  diff: money(line.pending.feeDiffFen, true),
                })}
              </p>
              <p className="mt-1">
                <Link href={`/account/requests/${line.pending.srn}`} className="underline">
                  {t("pendingRequest", { srn: line.pending.srn })}
                </Link>
              </p>
              <div className="mt-3">
                <CancelPlanChangeForm srn={line.pending.srn} action={cancelAction} />
              </div>
            </Alert>
          ) : line.status === "ACTIVE" ? (
            <ButtonLink href={`/account/plans/${line.id}`} variant="secondary">
              {t("change")}
            </ButtonLink>
          ) : (
            <p className="text-sm text-slate-700">{t("notActive")}</p>
          )}
          <div>
            <h3 className="mb-2 text-sm font-medium text-slate-600">{t("thisMonth")}</h3>
            <UsageNow plan={line.plan} usage={line.thisMonth} />
          </div>
        </div>
        <div className="min-w-0 space-y-4">
          <UsageChart id={`${id}-chart`} chart={line.chart} allowanceMb={line.kind === "MOBILE" || line.kind === "IOT" ? line.plan.dataMb : null} showVoice={line.kind === "MOBILE"} currentMonth={cstMonthKey(now)} />
          <div>
            <h3 className="mb-2 text-sm font-medium text-slate-600">{t("recommendation")}</h3>
            {rec ? (
              <Alert tone="success" title={t("recTitle", { plan: planName(rec.plan), code: rec.plan.code })}>
                <p>{t("recText", { months: rec.months.length, saving: money(rec.savingFen) })}</p>
                {rec.blockedUntil ? (
                  <p className="mt-1">{t("recBlocked", { date: date(rec.blockedUntil) })}</p>
                ) : !line.pending && line.status === "ACTIVE" ? (
                  <ButtonLink href={`/account/plans/${line.id}?to=${encodeURIComponent(rec.plan.code)}#confirm`} className="mt-3">
                    {t("recCta", { code: rec.plan.code })}
                  </ButtonLink>
                ) : null}
              </Alert>
            ) : (
              <p className="text-sm text-slate-700">{t("noRecommendation")}</p>
            )}
          </div>
        </div>
      </div>
    </Card>
  );
}
