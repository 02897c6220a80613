import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { privacyRequestOverdue } from "@/lib/domain/privacy";
import { PrivacyRequestOutcome } from "@/components/privacy/privacy-request-outcome";
import { PrivacyRequestStatusBadge } from "@/components/privacy/privacy-request-status";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireCustomer } from "@/server/actor";
import { getMyConsents } from "@/server/dal/consents";
import { listMyPrivacyRequests } from "@/server/dal/privacy-requests";
import { getMyProfile } from "@/server/dal/profile";
import { ConsentsPanel } from "./_components/consents-panel";
import { DataCategories } from "./_components/data-categories";
import { PhoneChangeForm } from "./_components/phone-change-form";
import { PrivacyRequestForm } from "./_components/privacy-request-form";
import { ProfileForm } from "./_components/profile-form";
import { acceptNoticeAction, changePhoneAction, createPrivacyRequestAction, requestPhoneCodeAction, setMarketingConsentAction, updateProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

const SECTIONS = [
  ["data", "data"],
  ["export", "export"],
  ["profile", "profile"],
  ["phone", "phone"],
  ["consents", "consents"],
  ["requests", "privacy-requests"],
] as const;

export default async function PrivacyCentrePage() {
  const actor = await requireCustomer("/account/privacy");
  const [t, format, profile, consents, requests] = await Promise.all([
    getTranslations("privacy"),
    getFormatter(),
    getMyProfile(actor),
    getMyConsents(actor),
    listMyPrivacyRequests(actor),
  ]);
  const when = (at: Date) => format.dateTime(at, "short");
  const now = new Date();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("toc")} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <p className="mb-2 text-sm font-semibold text-slate-900">{t("toc")}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {SECTIONS.map(([key, id]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-700 underline">
                {t(`sections.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Card title={t("sections.data")} titleId="data">
        <DataCategories />
      </Card>

      <Card title={t("sections.export")} titleId="export">
        <p className="mb-4 text-sm text-slate-700">{t("export.lead")}</p>
        <div className="flex flex-wrap gap-2">
          {/* Route handlers: plain links, so the browser downloads the file. */}
          <a href="/account/privacy/export.json" download className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("export.json")}
          </a>
          <ButtonLink href="/account/privacy/export" variant="secondary">
            {t("export.html")}
          </ButtonLink>
          <a href="/account/privacy/export.pdf" download className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100">
            {t("export.pdf")}
          </a>
        </div>
        <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("export.excludedTitle")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {(["internalNotes", "returnVisitNotes", "remedyNotes", "secrets"] as const).map((k) => (
            <li key={k}>{t(`excluded.${k}`)}</li>
          ))}
        </ul>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("sections.profile")} titleId="profile">
          <p className="mb-4 text-sm text-slate-700">{t("profile.lead")}</p>
          <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
            <dt className="font-medium text-slate-900">{t("profile.realNameName")}</dt>
            <dd className="break-words text-slate-800">{profile.realName.name}</dd>
            <dt className="font-medium text-slate-900">{t("profile.idNumber")}</dt>
            <dd className="break-all font-mono text-slate-800">{profile.realName.idNumberMasked || "—"}</dd>
            <dt className="sr-only">{t("profile.realName")}</dt>
            <dd className="col-span-2 text-slate-700">{profile.realName.verified ? t("profile.verified") : t("profile.notVerified")}</dd>
          </dl>
          <ProfileForm initial={{ displayName: profile.displayName, email: profile.email ?? "", contactEmail: profile.contactEmail ?? "" }} action={updateProfileAction} />
        </Card>

        <Card title={t("sections.phone")} titleId="phone">
          <p className="mb-4 text-sm text-slate-700">{t("phone.lead")}</p>
          <PhoneChangeForm currentPhone={profile.phone ?? "—"} requestCode={requestPhoneCodeAction} changePhone={changePhoneAction} />
        </Card>
      </div>

      <Card title={t("sections.consents")} titleId="consents">
        <ConsentsPanel consents={consents} setMarketingConsent={setMarketingConsentAction} acceptNotice={acceptNoticeAction} />
      </Card>

      <Card title={t("sections.requests")} titleId="privacy-requests">
        <p className="mb-4 text-sm text-slate-700">{t("requests.lead")}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="privacy-request-new">
            <h3 id="privacy-request-new" className="mb-3 font-semibold text-slate-900">
              {t("requests.new")}
            </h3>
            <PrivacyRequestForm action={createPrivacyRequestAction} />
          </section>
          <section aria-labelledby="privacy-request-mine">
            <h3 id="privacy-request-mine" className="mb-3 font-semibold text-slate-900">
              {t("requests.mine")}
            </h3>
            {requests.length === 0 ? (
              <p className="text-sm text-slate-700">{t("requests.empty")}</p>
            ) : (
              <ul aria-label={t("requests.mine")} className="space-y-3">
                {requests.map((r) => (
                  <li key={r.id} className="rounded-md p-4 ring-1 ring-slate-200">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-slate-900">{t(`requests.kindShort.${r.kind}`)}</span>
                      <PrivacyRequestStatusBadge status={r.status} />
                      {privacyRequestOverdue(r, now) ? <Badge tone="danger">{t("requests.overdue")}</Badge> : null}
                    </div>
                    <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{r.details}</p>
                    <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600">
                      <span>{t("requests.submittedAt", { time: when(r.createdAt) })}</span>
                      {r.status === "OPEN" ? <span>{t("requests.dueAt", { time: when(r.dueAt) })}</span> : null}
                      {r.handledAt ? <span>{t("requests.handledAt", { time: when(r.handledAt) })}</span> : null}
                    </p>
                    <div className="mt-3 empty:hidden">
                      <PrivacyRequestOutcome request={r} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </Card>
    </div>
  );
}
