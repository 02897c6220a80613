import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/server/actor";
import { getMySettings } from "@/server/dal/settings";
import { SettingsForm } from "./_components/settings-form";
import { updateSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const actor = await requireActor("/account/settings");
  const [t, settings] = await Promise.all([getTranslations("settings"), getMySettings(actor)]);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <SettingsForm
          initial={{
            // A switch that cannot be used shows off, whatever the stored default says.
            notifySms: settings.notifySms && !!settings.phone,
            notifyEmail: settings.notifyEmail && !!settings.email,
            locale: isLocale(settings.locale) ? settings.locale : DEFAULT_LOCALE,
          }}
          phone={settings.phone}
          email={settings.email}
          action={updateSettingsAction}
        />
      </Card>
    </div>
  );
}
