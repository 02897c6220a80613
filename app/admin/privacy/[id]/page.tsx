import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { privacyRequestOverdue } from "@/lib/domain/privacy";
import { PrivacyRequestOutcome } from "@/components/privacy/privacy-request-outcome";
import { PrivacyRequestStatusBadge } from "@/components/privacy/privacy-request-status";
import { StaleNotice } from "@/components/requests/stale-notice";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getActor, requireStaff } from "@/server/actor";
import { getPrivacyRequest } from "@/server/dal/privacy-requests";
import { can } from "@/server/policy";
import { CompleteForm, RefuseForm } from "./_components/handle-forms";
import { completePrivacyRequestAction, refusePrivacyRequestAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const validId = (id: string) => /^[a-z0-9]{1,40}$/i.test(id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  const { id } = await params;
  if (actor?.kind !== "staff" || !can(actor, "privacy:handle") || !validId(id)) return {};
  const request = await getPrivacyRequest(actor, id);
  return request ? { title: (await getTranslations("privacy.admin"))("detailTitle", { customer: request.customer.name }) } : {};
}

export default async function PrivacyRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/privacy/${encodeURIComponent(id)}`, "privacy:handle");
  const request = validId(id) ? await getPrivacyRequest(actor, id) : null;
  if (!request) notFound();
  const { notice } = await searchParams;
  const [t, tr, tc, format] = await Promise.all([getTranslations("privacy.admin"), getTranslations("privacy.requests"), getTranslations("admin"), getFormatter()]);
  const when = (at: Date) => format.dateTime(at, "short");
  const form = { id: request.id, version: request.version };
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/privacy" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("detailTitle", { customer: request.customer.name })}</h1>
      </div>
      <StaleNotice notice={notice} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <Card title={t("request")} titleId="request">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{tr(`kindShort.${request.kind}`)}</span>
              <PrivacyRequestStatusBadge status={request.status} />
              {privacyRequestOverdue(request, new Date()) ? <Badge tone="danger">{t("overdue")}</Badge> : null}
            </div>
            <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-800">{request.details}</p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">{t("colCustomer")}</dt>
              <dd className="break-words">
                {request.customer.name} · {tc(`customerType.${request.customer.type}`)} · <span className="font-mono">{request.customer.phone}</span>
              </dd>
              <dt className="font-medium">{t("requester")}</dt>
              <dd>{request.requester.displayName}</dd>
              <dt className="font-medium">{t("colCreated")}</dt>
              <dd>{when(request.createdAt)}</dd>
              <dt className="font-medium">{t("colDue")}</dt>
              <dd>{when(request.dueAt)}</dd>
              {request.handledAt ? (
                <>
                  <dt className="font-medium">{t("handledBy")}</dt>
                  <dd>
                    {request.handledBy?.displayName ?? "—"} · {when(request.handledAt)}
                  </dd>
                </>
              ) : null}
            </dl>
            <div className="mt-4 empty:hidden">
              <PrivacyRequestOutcome request={request} />
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {request.status === "OPEN" ? (
            <>
              <Card title={t("completeTitle")} titleId="complete">
                <p className="mb-3 text-sm text-slate-700">{t("completeLead")}</p>
                <CompleteForm {...form} isDeletion={request.kind === "DELETION"} action={completePrivacyRequestAction} />
              </Card>
              <Card title={t("refuseTitle")} titleId="refuse">
                <RefuseForm {...form} action={refusePrivacyRequestAction} />
              </Card>
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("done")}</p>
          )}
        </div>
      </div>
    </div>
  );
}
