import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { normalizeSrn } from "@/lib/domain/srn";
import { isSystemDriven } from "@/lib/domain/plans";
import { availableActions } from "@/lib/domain/request-status";
import { replyByOf } from "@/lib/domain/complaints";
import { Card } from "@/components/ui/card";
import { RequestClocks } from "@/components/requests/request-clocks";
import { RequestSummary } from "@/components/requests/request-summary";
import { Resolution, latestEvent } from "@/components/requests/resolution";
import { StaleNotice } from "@/components/requests/stale-notice";
import { StepBar } from "@/components/requests/step-bar";
import { Timeline } from "@/components/requests/timeline";
import { ComplaintFacts } from "@/components/complaints/complaint-facts";
import { ComplaintReplies } from "@/components/complaints/replies";
import { ComplaintSteps } from "@/components/complaints/complaint-steps";
import { ReplyDeadline } from "@/components/complaints/reply-deadline";
import { useComplaintEventLabels } from "@/components/complaints/event-labels";
import { requireStaff } from "@/server/actor";
import { can } from "@/server/policy";
import { getRequest } from "@/server/dal/requests";
import { getTerminationForStaff } from "@/server/dal/termination-complete";
import { workPanelData } from "@/server/dal/request-work-options";
import { levelChoices } from "@/server/dal/request-level";
import { staffTitle } from "@/server/staff-metadata";
import { AcceptForm } from "./_components/accept-form";
import { ReturnForm } from "./_components/return-form";
import { TerminationCard } from "./_components/termination-card";
import { LevelCard } from "./_components/level-card";
import { CloseForm, RequestInfoForm, ResolveForm, StartForm } from "./_components/work-forms";
import { InvestigateForm, RemedyForm } from "./_components/complaint-forms";
import { ComplaintReplyCard } from "./complaint-reply-card";
import { CustomerCard } from "./_components/customer-card";
import { DeescalateForm, StaffReopenForm } from "./_components/escalation-forms";
import { WorkPanel } from "./_components/work-panel";
import { roleCan } from "@/lib/domain/permissions";
import { Alert } from "@/components/ui/alert";
import {
  acceptRequestAction,
  closeRequestAction,
  completeTerminationAction,
  deescalateRequestAction,
  remedyComplaintAction,
  requestInfoAction,
  resolveRequestAction,
  returnRequestAction,
  revealCustomerAction,
  staffReopenAction,
  setLevelAction,
  startRequestAction,
} from "../actions";

type Props = { params: Promise<{ srn: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return staffTitle("requestTitle", "request:read:any", { srn: normalizeSrn((await params).srn) ?? "" });
}

export default async function StaffRequestPage({ params, searchParams }: Props) {
  const { srn: raw } = await params;
  const actor = await requireStaff(`/admin/requests/${encodeURIComponent(raw)}`, "request:read:any");
  const srn = normalizeSrn(raw);
  const request = srn ? await getRequest(actor, srn) : null;
  if (!request) notFound();
  const { notice } = await searchParams;
  const t = await getTranslations("admin");
  const tw = await getTranslations("work");
  const td = await getTranslations("detail");
  const tc = await getTranslations("complaints");
  // A pending plan change is applied by the system on its effective date: nothing to work. A
  // termination is resolved only by completing it (its own card), which ends the line for good.
  const actions = (isSystemDriven(request.type, request.status) ? [] : availableActions(request.status, actor.role, request)).filter((a) => !(request.type === "TERMINATION" && (a === "resolve" || a === "staffReopen")));
  const complaint = request.type === "COMPLAINT";
  const termination = request.type === "TERMINATION" ? await getTerminationForStaff(actor, request.srn) : null;
  const level = await levelChoices(actor, request.srn);
  const now = new Date();
  const form = { srn: request.srn, version: request.version };
  const format = await getFormatter();
  const work = await workPanelData(actor, request);
  // The reason is the escalation event's text after its "→ supervisor" line (escalation.ts).
  const escalationReason = request.escalatedAt ? (latestEvent(request.events, "escalated")?.body?.split("\n").slice(1).join("\n") ?? null) : null;
  const result = request.status === "RESOLVED" || request.status === "CLOSED" ? latestEvent(request.events, "resolve") : undefined;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/queue" className="text-sm text-brand-700 underline">
          ← {t("backToQueue")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("requestTitle", { srn: request.srn })}</h1>
      </div>
      <StaleNotice notice={notice} />
      <Card title={td("progress")} titleId="progress">
        {complaint ? <ComplaintSteps status={request.status} stage={request.complaintStage} /> : <StepBar status={request.status} />}
      </Card>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          {complaint ? (
            <Card title={tc("staff.title")} titleId="complaint">
              <div className="space-y-4">
                <ReplyDeadline history={{ status: request.status, replyBy: replyByOf(request), events: request.events }} now={now} viewer="staff" />
                <ComplaintFacts details={request.details} relatedRequest={request.relatedRequest} linkBase="/admin/requests" />
              </div>
            </Card>
          ) : null}
          {complaint ? (
            <Card title={tc("replies.title")} titleId="replies">
              <ComplaintReplies events={request.events} viewer="staff" />
            </Card>
          ) : result ? (
            <Card title={td("resultTitle")} titleId="result">
              <Resolution event={result} />
            </Card>
          ) : null}
          <Card title={td("summary")} titleId="summary">
            <RequestSummary request={request} />
          </Card>
          <Card title={td("timeline")} titleId="timeline">
            <ComplaintAwareTimeline events={request.events} complaint={complaint} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {request.escalatedAt && request.escalatedTo ? (
            <Alert tone="warning" title={tw("escalated.banner", { name: request.escalatedTo.displayName })}>
              <p>{tw("escalated.since", { at: format.dateTime(request.escalatedAt, "short") })}</p>
              {escalationReason ? <p className="whitespace-pre-wrap">{tw("escalated.reason", { reason: escalationReason })}</p> : null}
              {roleCan(actor.role, "request:deescalate") ? (
                <div className="mt-3">
                  <DeescalateForm {...form} action={deescalateRequestAction} />
                </div>
              ) : null}
            </Alert>
          ) : null}
          {request.customer ? (
            <Card title={t("customerSummary")} titleId="customer">
              <CustomerCard srn={request.srn} customer={request.customer} line={request.line} profileHref={can(actor, "customer:read") ? `/admin/customers/${request.customer.id}` : undefined} reveal={roleCan(actor.role, "customer:reveal") ? revealCustomerAction : undefined} />
            </Card>
          ) : null}
          {termination ? <TerminationCard termination={termination} srn={request.srn} version={request.version} action={completeTerminationAction} /> : null}
          <Card title={td("clocks")} titleId="clocks">
            <RequestClocks request={request} now={now} viewer="staff" />
          </Card>
          {level ? <LevelCard choices={level} action={setLevelAction} /> : null}
          {actions.includes("accept") ? (
            <Card title={t("acceptTitle")} titleId="accept">
              <p className="mb-3 text-sm text-slate-700">{t("acceptLead")}</p>
              <AcceptForm {...form} action={acceptRequestAction} />
            </Card>
          ) : null}
          {actions.includes("return") ? (
            <Card title={t("returnTitle")} titleId="return">
              <ReturnForm {...form} action={returnRequestAction} />
            </Card>
          ) : null}
          {actions.includes("start") && !complaint ? (
            <Card title={t("startTitle")} titleId="start">
              <StartForm {...form} action={startRequestAction} />
            </Card>
          ) : null}
          {actions.includes("resolve") && !complaint ? (
            <Card title={t("resolveTitle")} titleId="resolve">
              <ResolveForm {...form} action={resolveRequestAction} />
            </Card>
          ) : null}
          {complaint && actions.includes("start") ? (
            <Card title={tc("staff.investigateTitle")} titleId="investigate">
              <InvestigateForm {...form} action={startRequestAction} />
            </Card>
          ) : null}
          {complaint && actions.includes("remedy") ? (
            <Card title={tc("staff.remedyTitle")} titleId="remedy">
              <RemedyForm {...form} action={remedyComplaintAction} />
            </Card>
          ) : null}
          {complaint && actions.includes("resolve") ? <ComplaintReplyCard actor={actor} request={request} /> : null}
          {actions.includes("requestInfo") ? (
            <Card title={t("requestInfoTitle")} titleId="request-info">
              {complaint ? <p className="mb-3 text-sm text-amber-900">{tc("deadline.lawStaff")}</p> : null}
              <RequestInfoForm {...form} action={requestInfoAction} />
            </Card>
          ) : null}
          {actions.includes("close") ? (
            <Card title={t("closeTitle")} titleId="close">
              <p className="mb-3 text-sm text-slate-700">{t("closeLead")}</p>
              <CloseForm {...form} action={closeRequestAction} />
            </Card>
          ) : null}
          {actions.includes("staffReopen") ? (
            <Card title={tw("reopen.title")} titleId="reopen">
              <StaffReopenForm {...form} action={staffReopenAction} />
            </Card>
          ) : null}
          {actions.length === 0 && !termination?.canComplete ? <p className="text-sm text-slate-700">{t("noActions")}</p> : null}
          <WorkPanel actor={actor} request={request} {...work} />
        </div>
      </div>
    </div>
  );
}

/** The timeline, in a complaint's own words where it is one. */
function ComplaintAwareTimeline({ events, complaint }: { events: Parameters<typeof Timeline>[0]["events"]; complaint: boolean }) {
  const labels = useComplaintEventLabels();
  return <Timeline events={events} viewerIsCustomer={false} labels={complaint ? labels : undefined} />;
}
