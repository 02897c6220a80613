import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WINBACK_MAX_ATTEMPTS, offerParts, type ChurnBand } from "@/lib/domain/churn";
import { taskScopeFrom } from "@/lib/schemas/churn";
import { RiskBadge } from "@/components/churn/risk";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { listWinBackTasks } from "@/server/dal/winback";
import { can } from "@/server/policy";
import { staffTitle } from "@/server/staff-metadata";
import { WinBackCall } from "../_components/win-back-call";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("tasksTitle", "winback:manage", undefined, "retention");
}

// 挽留任务: the open win-back tasks, soonest due first — the actor's own or everyone's — with a
// form to record each call.
export default async function WinBackTasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff("/admin/retention/tasks", "winback:manage");
  const scope = taskScopeFrom(await searchParams);
  const [t, format, tasks] = await Promise.all([getTranslations("retention"), getFormatter(), listWinBackTasks(actor, scope)]);
  const tab = (s: "mine" | "all") => (
    <Link
      href={s === "mine" ? "/admin/retention/tasks" : "/admin/retention/tasks?scope=all"}
      aria-current={scope === s ? "page" : undefined}
      className={scope === s ? "rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white" : "rounded-md px-3 py-2 text-sm font-medium text-brand-700 underline"}
    >
      {t(`scope.${s}`)}
    </Link>
  );
  return (
    <div>
      <PageHeader
        title={t("tasksTitle")}
        lead={t("tasksLead", { max: WINBACK_MAX_ATTEMPTS })}
        actions={
          can(actor, "churn:read") ? (
            <ButtonLink variant="secondary" href="/admin/retention">
              {t("backToList")}
            </ButtonLink>
          ) : null
        }
      />
      <nav aria-label={t("scopeLabel")} className="mb-4 flex gap-2">
        {tab("mine")}
        {tab("all")}
      </nav>
      <DataTable
        label={t("tasksListLabel")}
        empty={tasks.length === 0 ? t(`noTasks.${scope}`) : undefined}
        columns={[
          { key: "customer", label: t("col.customer") },
          { key: "offer", label: t("col.offer") },
          { key: "due", label: t("col.due") },
          { key: "call", label: t("col.call") },
        ]}
      >
        {tasks.map((task) => {
          const offer = offerParts(task.offer);
          const label = `${task.customer.name} ${task.customer.phone}`;
          return (
            <tr key={task.id} className="align-top">
              <td className="min-w-36 space-y-1 px-4 py-3">
                <div className="font-medium text-slate-900">{task.customer.name}</div>
                <div className="text-slate-700">{task.customer.phone}</div>
                {task.customer.band !== null && task.customer.score !== null ? <RiskBadge band={task.customer.band as ChurnBand} score={task.customer.score} /> : null}
                <div className="text-xs text-slate-600">{t("scoreAtStart", { score: task.scoreAtStart })}</div>
              </td>
              <td className="min-w-44 space-y-1 px-4 py-3">
                <div className="font-medium text-slate-900">
                  {t(`offer.${offer.offer}`)}
                  {offer.detail ? `：${offer.detail}` : ""}
                </div>
                <div className="text-xs text-slate-700">{t("createdBy", { name: task.createdBy.displayName, time: format.dateTime(task.createdAt, "short") })}</div>
                {task.outcome ? (
                  <div className="text-xs text-slate-700">
                    {t("lastOutcome", { outcome: t(`call.outcomes.${task.outcome as "RETAINED"}`) })}
                    {task.note ? ` · ${task.note}` : ""}
                  </div>
                ) : null}
              </td>
              <td className="min-w-40 space-y-1 px-4 py-3">
                <div className="text-slate-900">{format.dateTime(task.dueAt, "short")}</div>
                {task.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
                <div className="text-xs text-slate-700">{t("assignedTo", { name: task.assignee?.displayName ?? t("unassigned") })}</div>
                <div className="text-xs text-slate-700">{t("attemptsOf", { count: task.attempts, max: WINBACK_MAX_ATTEMPTS })}</div>
              </td>
              <td className="px-4 py-3">
                <WinBackCall key={`${task.id}-${task.version}`} taskId={task.id} version={task.version} customerLabel={label} />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
