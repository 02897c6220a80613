import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { netDirection } from "@/lib/domain/termination";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { moneyFormatter } from "@/components/plans/money";
import { requireCustomer } from "@/server/actor";
import { listMyLines, type MyLine } from "@/server/dal/termination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("termination"))("linesTitle") };
}

const tones: Record<MyLine["status"], BadgeTone> = { PENDING: "info", ACTIVE: "success", SUSPENDED: "warning", TERMINATED: "neutral" };

/** 我的号码: the customer's lines with status and plan, where termination starts, and the archives of terminated ones. */
export default async function MyLinesPage() {
  const actor = await requireCustomer("/account/lines");
  const [t, lines] = await Promise.all([getTranslations("termination"), listMyLines(actor)]);
  const current = lines.filter((l) => l.status !== "TERMINATED");
  const past = lines.filter((l) => l.status === "TERMINATED");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader title={t("linesTitle")} lead={t("linesLead")} />
      {lines.length === 0 ? <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("linesEmpty")}</p> : null}
      {current.length ? <LineList title={t("currentLines")} id="current" lines={current} /> : null}
      {past.length ? <LineList title={t("pastLines")} id="past" lines={past} /> : null}
    </div>
  );
}

function LineList({ title, id, lines }: { title: string; id: string; lines: MyLine[] }) {
  return (
    <section aria-labelledby={`lines-${id}`}>
      <h2 id={`lines-${id}`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <ul className="space-y-3">
        {lines.map((line) => (
          <li key={line.id}>
            <LineCard line={line} />
          </li>
        ))}
      </ul>
    </section>
  );
}

async function LineCard({ line }: { line: MyLine }) {
  const [t, tr, format, locale] = await Promise.all([getTranslations("termination"), getTranslations("request"), getFormatter(), getLocale()]);
  const money = moneyFormatter(format);
  const date = (at: Date) => format.dateTime(at, "date");
  const inService = line.status === "ACTIVE" || line.status === "SUSPENDED";
  const facts = [
    t("planFee", { plan: locale === "en" ? line.plan.nameEn : line.plan.name, fee: money(line.plan.monthlyFeeFen) }),
    line.activatedAt ? t("activatedOn", { date: date(line.activatedAt) }) : null,
    inService ? t("balance", { amount: money(line.balanceFen) }) : null,
  ].filter(Boolean);
  return (
    <article aria-label={`${tr(`kind.${line.kind}`)} ${line.number}`} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-slate-700">{tr(`kind.${line.kind}`)}</span>
            <span className="break-all font-mono text-lg font-semibold text-slate-900">{line.number}</span>
            <Badge tone={tones[line.status]}>{t(`lineStatus.${line.status}`)}</Badge>
          </p>
          <p className="mt-1 text-sm text-slate-700">{facts.join(" · ")}</p>
        </div>
        {inService && line.openTermination ? (
          <p className="text-sm text-slate-800">
            {t("openTermination")}{" "}
            <Link href={`/account/requests/${line.openTermination.srn}`} className="font-mono text-brand-700 underline">
              {line.openTermination.srn}
            </Link>
          </p>
        ) : null}
        {inService && !line.openTermination ? (
          <ButtonLink variant="secondary" href={`/account/lines/${line.id}/terminate`} aria-label={t("terminateLabel", { number: line.number })}>
            {t("terminate")}
          </ButtonLink>
        ) : null}
      </div>
      {line.status === "TERMINATED" ? (
        <div className="mt-3 space-y-1 border-t border-slate-100 pt-3 text-sm text-slate-800">
          {line.terminatedAt ? <p>{t("terminatedOn", { date: date(line.terminatedAt) })}</p> : null}
          {line.archive ? (
            <>
              <p>{t(`archiveNet.${netDirection(line.archive.netFen)}`, { amount: money(Math.abs(line.archive.netFen)) })}</p>
              <p>{t("archiveSummary", { count: line.archive.requests, date: date(line.archive.retainUntil) })}</p>
              <p>
                <Link href={`/account/requests/${line.archive.srn}`} className="text-brand-700 underline">
                  {t("viewTermination", { srn: line.archive.srn })}
                </Link>
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
