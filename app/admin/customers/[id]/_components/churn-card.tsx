import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { offerParts } from "@/lib/domain/churn";
import { ReasonChips, RiskBadge } from "@/components/churn/risk";
import { Card } from "@/components/ui/card";
import type { ChurnRow } from "@/server/dal/churn";
import { RescoreButton } from "../../../retention/_components/rescore-button";

/** 流失风险 on the customer 360 page: the band and score with their reasons and the open win-back task. */
export function ChurnCard({ customerId, churn, mayScore }: { customerId: string; churn: ChurnRow | null; mayScore: boolean }) {
  const t = useTranslations("retention");
  const format = useFormatter();
  const offer = churn?.openTask ? offerParts(churn.openTask.offer) : null;
  return (
    <Card title={t("card.title")} titleId="churn-risk">
      {churn ? (
        <div className="space-y-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <RiskBadge band={churn.band} score={churn.score} />
            <span className="text-xs text-slate-600">{t("computedAt", { time: format.dateTime(churn.computedAt, "short") })}</span>
          </p>
          <ReasonChips reasons={churn.reasons} />
          {churn.openTask && offer ? (
            <p className="text-slate-800">
              {t("card.openTask", { offer: t(`offer.${offer.offer}`), name: churn.openTask.assignee?.displayName ?? t("unassigned"), time: format.dateTime(churn.openTask.dueAt, "short") })}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("card.notScored")}</p>
      )}
      <div className="mt-3 flex flex-wrap items-start gap-3">
        {mayScore ? <RescoreButton customerId={customerId} label={t("rescore")} /> : null}
        <Link href="/admin/retention" className="text-sm text-brand-700 underline">
          {t("card.toList")}
        </Link>
      </div>
    </Card>
  );
}
