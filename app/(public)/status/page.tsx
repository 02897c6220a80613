import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AREAS } from "@/lib/domain/areas";
import { statusGrid } from "@/lib/domain/status";
import { parseAreaFilter } from "@/lib/schemas/status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { decodeHistoryCursor, listActiveIncidents, listRestoredIncidents } from "@/server/dal/status";
import { ActiveIncidents } from "./_components/active-incidents";
import { History } from "./_components/history";
import { StatusGrid } from "./_components/status-grid";
import { SubscribeForm } from "./_components/subscribe-form";
import { confirmStatusAction, subscribeStatusAction } from "./actions";
import { feedPath } from "./feed-path";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("status"), getLocale()]);
  return {
    title: t("title"),
    description: t("lead"),
    alternates: { types: { "application/atom+xml": [{ url: feedPath(locale), title: t("feed.title") }] } },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Public, no sign-in: what is broken now and where, the last 90 days, and subscriptions by area.
// Rendered per request (the figures are live); nothing personal is read.
export default async function StatusPage({ searchParams }: Props) {
  const query = await searchParams;
  const area = parseAreaFilter(query.area);
  const after = decodeHistoryCursor(one(query.after));
  const now = new Date();
  const [t, locale, active, history] = await Promise.all([getTranslations("status"), getLocale(), listActiveIncidents(), listRestoredIncidents({ area, after, now })]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          <Link href={feedPath(locale)} className="text-sm font-medium text-brand-700 underline">
            {t("feed.link")}
          </Link>
        }
      />
      {active.length ? (
        <Alert tone="warning" title={t("summary.disrupted", { count: active.length })} />
      ) : (
        <Alert tone="success" title={t("summary.allNormal")} />
      )}
      {active.length ? (
        <Card title={t("current")} titleId="current">
          <ActiveIncidents incidents={active} now={now} />
        </Card>
      ) : null}
      <Card title={t("grid.title")} titleId="grid">
        <StatusGrid rows={statusGrid(active)} />
      </Card>
      <div id="history">
        <Card title={t("history.title")} titleId="history-title">
          <History page={history} area={area} paged={!!after} />
        </Card>
      </div>
      <Card title={t("subscribe.title")} titleId="subscribe">
        <p className="mb-4 text-sm text-slate-700">{t("subscribe.lead")}</p>
        <div className="max-w-lg">
          <SubscribeForm areas={AREAS.map((a) => ({ name: a.name, label: locale === "en" ? a.nameEn : a.name }))} subscribe={subscribeStatusAction} confirm={confirmStatusAction} />
        </div>
      </Card>
    </div>
  );
}
