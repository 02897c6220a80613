import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { queueCounts } from "@/server/dal/requests";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("homeTitle");
}

export default async function StaffHome() {
  const actor = await requireStaff("/admin");
  const t = await getTranslations("admin");
  const seesQueue = can(actor, "queue:read");
  const seesOutbox = can(actor, "outbox:read");
  const counts = seesQueue ? await queueCounts(actor) : null;
  return (
    <div>
      <PageHeader title={t("homeTitle")} lead={t("homeLead", { name: actor.displayName })} actions={
          seesQueue ? <ButtonLink href="/admin/queue">{t("openQueue")}</ButtonLink> : seesOutbox ? <ButtonLink href="/admin/outbox">{t("openOutbox")}</ButtonLink> : null
        }
      />
      {counts ? (
        <dl className="grid gap-4 sm:grid-cols-3">
          {(
            [
              ["countPending", counts.pending, "text-brand-800"],
              ["countActive", counts.active, "text-amber-800"],
              ["countBreached", counts.breached, counts.breached ? "text-red-700" : "text-slate-900"],
            ] as const
          ).map(([key, value, color]) => (
            <div key={key} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <dt className="text-sm text-slate-700">{t(key)}</dt>
              <dd className={`mt-1 text-3xl font-bold ${color}`}>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
