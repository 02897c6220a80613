import Link from "next/link";
import { useTranslations } from "next-intl";
import { appealEligibility, replyByOf, type ComplaintHistory } from "@/lib/domain/complaints";
import type { RequestAction } from "@/lib/domain/request-status";
import type { ConfirmRequestInput, ProvideInfoInput, ReopenRequestInput, WithdrawRequestInput } from "@/lib/schemas/request";
import type { RateRequestInput } from "@/lib/schemas/rating";
import type { RequestDetail } from "@/server/dal/requests";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { useComplaintEventLabels } from "@/components/complaints/event-labels";
import { ComplaintFacts } from "@/components/complaints/complaint-facts";
import { ComplaintReplies } from "@/components/complaints/replies";
import { ComplaintSteps } from "@/components/complaints/complaint-steps";
import { ReplyDeadline } from "@/components/complaints/reply-deadline";
import { RatingGiven } from "@/components/requests/rating-given";
import { RequestClocks } from "@/components/requests/request-clocks";
import { RequestSummary } from "@/components/requests/request-summary";
import { StaleNotice } from "@/components/requests/stale-notice";
import { Timeline } from "@/components/requests/timeline";
import { Alert } from "@/components/ui/alert";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AcceptReplyForm, RejectReplyForm } from "./complaint-actions";
import { AppealPanel } from "./appeal-panel";
import { ProvideInfoForm } from "./customer-actions";
import { RatingForm } from "./rating-form";
import { WithdrawForm } from "./withdraw-form";

type Act<I> = (input: I) => Promise<ClientActionResult<unknown>>;
type Props = {
  request: RequestDetail;
  can: RequestAction[];
  now: Date;
  created: boolean;
  notice: string | undefined;
  actions: {
    provideInfo: Act<ProvideInfoInput>;
    confirm: Act<ConfirmRequestInput>;
    reopen: Act<ReopenRequestInput>;
    withdraw: Act<WithdrawRequestInput>;
    rate: Act<RateRequestInput>;
  };
};

/**
 * 投诉 progress page: 受理 → 调查 → 处理 → 反馈, the statutory reply deadline, the complaint's facts,
 * every reply with accept / reject, the right to appeal when it applies, and the appeal pack.
 */
export function ComplaintView({ request, can, now, created, notice, actions }: Props) {
  const t = useTranslations("complaints");
  const td = useTranslations("detail");
  const tr = useTranslations("rating");
  const labels = useComplaintEventLabels();
  const history: ComplaintHistory = { status: request.status, replyBy: replyByOf(request), events: request.events };
  const appeal = appealEligibility(history, now);
  const form = { srn: request.srn, version: request.version };
  const question = request.status === "AWAITING_INFO" ? request.events.findLast((e) => e.kind === "requestInfo") : undefined;
  const replied = request.events.some((e) => e.kind === "resolve");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/account/requests" className="text-sm text-brand-700 underline">
          ← {td("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">
          <span className="font-mono">{request.srn}</span>
        </h1>
      </div>
      {created ? <Alert tone="success">{td("createdNotice", { srn: request.srn })}</Alert> : null}
      <StaleNotice notice={notice} />
      {appeal.open ? <AppealPanel srn={request.srn} appeal={appeal} /> : null}
      <Card title={t("progress")} titleId="progress">
        <div className="space-y-4">
          <ComplaintSteps status={request.status} stage={request.complaintStage} />
          <ReplyDeadline history={history} now={now} viewer="customer" />
        </div>
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          {can.includes("provideInfo") ? (
            <Card title={td("provideInfoTitle")} titleId="provide-info">
              {question?.body ? (
                <p className="mb-3 whitespace-pre-wrap break-words rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
                  {td("question", { name: question.actor?.displayName ?? td("actorSystem") })} {question.body}
                </p>
              ) : null}
              <ProvideInfoForm {...form} action={actions.provideInfo} />
            </Card>
          ) : null}
          <Card title={t("replies.title")} titleId="replies">
            <ComplaintReplies events={request.events} viewer="customer" />
            {can.includes("confirm") || can.includes("reopen") ? (
              <div className="mt-4 space-y-5 border-t border-slate-200 pt-4">
                <h3 className="font-semibold text-slate-900">{t("replies.decideTitle")}</h3>
                {can.includes("confirm") ? <AcceptReplyForm {...form} action={actions.confirm} /> : null}
                {can.includes("reopen") ? <RejectReplyForm {...form} action={actions.reopen} /> : null}
              </div>
            ) : null}
          </Card>
          {request.rating ? (
            <Card title={tr("givenTitle")} titleId="rating">
              <RatingGiven rating={request.rating} />
            </Card>
          ) : replied && (request.status === "RESOLVED" || request.status === "CLOSED") ? (
            <Card title={tr("title")} titleId="rating">
              <p className="mb-3 text-sm text-slate-700">{tr("lead")}</p>
              <RatingForm srn={request.srn} action={actions.rate} />
            </Card>
          ) : null}
          <Card title={td("summary")} titleId="summary">
            <div className="space-y-4">
              <RequestSummary request={request} />
              <ComplaintFacts details={request.details} relatedRequest={request.relatedRequest} linkBase="/account/requests" />
            </div>
          </Card>
          <Card title={td("timeline")} titleId="timeline">
            <Timeline events={request.events} viewerIsCustomer labels={labels} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={td("clocks")} titleId="clocks">
            <RequestClocks request={request} now={now} viewer="customer" />
          </Card>
          <Card title={t("pack.title")} titleId="appeal-pack">
            <p className="mb-3 text-sm text-slate-700">{t("pack.lead")}</p>
            <div className="flex flex-wrap gap-3">
              <ButtonLink variant="secondary" href={`/account/requests/${request.srn}/appeal`}>
                {t("pack.open")}
              </ButtonLink>
              <a href={`/account/requests/${request.srn}/appeal.pdf`} download className={buttonClasses("secondary")}>
                {t("pack.pdf")}
              </a>
            </div>
          </Card>
          {can.includes("withdraw") ? (
            <Card title={td("withdrawTitle")} titleId="withdraw">
              <p className="mb-3 text-sm text-slate-700">{td("withdrawText")}</p>
              <WithdrawForm {...form} action={actions.withdraw} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
