import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { moneyFormatter } from "@/components/plans/money";
import { requireStaff } from "@/server/actor";
import { can } from "@/server/policy";
import { viewCustomer } from "@/server/dal/customer-360";
import { getChurnOfCustomer } from "@/server/dal/churn";
import { staffTitle } from "@/server/staff-metadata";
import { StageBadge } from "../_components/stage-badge";
import { ComplaintList, RequestList } from "./_components/request-lists";
import { ConsentsCard, FollowUpList, PrivacyRequestList, RatingList } from "./_components/care-lists";
import { ChurnCard } from "./_components/churn-card";

type Props = { params: Promise<{ id: string }> };

// The title does not read the customer: only the page's own read is audited.
export function generateMetadata(): Promise<Metadata> {
  return staffTitle("viewTitle", "customer:read", undefined, "customer360");
}

/** Customer 360: the customer's whole record, masked and read-only; every view is audited. */
export default async function CustomerPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/customers/${encodeURIComponent(id)}`, "customer:read");
  const view = await viewCustomer(actor, id);
  if (!view) notFound();
  const churn = await getChurnOfCustomer(actor, id);
  const [t, ta, tr, tt, format, locale] = await Promise.all([
    getTranslations("customer360"),
    getTranslations("admin"),
    getTranslations("request"),
    getTranslations("termination"),
    getFormatter(),
    getLocale(),
  ]);
  const money = moneyFormatter(format);
  const p = view.profile;
  const canCreate = can(actor, "request:create:onBehalf");
  const links = { followUps: can(actor, "followup:handle"), privacy: can(actor, "privacy:handle") };
  const date = (at: Date | null) => (at ? format.dateTime(at, "date") : "—");
  const facts: Array<[string, React.ReactNode]> = [
    [t("profile.type"), ta(`customerType.${p.type}`)],
    [t("profile.stage"), <StageBadge key="s" stage={p.lifecycleStage} />],
    [t("profile.phone"), <span key="p" className="font-mono">{p.phone}</span>],
    [t("profile.email"), p.email || "—"],
    [t("profile.idNumber"), p.maskedIdNumber ? <span className="font-mono">{p.maskedIdNumber}</span> : "—"],
    [t("profile.realName"), p.realNameVerified ? t("realNameYes") : t("realNameNo")],
    [t("profile.area"), p.area || "—"],
    [t("profile.since"), date(p.since)],
    [t("profile.account"), p.hasAccount ? (p.lastLoginAt ? t("profile.lastLogin", { time: format.dateTime(p.lastLoginAt, "short") }) : t("profile.accountYes")) : t("profile.accountNo")],
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/customers" className="text-sm text-brand-700 underline">
          ← {t("backToSearch")}
        </Link>
        <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 className="break-words text-2xl font-bold">{t("viewHeading", { name: p.name })}</h1>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <Badge>{ta(`customerType.${p.type}`)}</Badge>
              <StageBadge stage={p.lifecycleStage} />
              <span>{p.phone}</span>
            </p>
          </div>
          {canCreate ? <ButtonLink href={`/admin/customers/${p.id}/requests/new`}>{t("createOnBehalf")}</ButtonLink> : null}
        </div>
      </div>
      <Alert tone="info">{canCreate ? t("audited") : t("auditedReadOnly")}</Alert>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <Card title={t("sections.openRequests")} titleId="open-requests">
            <RequestList requests={view.openRequests} empty={t("none.openRequests")} label={t("sections.openRequests")} />
          </Card>
          <Card title={t("sections.complaints")} titleId="complaints">
            <ComplaintList complaints={view.complaints} empty={t("none.complaints")} label={t("sections.complaints")} />
          </Card>
          <Card title={t("sections.pastRequests")} titleId="past-requests">
            <RequestList requests={view.pastRequests} empty={t("none.pastRequests")} label={t("sections.pastRequests")} />
          </Card>
          <Card title={t("sections.ratings")} titleId="ratings">
            <RatingList ratings={view.ratings} />
          </Card>
          <Card title={t("sections.followUps")} titleId="follow-ups">
            <FollowUpList followUps={view.followUps} link={links.followUps} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={t("sections.profile")} titleId="profile">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {facts.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="text-slate-600">{name}</dt>
                  <dd className="break-words text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          {can(actor, "churn:read") ? <ChurnCard customerId={p.id} churn={churn} mayScore={can(actor, "churn:score")} /> : null}
          <Card title={t("sections.lines")} titleId="lines">
            {view.lines.length === 0 ? <p className="text-sm text-slate-700">{t("none.lines")}</p> : null}
            <ul className="divide-y divide-slate-200" aria-label={t("sections.lines")}>
              {view.lines.map((l) => (
                <li key={l.id} className="py-3 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">
                      {tr(`kind.${l.kind}`)} · <span className="font-mono">{l.number}</span>
                    </span>
                    <Badge tone={l.status === "ACTIVE" ? "success" : l.status === "TERMINATED" ? "neutral" : "warning"}>{tt(`lineStatus.${l.status}`)}</Badge>
                  </p>
                  <p className="mt-1 text-slate-700">
                    {locale === "en" ? l.plan.nameEn : l.plan.name} · {t("perMonth", { fee: money(l.plan.monthlyFeeFen) })}
                  </p>
                  <p className="text-slate-700">
                    {l.terminatedAt ? t("lineTerminatedOn", { date: date(l.terminatedAt) }) : t("lineActiveSince", { date: date(l.activatedAt) })}
                    {l.lockInEndsAt && !l.terminatedAt ? ` · ${t("lockInUntil", { date: date(l.lockInEndsAt) })}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
          <ConsentsCard consents={view.consents} hasAccount={p.hasAccount} />
          <Card title={t("sections.privacyRequests")} titleId="privacy-requests">
            <PrivacyRequestList requests={view.privacyRequests} link={links.privacy} />
          </Card>
        </div>
      </div>
    </div>
  );
}
