import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { isSystemDriven } from "@/lib/domain/plans";
import { availableActions } from "@/lib/domain/request-status";
import { canComplainAbout } from "@/lib/domain/complaints";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RequestClocks } from "@/components/requests/request-clocks";
import { RequestSummary } from "@/components/requests/request-summary";
import { Resolution, latestEvent } from "@/components/requests/resolution";
import { StaleNotice } from "@/components/requests/stale-notice";
import { StepBar } from "@/components/requests/step-bar";
import { Timeline } from "@/components/requests/timeline";
import { requireCustomer } from "@/server/actor";
import { getRequest } from "@/server/dal/requests";
import { listRequestRemedies } from "@/server/dal/remedies";
import { RequestRemedies } from "@/components/remedies/request-remedies";
import { ConfirmForm, ProvideInfoForm, ReopenForm } from "./_components/customer-actions";
import { RatingGiven } from "@/components/requests/rating-given";
import { CancelPlanChangeForm } from "@/components/plans/cancel-plan-change-form";
import { cancelPlanChangeAction } from "../../plans/actions";
import { RatingForm } from "./_components/rating-form";
import { WithdrawForm } from "./_components/withdraw-form";
import { ComplaintView } from "./_components/complaint-view";
import { confirmResolutionAction, provideInfoAction, rateRequestAction, reopenRequestAction, withdrawRequestAction } from "../actions";

type Props = { params: Promise<{ srn: string }>; searchParams: Promise<{ created?: string; notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: normalizeSrn((await params).srn) ?? undefined };
}

/** 办理进度: where the request stands, its history, its clocks, and what the customer can do now. */
export default async function RequestPage({ params, searchParams }: Props) {
  const { srn: raw } = await params;
  const actor = await requireCustomer(`/account/requests/${encodeURIComponent(raw)}`);
  const srn = normalizeSrn(raw);
  const request = srn ? await getRequest(actor, srn) : null;
  if (!request) notFound();
  const { created, notice } = await searchParams;
  const [t, tr, tp, tc] = await Promise.all([getTranslations("detail"), getTranslations("rating"), getTranslations("plans.request"), getTranslations("complaints")]);
  const remedies = await listRequestRemedies(actor, request.srn);
  const now = new Date();
  const can = availableActions(request.status, actor.role, request);
  if (request.type === "COMPLAINT") {
    const actions = { provideInfo: provideInfoAction, confirm: confirmResolutionAction, reopen: reopenRequestAction, withdraw: withdrawRequestAction, rate: rateRequestAction };
    return (
      <div className="space-y-6">
        <ComplaintView request={request} can={can} now={now} created={!!created} notice={notice} actions={actions} />
        <RequestRemedies remedies={remedies} />
      </div>
    );
  }
  const question = request.status === "AWAITING_INFO" ? latestEvent(request.events, "requestInfo") : undefined;
  const result = request.status === "RESOLVED" || request.status === "CLOSED" ? latestEvent(request.events, "resolve") : undefined;
  const form = { srn: request.srn, version: request.version };
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
      <Card title={t("progress")} titleId="progress">
        <StepBar status={request.status} />
        {canComplainAbout(request) ? (
          <p className="mt-4 border-t border-slate-200 pt-3 text-sm">
            <Link href={`/account/complaints/new?about=${request.srn}`} className="font-medium text-brand-700 underline">
              {tc("fromRequest")}
            </Link>
          </p>
        ) : null}
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          {can.includes("provideInfo") ? (
            <Card title={t("provideInfoTitle")} titleId="provide-info">
              {question?.body ? (
                <p className="mb-3 whitespace-pre-wrap break-words rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
                  {t("question", { name: question.actor?.displayName ?? t("actorSystem") })} {question.body}
                </p>
              ) : null}
              <ProvideInfoForm {...form} action={provideInfoAction} />
            </Card>
          ) : null}
          {result ? (
            <Card title={t("resultTitle")} titleId="result">
              <Resolution event={result} />
              {can.includes("confirm") ? (
                <div className="mt-4 space-y-4 border-t border-slate-200 pt-4">
                  <p className="text-sm text-slate-700">{t("confirmText")}</p>
                  <ConfirmForm {...form} action={confirmResolutionAction} />
                </div>
              ) : null}
            </Card>
          ) : null}
          {request.rating ? (
            <Card title={tr("givenTitle")} titleId="rating">
              <RatingGiven rating={request.rating} />
            </Card>
          ) : result ? (
            <Card title={tr("title")} titleId="rating">
              <p className="mb-3 text-sm text-slate-700">{tr("lead")}</p>
              <RatingForm srn={request.srn} action={rateRequestAction} />
            </Card>
          ) : null}
          {can.includes("reopen") ? (
            <Card title={t("reopenTitle")} titleId="reopen">
              <p className="mb-3 text-sm text-slate-700">{t("reopenText")}</p>
              <ReopenForm {...form} action={reopenRequestAction} />
            </Card>
          ) : null}
          <Card title={t("summary")} titleId="summary">
            <RequestSummary request={request} />
          </Card>
          <Card title={t("timeline")} titleId="timeline">
            <Timeline events={request.events} viewerIsCustomer />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={t("clocks")} titleId="clocks">
            <p className="mb-3 text-sm text-slate-700">{t("clocksLead")}</p>
            <RequestClocks request={request} now={now} viewer="customer" />
          </Card>
          <RequestRemedies remedies={remedies} />
          {isSystemDriven(request.type, request.status) ? (
            <Card title={tp("cancelTitle")} titleId="cancel-plan-change">
              <p className="mb-3 text-sm text-slate-700">{tp("cancelText")}</p>
              <CancelPlanChangeForm srn={request.srn} action={cancelPlanChangeAction} />
            </Card>
          ) : null}
          {can.includes("withdraw") ? (
            <Card title={t("withdrawTitle")} titleId="withdraw">
              <p className="mb-3 text-sm text-slate-700">{t("withdrawText")}</p>
              <WithdrawForm {...form} action={withdrawRequestAction} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
