import "server-only";
import { MIIT_APPEAL, appealEligibility, replyDeadlineState } from "@/lib/domain/complaints";
import { titleKey } from "@/lib/domain/request-title";
import type { AppealPack } from "./dal/complaints";
import type { PdfBlock, PdfDocumentSpec } from "./pdf";

// The complaint appeal pack (申诉材料) for the MIIT telecom user appeal centre (12300): one block
// model (server/pdf.ts) that the printable page shows as HTML and the PDF route renders, so the
// two always carry the same content (docs/decisions/0009-pdf-documents.md).

/** A next-intl translator over all messages (getTranslations() or createTranslator without a namespace). */
export type PackTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

export type PackContext = {
  t: PackTranslator;
  /** Formats an instant as the reader's date and time, China time ("short" format). */
  dateTime: (at: Date) => string;
  now: Date;
};

/** A request's subject in the reader's language (as components/requests/request-title.tsx does). */
function subject(t: PackTranslator, type: string, title: string): string {
  if (type === "COMPLAINT" && t.has(`complaints.category.${title}`)) return t(`complaints.category.${title}`);
  const key = titleKey(type as Parameters<typeof titleKey>[0], title);
  return key && t.has(`request.${key}`) ? t(`request.${key}`) : title;
}

export function appealPackDocument(pack: AppealPack, { t, dateTime, now }: PackContext): PdfDocumentSpec {
  const history = { status: pack.status, replyBy: pack.replyBy, events: pack.events };
  const deadline = replyDeadlineState(history, now);
  const appeal = appealEligibility(history, now);
  const met =
    deadline.state === "replied" ? (deadline.late ? "late" : "onTime") : deadline.state === "overdue" ? "overdue" : deadline.state === "pending" ? "pending" : "ended";
  const who = (e: AppealPack["events"][number]) => (!e.actor ? t("complaints.pack.system") : e.actor.role === "CUSTOMER" ? pack.customer.name : e.actor.displayName);
  const what = (kind: string) => (t.has(`complaints.event.${kind}`) ? t(`complaints.event.${kind}`) : kind);
  const replies = pack.events.filter((e) => e.kind === "resolve");
  const related = pack.relatedRequest
    ? `${pack.relatedRequest.srn} · ${t(`request.type.${pack.relatedRequest.type}`)} · ${subject(t, pack.relatedRequest.type, pack.relatedRequest.title)}`
    : t("complaints.facts.relatedNone");

  const blocks: PdfBlock[] = [
    { kind: "heading", text: t("complaints.pack.sectionComplaint") },
    {
      kind: "fields",
      rows: [
        [t("complaints.pack.srn"), pack.srn],
        [t("complaints.pack.customer"), pack.customer.name],
        [t("complaints.pack.phone"), pack.customer.phone],
        [t("complaints.pack.category"), pack.category ? t(`complaints.category.${pack.category}`) : "—"],
        [t("complaints.pack.related"), related],
        [t("complaints.pack.status"), t(`request.status.${pack.status}`)],
      ],
    },
    { kind: "heading", text: t("complaints.pack.sectionText") },
    { kind: "paragraph", text: pack.description },
    { kind: "heading", text: t("complaints.pack.sectionOutcome") },
    { kind: "paragraph", text: pack.desiredOutcome || "—" },
    { kind: "heading", text: t("complaints.pack.sectionDeadline") },
    {
      kind: "fields",
      rows: [
        [t("complaints.pack.submittedAt"), dateTime(pack.createdAt)],
        [t("complaints.pack.replyBy"), dateTime(pack.replyBy)],
        [t("complaints.pack.repliedAt"), deadline.state === "replied" ? dateTime(deadline.repliedAt) : t("complaints.pack.notReplied")],
        [t("complaints.pack.deadlineMet"), t(`complaints.pack.met.${met}`)],
        [t("complaints.pack.appealReasons"), appeal.open ? appeal.reasons.map((r) => t(`complaints.pack.reason.${r}`)).join(t("complaints.pack.separator")) : t("complaints.pack.noAppealReason")],
      ],
    },
    { kind: "heading", text: t("complaints.pack.sectionReplies") },
    {
      kind: "entries",
      empty: t("complaints.pack.noReplies"),
      items: replies.map((e, i) => ({ title: t("complaints.pack.replyTitle", { n: i + 1 }), meta: t("complaints.replies.meta", { name: who(e), time: dateTime(e.createdAt) }), body: e.body ?? "" })),
    },
    { kind: "heading", text: t("complaints.pack.sectionTimeline") },
    {
      kind: "entries",
      items: pack.events.map((e) => ({
        title: t("complaints.pack.eventTitle", { who: who(e), what: what(e.kind) }),
        meta: [dateTime(e.createdAt), e.toStatus ? t("complaints.pack.statusAfter", { status: t(`request.status.${e.toStatus}`) }) : null].filter(Boolean).join(" · "),
        ...(e.body ? { body: e.body } : {}),
      })),
    },
    { kind: "heading", text: t("complaints.pack.sectionAppeal") },
    { kind: "paragraph", text: t("complaints.appeal.right") },
    { kind: "paragraph", text: t("complaints.pack.appealText", { phone: MIIT_APPEAL.phone, url: MIIT_APPEAL.url }) },
  ];
  return {
    title: t("complaints.pack.docTitle", { srn: pack.srn }),
    subtitle: t("complaints.pack.docSubtitle"),
    subject: pack.srn,
    keywords: [pack.srn, t("complaints.pack.title")].join(", "),
    blocks,
    footer: t("complaints.pack.footer", { time: dateTime(now) }),
  };
}
