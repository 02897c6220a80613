import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { DATE_FORMATS, DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n";
import { TIME_ZONE } from "@/lib/domain/time";
import { isOpen } from "@/lib/domain/request-status";
import { maskPhone } from "@/lib/domain/mask";
import { canReplyTo, renderReplyTemplate, templateAppliesTo } from "@/lib/domain/reply-templates";
import type { RequestStatus, RequestType } from "@/lib/domain/roles";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { db } from "../db";
import type { StaffActor } from "../actor";
import { can } from "../policy";
import { requestScope } from "./scopes";

// What the request page's work forms offer: the staff and teams a request may go to, the
// supervisors to escalate to, and the reply templates filled for this request in the customer's
// language.

const MESSAGES = { "zh-CN": zhCN, en } as const;

/** Access: staff who may assign, hand over or escalate; active people and teams only. */
export async function listWorkTargets(actor: StaffActor) {
  if (!can(actor, "request:handover") && !can(actor, "request:assign") && !can(actor, "request:escalate")) return { staff: [], teams: [] };
  const [staff, teams] = await Promise.all([
    db.user.findMany({
      where: { role: { in: ["AGENT", "TECHNICIAN", "SUPERVISOR"] }, disabled: false },
      orderBy: [{ role: "asc" }, { displayName: "asc" }],
      select: { id: true, displayName: true, role: true, team: { select: { name: true, nameEn: true } } },
    }),
    db.team.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true, name: true, nameEn: true, handles: true } }),
  ]);
  return { staff, teams };
}
export type WorkTargets = Awaited<ReturnType<typeof listWorkTargets>>;

/**
 * Access: staff with request:reply, on a request they may read. The active templates for the
 * request's type, each filled for it in the customer's language (their account's, else Chinese);
 * a template naming an unknown variable is listed as unusable rather than filled wrongly.
 */
export async function replyTemplatesFor(actor: StaffActor, srn: string) {
  if (!can(actor, "request:reply")) return null;
  const request = await db.serviceRequest.findFirst({
    where: { ...requestScope(actor), srn },
    select: { srn: true, type: true, acceptBy: true, respondBy: true, resolveBy: true, acceptedAt: true, respondedAt: true, resolvedAt: true, customer: { select: { name: true, user: { select: { locale: true } } } }, line: { select: { number: true, kind: true } }, owner: { select: { displayName: true } } },
  });
  if (!request) return null;
  const locale: Locale = isLocale(request.customer.user?.locale) ? request.customer.user.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "request.type" });
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: DATE_FORMATS });
  // The next promise the customer waits on: the first unmet of accept-by, respond-by, resolve-by.
  const deadline = (!request.acceptedAt && request.acceptBy) || (!request.respondedAt && request.respondBy) || (!request.resolvedAt && request.resolveBy) || null;
  const values = {
    customerName: request.customer.name,
    srn: request.srn,
    agentName: actor.displayName,
    typeName: t(request.type as RequestType),
    deadline: deadline ? format.dateTime(deadline, "short") : "",
    // A mobile number is masked like everywhere else staff see it; an account number is not a phone.
    lineNumber: request.line ? (request.line.kind === "MOBILE" ? maskPhone(request.line.number) : request.line.number) : "",
  };
  const rows = await db.replyTemplate.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { code: true, title: true, titleEn: true, body: true, bodyEn: true, types: true, active: true } });
  const templates = rows
    .filter((row) => templateAppliesTo(row, request.type))
    .map((row) => {
      const rendered = renderReplyTemplate(locale === "en" ? row.bodyEn : row.body, values);
      return { code: row.code, title: row.title, titleEn: row.titleEn, text: rendered.ok ? rendered.text : null, unknown: rendered.ok ? [] : rendered.unknown };
    });
  return { locale, templates };
}
export type ReplyTemplateOptions = NonNullable<Awaited<ReturnType<typeof replyTemplatesFor>>>;

/** What the request page's collaboration panel needs: templates where a reply fits, targets where the request is open. */
export async function workPanelData(actor: StaffActor, request: { srn: string; type: RequestType; status: RequestStatus }) {
  const [reply, targets] = await Promise.all([
    canReplyTo(request) ? replyTemplatesFor(actor, request.srn) : null,
    isOpen(request.status) ? listWorkTargets(actor) : { staff: [], teams: [] },
  ]);
  return { reply, targets };
}
