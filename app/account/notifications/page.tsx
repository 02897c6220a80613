import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notificationLink, notificationText, type NotificationTranslator } from "@/lib/notification-text";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/actor";
import { listMyNotifications } from "@/server/dal/notifications";
import { ActionButton } from "@/components/forms/action-button";
import { markAllNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor("/account/notifications");
  const [t, format, items] = await Promise.all([getTranslations("notifications"), getFormatter(), listMyNotifications(actor)]);
  const hasUnread = items.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")} actions={hasUnread ? <ActionButton action={markAllNotificationsReadAction} label={t("markAllRead")} /> : null} />
      {items.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((n) => {
            const { title, body } = notificationText(t as unknown as NotificationTranslator, (at) => format.dateTime(at, "short"), n.template, n.payload);
            const link = notificationLink(n.template, n.payload, actor.kind);
            return (
              <li key={n.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center gap-2">
                  {!n.readAt ? <Badge tone="info">{t("unread")}</Badge> : null}
                  <p className="font-medium text-slate-900">{title}</p>
                </div>
                {body ? <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">{body}</p> : null}
                <div className="mt-2 flex items-center gap-4 text-xs text-slate-600">
                  <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, "short")}</time>
                  {link ? (
                    <Link href={link.path} className="text-brand-700 underline">
                      {link.kind === "survey" ? t("viewSurvey") : link.kind === "incident" ? t("viewIncident") : link.kind === "bills" ? t("viewBills") : t("view")}
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
