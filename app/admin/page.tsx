import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/requests/status-badge";
import { RequestTitle } from "@/components/requests/request-title";
import { NextDeadline } from "@/components/requests/sla-clock";
import { requireStaff } from "@/server/actor";
import { staffHome, type QueueItem } from "@/server/dal/queue";
import { staffKpis } from "@/server/dal/kpis";
import { KpiPanel } from "@/components/admin/kpi-panel";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("homeTitle");
}

type Stat = { label: string; value: number; href?: string; tone?: "danger" | "warning" };

function Stats({ label, stats }: { label: string; stats: Stat[] }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {stats.map((s) => {
        const color = s.value && s.tone === "danger" ? "text-red-700" : s.value && s.tone === "warning" ? "text-amber-800" : "text-slate-900";
        return (
          <div key={s.label} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-sm text-slate-700">{s.label}</dt>
            <dd className={`mt-1 text-3xl font-bold ${color}`}>
              {s.href ? (
                <Link href={s.href} className="underline decoration-slate-300 underline-offset-4 hover:decoration-current">
                  {s.value}
                </Link>
              ) : (
                s.value
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

async function RequestList({ items, empty, now }: { items: QueueItem[]; empty: string; now: Date }) {
  const tr = await getTranslations("request");
  if (!items.length) return <p className="rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {items.map((r) => (
        <li key={r.srn} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <Link href={`/admin/requests/${r.srn}`} className="font-mono text-brand-700 underline">
              {r.srn}
            </Link>{" "}
            <StatusBadge status={r.status} />
            <p className="text-sm text-slate-700">
              {tr(`type.${r.type}`)} · <RequestTitle type={r.type} title={r.title} /> · {r.customer.name}
            </p>
          </div>
          <NextDeadline request={r} now={now} />
        </li>
      ))}
    </ul>
  );
}

export default async function StaffHome() {
  const actor = await requireStaff("/admin");
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const seesOutbox = can(actor, "outbox:read");
  const now = new Date();
  const [home, kpis] = await Promise.all([staffHome(actor, now), staffKpis(actor, now)]);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("homeTitle")}
        lead={t("homeLead", { name: actor.displayName })}
        actions={home ? <ButtonLink href="/admin/queue">{t("openQueue")}</ButtonLink> : seesOutbox ? <ButtonLink href="/admin/outbox">{t("openOutbox")}</ButtonLink> : null}
      />
      {home ? (
        <>
          <section aria-labelledby="my-work" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="my-work" className="text-lg font-semibold">
                {t("myWork")}
              </h2>
              <Link href="/admin/queue?view=open&owner=me" className="text-sm text-brand-700 underline">
                {t("seeAllMine")}
              </Link>
            </div>
            <Stats
              label={t("myWork")}
              stats={[
                { label: t("mineOpen"), value: home.mine.open, href: "/admin/queue?view=open&owner=me" },
                { label: t("mineDueSoon", { hours: home.soonHours }), value: home.mine.dueSoon, href: `/admin/queue?view=open&owner=me&due=${home.soonHours}`, tone: "warning" },
                { label: t("mineBreached"), value: home.mine.breached, href: "/admin/queue?view=open&owner=me&breached=1", tone: "danger" },
              ]}
            />
            <RequestList items={home.mine.items} empty={t("mineEmpty")} now={now} />
          </section>

          {home.team ? (
            <section aria-labelledby="team-queue" className="space-y-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="team-queue" className="text-lg font-semibold">
                  {t("teamQueue", { team: locale === "en" ? home.team.nameEn : home.team.name })}
                </h2>
                <Link href={`/admin/queue?view=open&team=${home.team.code}`} className="text-sm text-brand-700 underline">
                  {t("seeAllTeam")}
                </Link>
              </div>
              <RequestList items={home.team.items} empty={t("teamEmpty")} now={now} />
            </section>
          ) : null}

          <section aria-labelledby="today" className="space-y-3">
            <h2 id="today" className="text-lg font-semibold">
              {t("today")}
            </h2>
            <Stats
              label={t("today")}
              stats={[
                { label: t("countPending"), value: home.today.pending, href: "/admin/queue" },
                { label: t("countBreachedAll"), value: home.today.breached, href: "/admin/queue?view=open&breached=1", tone: "danger" },
                { label: t("countCreatedToday"), value: home.today.createdToday },
                { label: t("countResolvedToday"), value: home.today.resolvedToday },
                { label: t("countClosedToday"), value: home.today.closedToday },
              ]}
            />
          </section>
          {kpis ? <KpiPanel {...kpis} /> : null}
        </>
      ) : null}
    </div>
  );
}
