import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { minutesToClock } from "@/lib/domain/business-calendar";
import { requireStaff } from "@/server/actor";
import { listCalendars } from "@/server/dal/calendars";
import { staffTitle } from "@/server/staff-metadata";
import { CreateCalendarForm } from "./_components/create-calendar-form";
import { createCalendarAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "sla:read", undefined, "sla.calendars");
}

export default async function CalendarsPage() {
  const actor = await requireStaff("/admin/calendars", "sla:read");
  const [t, locale, { calendars, canManage }] = await Promise.all([getTranslations("sla.calendars"), getLocale(), listCalendars(actor)]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/sla" className="text-sm text-brand-700 underline">
          ← {t("backToSla")}
        </Link>
        <div className="mt-2">
          <PageHeader title={t("title")} lead={t("lead")} />
        </div>
      </div>
      {calendars.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="space-y-3">
          {calendars.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <Link href={`/admin/calendars/${c.id}`} className="font-medium text-brand-700 underline">
                {locale === "en" ? c.nameEn : c.name}
              </Link>{" "}
              <span className="font-mono text-sm text-slate-600">{c.code}</span>
              <p className="mt-1 text-sm text-slate-800">
                {t("summary", { start: minutesToClock(c.dayStartMin), end: minutesToClock(c.dayEndMin), zone: c.timeZone, days: c.workdays.map((d) => t(`weekdayShort.${d}`)).join(" ") })}
              </p>
              <p className="mt-1 text-xs text-slate-600">{t("counts", { days: c._count.days, policies: c._count.policies })}</p>
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <Card title={t("createTitle")} titleId="create">
          <p className="mb-3 text-sm text-slate-700">{t("createLead")}</p>
          <CreateCalendarForm action={createCalendarAction} />
        </Card>
      ) : null}
    </div>
  );
}
