import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { minutesToClock } from "@/lib/domain/business-calendar";
import { requireStaff } from "@/server/actor";
import { getCalendar } from "@/server/dal/calendars";
import { staffTitle } from "@/server/staff-metadata";
import { AddDayForm, CalendarSettingsForm, RemoveDayButton } from "./_components/calendar-forms";
import { addCalendarDayAction, removeCalendarDayAction, updateCalendarAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export function generateMetadata(): Promise<Metadata> {
  return staffTitle("title", "sla:read", undefined, "sla.calendars");
}

export default async function CalendarPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/calendars/${encodeURIComponent(id)}`, "sla:read");
  const calendar = await getCalendar(actor, id);
  if (!calendar) notFound();
  const [t, locale] = await Promise.all([getTranslations("sla.calendars"), getLocale()]);
  const name = locale === "en" ? calendar.nameEn : calendar.name;
  const years = [...new Set(calendar.days.map((d) => d.date.slice(0, 4)))];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/calendars" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={name}
            lead={t("summary", { start: minutesToClock(calendar.dayStartMin), end: minutesToClock(calendar.dayEndMin), zone: calendar.timeZone, days: calendar.workdays.map((d) => t(`weekdayShort.${d}`)).join(" ") })}
          />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="min-w-0 space-y-6">
          <Card title={t("daysTitle")} titleId="days">
            {calendar.days.length === 0 ? <p className="text-sm text-slate-700">{t("noDays")}</p> : null}
            {years.map((year) => (
              <section key={year} aria-labelledby={`year-${year}`} className="mb-4">
                <h3 id={`year-${year}`} className="mb-2 text-sm font-semibold text-slate-900">
                  {t("year", { year })}
                </h3>
                <ul className="divide-y divide-slate-200 text-sm">
                  {calendar.days
                    .filter((d) => d.date.startsWith(year))
                    .map((d) => (
                      <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                        <span>
                          <span className="font-mono">{d.date}</span> · {t(`weekday.${new Date(`${d.date}T00:00:00Z`).getUTCDay() || 7}`)} · {locale === "en" && d.nameEn ? d.nameEn : d.name} ·{" "}
                          <span className={d.kind === "HOLIDAY" ? "text-red-800" : "text-emerald-800"}>{t(`kindName.${d.kind}`)}</span>
                        </span>
                        {calendar.canManage ? (
                          <RemoveDayButton input={{ calendarId: calendar.id, version: calendar.version, dayId: d.id }} label={t("removeLabel", { date: d.date })} action={removeCalendarDayAction} />
                        ) : null}
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {calendar.canManage ? (
            <>
              <Card title={t("addTitle")} titleId="add-day">
                <AddDayForm calendarId={calendar.id} version={calendar.version} action={addCalendarDayAction} />
              </Card>
              <Card title={t("settingsTitle")} titleId="settings">
                <CalendarSettingsForm
                  defaults={{
                    id: calendar.id,
                    version: calendar.version,
                    name: calendar.name,
                    nameEn: calendar.nameEn,
                    timeZone: calendar.timeZone,
                    dayStart: minutesToClock(calendar.dayStartMin),
                    dayEnd: minutesToClock(calendar.dayEndMin),
                    workdays: calendar.workdays.map(String) as UpdateWorkdays,
                  }}
                  action={updateCalendarAction}
                />
              </Card>
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("readOnly")}</p>
          )}
        </div>
      </div>
    </div>
  );
}

type UpdateWorkdays = Array<"1" | "2" | "3" | "4" | "5" | "6" | "7">;
