import type { BusinessCalendar, CalendarDayKind } from "./business-calendar";

// The default business calendar, "CN-STANDARD": China's working days — Monday to Friday, minus the
// public holidays (法定节假日), plus the make-up working days (调休上班) — as whole days (00:00–24:00,
// China time). The dates are the State Council's notice for 2026 (国务院办公厅关于2026年部分节假日
// 安排的通知, 2025-11-04). 2027 is not in yet: it is published around November of the year
// before; admins add it at /admin/calendars. Migration 20261128200000_sla_defaults stores the same
// rows (a unit test holds the two together).

export const CN_STANDARD_CODE = "CN-STANDARD";

export type CalendarDayRow = { date: string; kind: CalendarDayKind; name: string; nameEn: string };

const holidays = (name: string, nameEn: string, dates: string[]): CalendarDayRow[] => dates.map((date) => ({ date, kind: "HOLIDAY", name, nameEn }));
const workdays = (name: string, nameEn: string, dates: string[]): CalendarDayRow[] => dates.map((date) => ({ date, kind: "WORKDAY", name, nameEn }));

export const CN_STANDARD_DAYS: readonly CalendarDayRow[] = [
  ...holidays("元旦", "New Year's Day", ["2026-01-01", "2026-01-02", "2026-01-03"]),
  ...workdays("元旦调休上班", "New Year make-up working day", ["2026-01-04"]),
  ...holidays("春节", "Spring Festival", ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"]),
  ...workdays("春节调休上班", "Spring Festival make-up working day", ["2026-02-14", "2026-02-28"]),
  ...holidays("清明节", "Qingming Festival", ["2026-04-04", "2026-04-05", "2026-04-06"]),
  ...holidays("劳动节", "Labour Day", ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"]),
  ...workdays("劳动节调休上班", "Labour Day make-up working day", ["2026-05-09"]),
  ...holidays("端午节", "Dragon Boat Festival", ["2026-06-19", "2026-06-20", "2026-06-21"]),
  ...holidays("中秋节", "Mid-Autumn Festival", ["2026-09-25", "2026-09-26", "2026-09-27"]),
  ...holidays("国庆节", "National Day", ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"]),
  ...workdays("国庆节调休上班", "National Day make-up working day", ["2026-09-20", "2026-10-10"]),
];

export const CN_STANDARD: BusinessCalendar = {
  timeZone: "Asia/Shanghai",
  workdays: [1, 2, 3, 4, 5],
  dayStartMin: 0,
  dayEndMin: 1440,
  days: new Map(CN_STANDARD_DAYS.map((d) => [d.date, d.kind])),
};
