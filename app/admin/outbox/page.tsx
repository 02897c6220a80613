import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/server/actor";
import { OUTBOX_CHANNELS, OUTBOX_STATUSES, listOutbox, type OutboxFilter } from "@/server/dal/outbox";
import { staffTitle } from "@/server/staff-metadata";
import { RetryButton } from "./_components/retry-button";
import { retryNotificationAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("outboxTitle", "outbox:read");
}

const tones: Record<(typeof OUTBOX_STATUSES)[number], BadgeTone> = { PENDING: "info", SENT: "success", FAILED: "danger" };
const pick = <T extends string>(list: readonly T[], value: unknown): T | undefined => (list as readonly unknown[]).includes(value) ? (value as T) : undefined;

function query(filter: OutboxFilter, after?: string) {
  const params = new URLSearchParams();
  if (filter.channel) params.set("channel", filter.channel);
  if (filter.status) params.set("status", filter.status);
  if (after) params.set("after", after);
  const text = params.toString();
  return text ? `/admin/outbox?${text}` : "/admin/outbox";
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ channel?: string; status?: string; after?: string }> }) {
  const actor = await requireStaff("/admin/outbox", "outbox:read");
  const sp = await searchParams;
  const filter: OutboxFilter = { channel: pick(OUTBOX_CHANNELS, sp.channel), status: pick(OUTBOX_STATUSES, sp.status) };
  const after = typeof sp.after === "string" && sp.after.length <= 40 ? sp.after : undefined;
  const [t, format, outbox] = await Promise.all([getTranslations("outbox"), getFormatter(), listOutbox(actor, filter, after)]);
  const select = "mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-base ring-1 ring-inset ring-slate-300 sm:text-sm";
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" action="/admin/outbox" aria-label={t("filters")} className="mb-4 flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-900">
          {t("channelLabel")}
          <select name="channel" defaultValue={filter.channel ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {OUTBOX_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-900">
          {t("statusLabel")}
          <select name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      {outbox.items.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("title")}>
          {outbox.items.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={tones[m.status]}>{t(`status.${m.status}`)}</Badge>
                <span className="font-medium text-slate-900">{t(`channel.${m.channel}`)}</span>
                <span className="text-slate-700">
                  {t("colTo")}: <span className="font-mono">{m.address}</span>
                </span>
                <time dateTime={m.createdAt.toISOString()} className="text-slate-600">
                  {format.dateTime(m.createdAt, "short")}
                </time>
              </div>
              {m.subject ? <p className="mt-2 break-words text-sm font-medium text-slate-900">{t("subject", { subject: m.subject })}</p> : null}
              <p className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 p-2 text-sm text-slate-800 ring-1 ring-slate-200">{m.text}</p>
              <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
                <span>{t("attempts", { count: m.attempts })}</span>
                {m.transport ? <span>{t("transport", { transport: m.transport })}</span> : null}
                {m.sentAt ? <span>{t("sentAt", { time: format.dateTime(m.sentAt, "short") })}</span> : null}
                {m.status === "PENDING" && m.nextAttemptAt ? <span>{t("nextAttempt", { time: format.dateTime(m.nextAttemptAt, "short") })}</span> : null}
              </div>
              {m.lastError ? <p className="mt-1 break-words text-xs text-red-800">{t("lastError", { error: m.lastError })}</p> : null}
              {m.status === "FAILED" ? (
                <div className="mt-2">
                  <RetryButton id={m.id} action={retryNotificationAction} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex gap-2">
        {after ? (
          <ButtonLink variant="secondary" href={query(filter)}>
            {t("firstPage")}
          </ButtonLink>
        ) : null}
        {outbox.next ? (
          <ButtonLink variant="secondary" href={query(filter, outbox.next)}>
            {t("nextPage")}
          </ButtonLink>
        ) : null}
      </div>
    </div>
  );
}
