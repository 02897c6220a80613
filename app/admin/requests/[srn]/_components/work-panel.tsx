import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { roleCan } from "@/lib/domain/permissions";
import { canReplyTo } from "@/lib/domain/reply-templates";
import { isOpen } from "@/lib/domain/request-status";
import { Card } from "@/components/ui/card";
import type { StaffActor } from "@/server/actor";
import type { RequestDetail } from "@/server/dal/requests";
import type { ReplyTemplateOptions, WorkTargets } from "@/server/dal/request-work-options";
import { addNoteAction, assignRequestAction, escalateRequestAction, handOverRequestAction, replyToCustomerAction } from "../../actions";
import { AssignForm, NoteForm } from "./collab-forms";
import { EscalateForm } from "./escalation-forms";
import { ReplyToCustomerForm } from "./reply-to-customer-form";

/** One collapsible section: a native <details>, so it opens with Enter or Space and needs no script. */
function Section({ id, title, open, children }: { id: string; title: string; open?: boolean; children: ReactNode }) {
  return (
    <details id={id} open={open} className="group rounded-md ring-1 ring-slate-200">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
        <span>{title}</span>
        <span aria-hidden="true" className="text-slate-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-slate-200 p-3">{children}</div>
    </details>
  );
}

/**
 * 协作与沟通: what staff do on a request besides changing its status — reply to the customer,
 * internal notes, 分派 / 移交, 升级. Only the sections the viewer's role may use on this request
 * are shown (the page loads the templates and targets: workPanelData); the DAL checks the same again.
 */
export async function WorkPanel({ actor, request, reply, targets }: { actor: StaffActor; request: RequestDetail; reply: ReplyTemplateOptions | null; targets: WorkTargets }) {
  const t = await getTranslations("work");
  const locale = await getLocale();
  const open = isOpen(request.status);
  const form = { srn: request.srn, version: request.version };
  const assignMode = !open ? null : roleCan(actor.role, "request:assign") ? "supervisor" : roleCan(actor.role, "request:handover") ? "owner" : null;
  const isOwner = request.ownerId === actor.userId;
  const canEscalate = open && roleCan(actor.role, "request:escalate") && !request.escalatedAt;
  const label = (p: (typeof targets.staff)[number]) => {
    const team = p.team ? (locale === "en" ? p.team.nameEn : p.team.name) : null;
    return [p.displayName, t(`role.${p.role}` as "role.AGENT"), team].filter(Boolean).join(" · ");
  };
  const people = targets.staff
    .filter((p) => p.id !== request.ownerId && (assignMode === "supervisor" || p.role !== "SUPERVISOR"))
    .map((p) => ({ id: p.id, label: label(p) }));
  const teams = targets.teams.map((team) => ({ code: team.code, label: locale === "en" ? team.nameEn : team.name }));
  const supervisors = targets.staff.filter((p) => p.role === "SUPERVISOR").map((p) => ({ id: p.id, label: label(p) }));
  const canNote = roleCan(actor.role, "request:note");
  if (!reply && !assignMode && !canEscalate && !canNote) return null;

  return (
    <Card title={t("panelTitle")} titleId="work">
      <p className="mb-3 text-sm text-slate-700">{t("panelLead")}</p>
      <div className="space-y-3">
        {reply && canReplyTo(request) ? (
          <Section id="reply-to-customer" title={t("reply.title")} open>
            <ReplyToCustomerForm
              {...form}
              action={replyToCustomerAction}
              firstResponse={!!request.respondBy && !request.respondedAt}
              localeName={reply.locale === "en" ? "English" : "中文"}
              templates={reply.templates.map((x) => {
                const title = locale === "en" ? x.titleEn : x.title;
                return { code: x.code, text: x.text, label: x.text === null ? t("reply.templateUnusable", { title, names: x.unknown.join(", ") }) : title };
              })}
            />
          </Section>
        ) : request.type === "COMPLAINT" && roleCan(actor.role, "request:reply") && open ? (
          <p className="text-sm text-slate-700">{t("reply.complaintNote")}</p>
        ) : null}
        {assignMode ? (
          <Section id="assign" title={t(assignMode === "supervisor" ? "assign.titleSupervisor" : "assign.titleOwner")}>
            <p className="mb-2 text-sm text-slate-700">{t(assignMode === "supervisor" ? "assign.leadSupervisor" : "assign.leadOwner")}</p>
            <p className="mb-3 text-sm text-slate-700">
              {t("assign.currentOwner", { owner: request.owner?.displayName ?? t("assign.noOwner") })}
              {request.team ? ` · ${t("assign.currentTeam", { team: locale === "en" ? request.team.nameEn : request.team.name })}` : null}
            </p>
            {assignMode === "supervisor" || isOwner ? (
              <AssignForm {...form} mode={assignMode} action={assignMode === "supervisor" ? assignRequestAction : handOverRequestAction} people={people} teams={teams} />
            ) : (
              <p className="text-sm text-slate-700">{t("assign.notOwner", { owner: request.owner?.displayName ?? t("assign.noOwner") })}</p>
            )}
          </Section>
        ) : null}
        {canNote ? (
          <Section id="note" title={t("note.title")}>
            <NoteForm {...form} action={addNoteAction} />
          </Section>
        ) : null}
        {canEscalate ? (
          <Section id="escalate" title={t("escalate.title")}>
            <EscalateForm {...form} action={escalateRequestAction} supervisors={supervisors} />
          </Section>
        ) : null}
      </div>
    </Card>
  );
}
