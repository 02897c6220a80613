import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { CONSENT_KINDS } from "@/lib/domain/privacy";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PrivacyRequestStatusBadge } from "@/components/privacy/privacy-request-status";
import type { CustomerView } from "@/server/dal/customer-360";

const SOURCES = ["register", "privacy-centre", "counter", "deletion-request"];

/** 服务评价: score, reasons, comment and whether the customer said it was solved. */
export function RatingList({ ratings }: { ratings: CustomerView["ratings"] }) {
  const t = useTranslations("customer360");
  const tg = useTranslations("rating");
  const format = useFormatter();
  if (ratings.length === 0) return <p className="text-sm text-slate-700">{t("none.ratings")}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("sections.ratings")}>
      {ratings.map((r) => (
        <li key={r.id} className="py-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{t("score", { score: r.score })}</span>
            <Badge tone={r.score <= 2 ? "danger" : r.score === 3 ? "warning" : "success"}>{tg(`scoreLabel.${r.score}` as "scoreLabel.1")}</Badge>
            <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
              {r.srn}
            </Link>
          </p>
          {r.reasons.length ? <p className="mt-1 text-slate-700">{r.reasons.map((k) => (tg.has(`reason.${k}`) ? tg(`reason.${k}` as "reason.friendly") : k)).join("、")}</p> : null}
          <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{r.comment || t("noComment")}</p>
          <p className="text-slate-700">
            {format.dateTime(r.createdAt, "short")} · {r.resolved ? t("saidSolved") : t("saidNotSolved")}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** 回访: reason, status, the last outcome and note; a link to the task for those who work them. */
export function FollowUpList({ followUps, link }: { followUps: CustomerView["followUps"]; link: boolean }) {
  const t = useTranslations("customer360");
  const tf = useTranslations("followUps");
  const format = useFormatter();
  if (followUps.length === 0) return <p className="text-sm text-slate-700">{t("none.followUps")}</p>;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t("sections.followUps")}>
      {followUps.map((f) => (
        <li key={f.id} className="py-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{tf(`reason.${f.reason}`)}</span>
            <Badge tone={f.status === "OPEN" ? "warning" : f.status === "DONE" ? "success" : "neutral"}>{tf(`status.${f.status}`)}</Badge>
            {link ? (
              <Link href={`/admin/follow-ups/${f.id}`} className="text-brand-700 underline">
                {t("openFollowUp", { srn: f.srn })}
              </Link>
            ) : (
              <span className="font-mono">{f.srn}</span>
            )}
          </p>
          <p className="mt-1 text-slate-700">
            {f.outcome && tf.has(`outcome.${f.outcome}`) ? tf(`outcome.${f.outcome}` as "outcome.SATISFIED") : t("noOutcome")}
            {f.note ? ` · ${f.note}` : ""}
          </p>
          <p className="text-slate-700">
            {f.closedAt ? t("closedAt", { time: format.dateTime(f.closedAt, "short") }) : t("dueAt", { time: format.dateTime(f.dueAt, "short") })} · {t("attempts", { count: f.attempts })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** 授权与同意: the current state of each consent and the whole history, newest first. */
export function ConsentsCard({ consents, hasAccount }: { consents: CustomerView["consents"]; hasAccount: boolean }) {
  const t = useTranslations("customer360");
  const tp = useTranslations("privacy.consents");
  const format = useFormatter();
  const when = (at: Date) => format.dateTime(at, "short");
  return (
    <Card title={t("sections.consents")} titleId="consents">
      {!hasAccount ? <p className="text-sm text-slate-700">{t("none.consentsNoAccount")}</p> : null}
      <ul className="space-y-2 text-sm" aria-label={t("consentsCurrent")}>
        {CONSENT_KINDS.map((kind) => {
          const current = consents.current[kind];
          const state = !current ? "never" : current.granted ? "granted" : "withdrawn";
          return (
            <li key={kind} className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{tp(`kind.${kind}`)}</span>
              <Badge tone={state === "granted" ? "success" : "neutral"}>{tp(`state.${state}`)}</Badge>
              {current?.noticeVersion ? <span className="text-slate-700">{tp("version", { version: current.noticeVersion })}</span> : null}
              {current ? <span className="text-slate-700">{tp("since", { time: when(current.createdAt) })}</span> : null}
            </li>
          );
        })}
      </ul>
      <h3 className="mt-4 font-semibold text-slate-900">{tp("history")}</h3>
      {consents.history.length === 0 ? (
        <p className="text-sm text-slate-700">{tp("historyEmpty")}</p>
      ) : (
        <ol aria-label={tp("history")} className="mt-2 divide-y divide-slate-200 text-sm">
          {consents.history.map((h) => (
            <li key={h.id} className="flex flex-wrap gap-x-3 gap-y-1 py-2">
              <time dateTime={h.createdAt.toISOString()} className="text-slate-600">
                {when(h.createdAt)}
              </time>
              <span className="font-medium text-slate-900">
                {tp(`kind.${h.kind as "MARKETING_SMS"}`)}
                {h.noticeVersion ? ` · ${tp("version", { version: h.noticeVersion })}` : ""}
              </span>
              <span className={h.granted ? "text-emerald-800" : "text-slate-800"}>{h.granted ? tp("granted") : tp("withdrawn")}</span>
              <span className="text-slate-600">{tp(`source.${SOURCES.includes(h.source) ? h.source : "other"}` as "source.other")}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** 隐私申请: kind, status and deadline; a link for those who handle them. */
export function PrivacyRequestList({ requests, link }: { requests: CustomerView["privacyRequests"]; link: boolean }) {
  const t = useTranslations("customer360");
  const tp = useTranslations("privacy.requests");
  const format = useFormatter();
  if (requests.length === 0) return <p className="text-sm text-slate-700">{t("none.privacyRequests")}</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm" aria-label={t("sections.privacyRequests")}>
      {requests.map((r) => (
        <li key={r.id} className="py-2">
          <p className="flex flex-wrap items-center gap-2">
            {link ? (
              <Link href={`/admin/privacy/${r.id}`} className="font-medium text-brand-700 underline">
                {tp(`kind.${r.kind}`)}
              </Link>
            ) : (
              <span className="font-medium text-slate-900">{tp(`kind.${r.kind}`)}</span>
            )}
            <PrivacyRequestStatusBadge status={r.status} />
          </p>
          <p className="text-slate-700">
            {format.dateTime(r.createdAt, "short")} · {r.handledAt ? t("handledAt", { time: format.dateTime(r.handledAt, "short") }) : t("dueAt", { time: format.dateTime(r.dueAt, "short") })}
          </p>
        </li>
      ))}
    </ul>
  );
}
