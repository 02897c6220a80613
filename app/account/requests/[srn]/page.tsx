import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { availableActions } from "@/lib/domain/request-status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RequestClocks } from "@/components/requests/request-clocks";
import { RequestSummary } from "@/components/requests/request-summary";
import { StaleNotice } from "@/components/requests/stale-notice";
import { Timeline } from "@/components/requests/timeline";
import { requireCustomer } from "@/server/actor";
import { getRequest } from "@/server/dal/requests";
import { WithdrawForm } from "./_components/withdraw-form";
import { withdrawRequestAction } from "../actions";

type Props = { params: Promise<{ srn: string }>; searchParams: Promise<{ created?: string; notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: normalizeSrn((await params).srn) ?? undefined };
}

export default async function RequestPage({ params, searchParams }: Props) {
  const { srn: raw } = await params;
  const actor = await requireCustomer(`/account/requests/${encodeURIComponent(raw)}`);
  const srn = normalizeSrn(raw);
  const request = srn ? await getRequest(actor, srn) : null;
  if (!request) notFound();
  const { created, notice } = await searchParams;
  const t = await getTranslations("detail");
  const now = new Date();
  const canWithdraw = availableActions(request.status, actor.role).includes("withdraw");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/account/requests" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          <span className="font-mono">{request.srn}</span>
        </h1>
      </div>
      {created ? <Alert tone="success">{t("createdNotice", { srn: request.srn })}</Alert> : null}
      <StaleNotice notice={notice} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card title={t("summary")} titleId="summary">
            <RequestSummary request={request} />
          </Card>
          <Card title={t("timeline")} titleId="timeline">
            <Timeline events={request.events} viewerIsCustomer />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("clocks")} titleId="clocks">
            <p className="mb-3 text-sm text-slate-700">{t("clocksLead")}</p>
            <RequestClocks request={request} now={now} />
          </Card>
          {canWithdraw ? (
            <Card title={t("withdrawTitle")} titleId="withdraw">
              <p className="mb-3 text-sm text-slate-700">{t("withdrawText")}</p>
              <WithdrawForm srn={request.srn} version={request.version} action={withdrawRequestAction} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
