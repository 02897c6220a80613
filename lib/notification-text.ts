// The title and body of a notification, from its template and payload, in one language. The
// in-app list (at view time) and SMS and e-mail (at send time) use this one function with the
// same message keys, notifications.template.<template>.title/body, so a template that reads
// well in the app reads the same by SMS and e-mail.

/** A next-intl translator for the "notifications" namespace, as getTranslations or createTranslator give it. */
export type NotificationTranslator = {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
};

/** Payload values as text for the message's placeholders; anything else is left out. */
export function payloadValues(payload: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return out;
  for (const [k, v] of Object.entries(payload)) {
    if (typeof v === "string") out[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

/** Payload fields that hold an instant (ISO), shown as a date and time in the reader's language. */
const DATE_FIELDS = ["acceptBy", "replyBy", "endAt", "deadline", "eta", "restoredAt"] as const;

export function notificationText(t: NotificationTranslator, formatDateTime: (at: Date) => string, template: string, payload: unknown) {
  const p = payloadValues(payload);
  const key = `template.${template}`;
  const values = { ...p };
  for (const field of DATE_FIELDS) values[field] = p[field] ? formatDateTime(new Date(p[field])) : "";
  const title = t.has(`${key}.title`) ? t(`${key}.title`, values) : template;
  const body =
    template === "request.accepted" && !p.message ? t("noMessage") : t.has(`${key}.body`) ? t(`${key}.body`, values) : "";
  return { title, body };
}

/**
 * Where a notification leads, as a path: a request by its SRN, a survey by its wave code, a
 * privacy request to the privacy centre, an incident to its status page, an approved remedy to
 * the bills. The in-app list and e-mails use this one function; `kind` chooses its label.
 */
export function notificationLink(template: string, payload: unknown, audience: "customer" | "staff"): { kind: "request" | "survey" | "incident" | "bills"; path: string } | null {
  const p = payloadValues(payload);
  // An incident's every stage leads to its public status page.
  if (template.startsWith("incident.") && p.code) return { kind: "incident", path: `/status/${encodeURIComponent(p.code)}` };
  if (template.startsWith("survey.") && p.code) return audience === "customer" ? { kind: "survey", path: `/account/surveys/${encodeURIComponent(p.code)}` } : null;
  // A privacy request's outcome is read in the privacy centre.
  if (template.startsWith("privacy.request")) return audience === "customer" ? { kind: "request", path: "/account/privacy#privacy-requests" } : null;
  // An approved remedy is read on the bill it was credited on.
  if (template === "remedy.approved") return audience === "customer" ? { kind: "bills", path: "/account/bills" } : null;
  // A reply waiting for approval is decided at /admin/approvals; the author reads the decision on the request.
  if (template === "staff.replyPending") return audience === "staff" ? { kind: "request", path: "/admin/approvals" } : null;
  if (template.startsWith("staff.") && p.srn) return audience === "staff" ? { kind: "request", path: `/admin/requests/${encodeURIComponent(p.srn)}` } : null;
  // A plan change is a request too (套餐调整), and the termination notice leads to the termination
  // request, which shows its result: their messages lead to the progress page.
  if ((template.startsWith("request.") || template.startsWith("plan.") || template === "termination.notice") && p.srn) {
    return { kind: "request", path: audience === "staff" ? `/admin/requests/${encodeURIComponent(p.srn)}` : `/account/requests/${encodeURIComponent(p.srn)}` };
  }
  return null;
}
