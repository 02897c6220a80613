import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { MARKETING_KINDS } from "@/lib/domain/privacy";
import type { AcceptNoticeInput, MarketingConsentInput } from "@/lib/schemas/privacy";
import type { ClientActionResult } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import type { MyConsents } from "@/server/dal/consents";
import { ConsentButton } from "./consent-button";

const SOURCES = ["register", "privacy-centre", "counter", "deletion-request"];

type Props = {
  consents: MyConsents;
  setMarketingConsent: (input: MarketingConsentInput) => Promise<ClientActionResult<unknown>>;
  acceptNotice: (input: AcceptNoticeInput) => Promise<ClientActionResult<unknown>>;
};

/** The notice in force and each marketing consent, with one click to change it, and the full history. */
export function ConsentsPanel({ consents, setMarketingConsent, acceptNotice }: Props) {
  const t = useTranslations("privacy");
  const format = useFormatter();
  const when = (at: Date) => format.dateTime(at, "short");
  const sourceLabel = (source: string) => t(`consents.source.${SOURCES.includes(source) ? source : "other"}`);
  return (
    <>
      <p className="mb-4 text-sm text-slate-700">{t("consents.lead")}</p>
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="consent-notice" className="rounded-md p-4 ring-1 ring-slate-200">
          <h3 id="consent-notice" className="font-semibold text-slate-900">
            {t("consents.notice")}
          </h3>
          {consents.notice && consents.acceptedCurrentNotice && consents.current.PRIVACY_NOTICE ? (
            <p className="mt-1 text-sm text-slate-800">{t("consents.noticeAccepted", { version: consents.notice.version, time: when(consents.current.PRIVACY_NOTICE.createdAt) })}</p>
          ) : consents.notice ? (
            <div className="mt-1 space-y-2">
              <p className="text-sm text-slate-800">{t("consents.noticeNew", { version: consents.notice.version, date: format.dateTime(consents.notice.publishedAt, "date") })}</p>
              <Link href={`/privacy?version=${encodeURIComponent(consents.notice.version)}`} className="block text-sm text-brand-700 underline">
                {t("consents.readNotice", { version: consents.notice.version })}
              </Link>
              <ConsentButton input={{ version: consents.notice.version }} action={acceptNotice} label={t("consents.acceptNotice", { version: consents.notice.version })} variant="primary" />
            </div>
          ) : null}
        </section>
        {MARKETING_KINDS.map((kind) => {
          const current = consents.current[kind];
          const state = !current ? "never" : current.granted ? "granted" : "withdrawn";
          const name = t(`consents.kind.${kind}`);
          return (
            <section key={kind} aria-labelledby={`consent-${kind}`} className="rounded-md p-4 ring-1 ring-slate-200">
              <h3 id={`consent-${kind}`} className="font-semibold text-slate-900">
                {name}
              </h3>
              <p className="text-sm text-slate-700">{t(`consents.kindDetail.${kind}`)}</p>
              <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-800">
                <Badge tone={state === "granted" ? "success" : "neutral"}>{t(`consents.state.${state}`)}</Badge>
                {current ? <span>{t("consents.since", { time: when(current.createdAt) })}</span> : null}
              </p>
              <div className="mt-3">
                {current?.granted ? (
                  <ConsentButton input={{ kind, granted: false }} action={setMarketingConsent} label={t("consents.withdraw")} accessibleName={t("consents.withdrawLabel", { kind: name })} />
                ) : (
                  <ConsentButton input={{ kind, granted: true }} action={setMarketingConsent} label={t("consents.give")} accessibleName={t("consents.giveLabel", { kind: name })} />
                )}
              </div>
            </section>
          );
        })}
      </div>
      <h3 className="mt-6 font-semibold text-slate-900">{t("consents.history")}</h3>
      {consents.history.length === 0 ? (
        <p className="text-sm text-slate-700">{t("consents.historyEmpty")}</p>
      ) : (
        <ol aria-label={t("consents.history")} className="mt-2 divide-y divide-slate-200 text-sm">
          {consents.history.map((h) => (
            <li key={h.id} className="flex flex-wrap gap-x-3 gap-y-1 py-2">
              <time dateTime={h.createdAt.toISOString()} className="text-slate-600">
                {when(h.createdAt)}
              </time>
              <span className="font-medium text-slate-900">
                {t(`consents.kind.${h.kind as "MARKETING_SMS"}`)}
                {h.noticeVersion ? ` · ${t("consents.version", { version: h.noticeVersion })}` : ""}
              </span>
              <span className={h.granted ? "text-emerald-800" : "text-slate-800"}>{h.granted ? t("consents.granted") : t("consents.withdrawn")}</span>
              <span className="text-slate-600">{sourceLabel(h.source)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
