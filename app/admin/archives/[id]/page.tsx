import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { RequestStatus } from "@/lib/domain/roles";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/requests/status-badge";
import { RequestTitle } from "@/components/requests/request-title";
import { Timeline } from "@/components/requests/timeline";
import { moneyFormatter } from "@/components/plans/money";
import { SettlementTable } from "@/components/termination/settlement-table";
import { requireStaff } from "@/server/actor";
import { readArchive } from "@/server/dal/archives";
import { staffTitle } from "@/server/staff-metadata";

type Props = { params: Promise<{ id: string }> };

// The title does not read the archive: only the page's own read is audited.
export function generateMetadata(): Promise<Metadata> {
  return staffTitle("archivesTitle", "archive:read", undefined, "termination");
}

/** One archived service record, read-only; opening it writes an audit row. */
export default async function ArchivePage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/archives/${encodeURIComponent(id)}`, "archive:read");
  const archive = id.length <= 40 ? await readArchive(actor, id) : null;
  if (!archive) notFound();
  const [t, tr, ta, format, locale] = await Promise.all([getTranslations("termination"), getTranslations("request"), getTranslations("admin"), getFormatter(), getLocale()]);
  const money = moneyFormatter(format);
  const s = archive.snapshot;
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), "date") : "—");
  const dateTime = (iso: string | null) => (iso ? format.dateTime(new Date(iso), "short") : "—");
  const none = <p className="text-sm text-slate-700">{t("archive.none")}</p>;
  const facts: Array<[string, React.ReactNode]> = [
    [t("archive.customer"), `${s.customer.name} · ${ta.has(`customerType.${s.customer.type}`) ? ta(`customerType.${s.customer.type}` as "customerType.PERSONAL") : s.customer.type}`],
    [tr("line"), `${tr.has(`kind.${s.line.kind}`) ? tr(`kind.${s.line.kind}` as "kind.MOBILE") : s.line.kind} · ${s.line.number}`],
    [t("archive.plan"), `${locale === "en" ? s.plan.nameEn : s.plan.name} · ${money(s.plan.monthlyFeeFen)}`],
    [t("archive.area"), s.line.address ? `${s.line.area} · ${s.line.address}` : s.line.area],
    [t("archive.activatedAt"), date(s.line.activatedAt)],
    [t("archive.terminatedAt"), dateTime(s.line.terminatedAt)],
    [t("archive.addOns"), s.line.addOns.length ? s.line.addOns.map((a) => (tr.has(`addOn.${a}`) ? tr(`addOn.${a}` as "addOn.CALLER_ID") : a)).join(locale === "en" ? ", " : "、") : t("archive.none")],
    [t("archive.reason"), t.has(`reason.${s.termination.reason}`) ? t(`reason.${s.termination.reason}` as "reason.OTHER") : s.termination.reason],
    [t("archive.note"), s.termination.note || "—"],
    [t("archive.completedBy"), s.termination.completedBy],
    [t("summary.portOut"), s.termination.portOutDeclined ? t("summary.portOutDeclined") : "—"],
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/archives" className="text-sm text-brand-700 underline">
          ← {t("backToArchives")}
        </Link>
        <h1 className="mt-2 break-all text-2xl font-bold">{t("archiveTitle", { number: s.line.number })}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {t("archivedAt", { date: format.dateTime(archive.archivedAt, "date") })} · {t("retainUntil", { date: format.dateTime(archive.retainUntil, "date") })}
        </p>
      </div>
      <Alert tone="info">{t("archive.readOnly")}</Alert>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <Card title={t("archive.line")} titleId="line">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {facts.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="text-slate-600">{name}</dt>
                  <dd className="break-words text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={t("archive.requests")} titleId="requests">
            {s.requests.length === 0 ? none : null}
            <ul className="space-y-6">
              {s.requests.map((r) => (
                <li key={r.srn} className="space-y-2">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-mono">{r.srn}</span>
                    <span className="font-medium">
                      {tr(`type.${r.type}` as "type.FAULT_REPAIR")} · <RequestTitle type={r.type as "FAULT_REPAIR"} title={r.title} />
                    </span>
                    <StatusBadge status={r.status as RequestStatus} />
                  </p>
                  {r.description ? <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{r.description}</p> : null}
                  <Timeline
                    viewerIsCustomer={false}
                    events={r.timeline.map((e, i) => ({
                      id: `${r.srn}-${i}`,
                      kind: e.kind,
                      visibility: "CUSTOMER",
                      body: e.body,
                      toStatus: e.toStatus as RequestStatus | null,
                      createdAt: new Date(e.at),
                      actor: e.actor ? { displayName: e.actor, role: e.actorRole ?? "" } : null,
                    }))}
                  />
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title={t("archive.settlement")} titleId="settlement">
            <SettlementTable settlement={s.settlement} />
          </Card>
          <Card title={t("archive.bills")} titleId="bills">
            {s.bills.length === 0 ? none : null}
            <ul className="space-y-3 text-sm">
              {s.bills.map((b) => (
                <li key={b.month}>
                  <p className="font-medium text-slate-900">
                    {b.month} · {money(b.totalFen)} · {t.has(`billStatus.${b.status}`) ? t(`billStatus.${b.status}` as "billStatus.DUE") : b.status}
                  </p>
                  <ul className="mt-1 space-y-0.5 text-slate-700">
                    {b.items.map((item, i) => (
                      <li key={i} className="flex justify-between gap-3">
                        <span>{locale === "en" ? item.labelEn : item.label}</span>
                        <span className="whitespace-nowrap font-mono">{money(item.amountFen)}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t("archive.usage")} titleId="usage">
            {s.usage.length === 0 ? none : null}
            <ul className="space-y-1 text-sm text-slate-800">
              {s.usage.map((u) => (
                <li key={u.month}>
                  {u.month} · {t("archive.usageRow", { data: u.dataMb, voice: u.voiceMinutes, sms: u.smsCount })}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t("archive.planChanges")} titleId="plan-changes">
            {s.planChanges.length === 0 ? none : null}
            <ul className="space-y-1 text-sm text-slate-800">
              {s.planChanges.map((c, i) => (
                <li key={i}>
                  {t("archive.planChangeRow", {
                    from: c.from,
                    to: c.to,
                    status: t.has(`planChangeStatus.${c.status}`) ? t(`planChangeStatus.${c.status}` as "planChangeStatus.PENDING") : c.status,
                    date: date(c.effectiveAt),
                  })}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </div>
  );
}
