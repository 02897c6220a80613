import "server-only";
import { createFormatter, createTranslator, type AbstractIntlMessages } from "next-intl";
import { DATE_FORMATS, DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n";
import { TIME_ZONE } from "@/lib/domain/time";
import { notificationLink, notificationText, type NotificationTranslator } from "@/lib/notification-text";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import { env } from "../env";
import { SECRET_PAYLOAD_KEYS } from "./templates";

// SMS and e-mail texts, rendered at send time in the row's language from the same message keys
// as the in-app list (lib/notification-text.ts).
const MESSAGES: Record<Locale, AbstractIntlMessages> = { "zh-CN": zhCN, en };

export type RenderInput = { channel: "SMS" | "EMAIL"; locale: string; template: string; payload: unknown };
export type Rendered = { subject: string; text: string };

function translatorFor(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications", timeZone: TIME_ZONE, formats: DATE_FORMATS });
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: DATE_FORMATS });
  return { t: t as unknown as NotificationTranslator, formatDateTime: (at: Date) => format.dateTime(at, "short") };
}

/** The link an e-mail carries: to the request, the survey it invites to, or the incident's status page. */
function emailLink(t: NotificationTranslator, template: string, payload: unknown): string | null {
  const link = notificationLink(template, payload, "customer");
  if (!link) return null;
  const url = new URL(link.path, env.PUBLIC_BASE_URL).toString();
  const label = link.kind === "survey" ? "email.surveyLink" : link.kind === "incident" ? "email.incidentLink" : link.kind === "bills" ? "email.billsLink" : "email.link";
  return t(label, { url });
}

/** SMS: 【ServiceHall】 signature, title and body. E-mail: the title as subject, the body and a link. */
export function renderMessage(input: RenderInput): Rendered {
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const { t, formatDateTime } = translatorFor(locale);
  const { title, body } = notificationText(t, formatDateTime, input.template, input.payload);
  if (input.channel === "SMS") return { subject: title, text: body ? t("sms.text", { title, body }) : t("sms.titleOnly", { title }) };
  const link = emailLink(t, input.template, input.payload);
  return { subject: title, text: [body, link, t("email.footer")].filter(Boolean).join("\n\n") };
}

/** The payload with its secret fields blanked, for storing after sending and for showing. */
export function redactPayload(template: string, payload: unknown): unknown {
  const secret = SECRET_PAYLOAD_KEYS[template];
  if (!secret || !payload || typeof payload !== "object" || Array.isArray(payload)) return payload;
  const copy: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const key of secret) if (key in copy) copy[key] = "••••••";
  return copy;
}
