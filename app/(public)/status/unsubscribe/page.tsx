import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/domain/areas";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getSubscriptionByToken } from "@/server/dal/status-subscriptions";
import { unsubscribeStatusAction } from "../actions";
import { UnsubscribeButton } from "./unsubscribe-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("status.unsubscribe"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The link in every subscriber's message. Opening it changes nothing; the button (a POST) cancels.
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const [t, locale, sub] = await Promise.all([getTranslations("status.unsubscribe"), getLocale(), token ? getSubscriptionByToken(token) : null]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!sub ? (
        <Alert tone="error">{t("invalid")}</Alert>
      ) : (
        <Card>
          <p className="text-sm text-slate-800">
            {t("what", { area: areaLabel(sub.area, locale), channel: t(`channel.${sub.channel as "SMS"}`), address: sub.address })}
          </p>
          {sub.active ? (
            <div className="mt-4">
              <UnsubscribeButton token={token} action={unsubscribeStatusAction} />
            </div>
          ) : (
            <Alert tone="info" className="mt-4">
              {t("alreadyInactive")}
            </Alert>
          )}
        </Card>
      )}
      <Link href="/status" className="text-sm text-brand-700 underline">
        {t("toStatus")}
      </Link>
    </div>
  );
}
