import { getFormatter, getTranslations } from "next-intl/server";
import { needsApproval } from "@/lib/domain/complaints";
import { ReplyDecision } from "@/components/approvals/reply-decision";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { StaffActor } from "@/server/actor";
import { getReplyDraftState } from "@/server/dal/reply-drafts";
import { can } from "@/server/policy";
import { approveReplyAction, rejectReplyAction } from "../../approvals/actions";
import { resolveRequestAction } from "../actions";
import { ReplyForm } from "./_components/complaint-forms";

// A server component beside the page (it reads the drafts), not in the client-safe _components/.
type Props = { actor: StaffActor; request: { srn: string; version: number; level: number } };

/**
 * 反馈 on a complaint's page. A reply to a level-1 complaint by anyone but a supervisor is saved
 * for approval (server/dal/reply-draft-create.ts): while one waits, the page shows it — and the
 * supervisor's decision — instead of the form; after a rejection, the form again with the note.
 */
export async function ComplaintReplyCard({ actor, request }: Props) {
  const [t, tc, format, drafts] = await Promise.all([getTranslations("approvals.request"), getTranslations("complaints.staff"), getFormatter(), getReplyDraftState(actor, request.srn)]);
  const pending = drafts?.pending ?? null;
  const rejected = drafts?.lastRejected ?? null;
  const held = needsApproval(request.level, actor.role);
  return (
    <Card title={tc("replyTitle")} titleId="reply">
      {pending ? (
        <div className="space-y-4">
          <Alert tone="warning" title={t("pendingTitle")}>
            {t("pendingMeta", { name: pending.author.displayName, time: format.dateTime(pending.createdAt, "short") })}
          </Alert>
          {can(actor, "complaint:approve") ? (
            <ReplyDecision draft={{ id: pending.id, body: pending.body }} version={request.version} approve={approveReplyAction} reject={rejectReplyAction} />
          ) : (
            <p className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 text-sm text-slate-900 ring-1 ring-slate-200">{pending.body}</p>
          )}
        </div>
      ) : (
        <div className="space-y-3">
          {rejected ? (
            <Alert tone="error" title={t("rejectedTitle", { name: rejected.decider?.displayName ?? "" })}>
              <p className="whitespace-pre-wrap break-words">{rejected.decisionNote}</p>
            </Alert>
          ) : null}
          {held ? <p className="text-sm text-amber-900">{t("needsApproval")}</p> : request.level === 1 ? <p className="text-sm text-slate-700">{t("selfApproved")}</p> : null}
          <ReplyForm srn={request.srn} version={request.version} action={resolveRequestAction} submitLabel={held ? t("submitForApproval") : undefined} />
        </div>
      )}
    </Card>
  );
}
