// A business calendar: the working hours of each day in the calendar's own time zone, the
// working weekdays, and the days that override them — public holidays (法定节假日) off, make-up
// working days (调休上班) on. Clocks that run "on the calendar" count only working time: an
// accept-by of 24 h on a whole-day calendar (0–1440) that starts on a Friday evening runs on
// Monday. Pure, so the SLA rules, the sweep and the tests share it. Time zones go through Intl,
// so any IANA zone works (daylight saving included); Asia/Shanghai is the default.

export type CalendarDayKind = "HOLIDAY" | "WORKDAY";

export type BusinessCalendar = {
  timeZone: string;
  /** ISO weekdays that are working days (1 Monday … 7 Sunday). */
  workdays: readonly number[];
  /** Working hours of a working day, in minutes after local midnight (0–1440, start < end). */
  dayStartMin: number;
  dayEndMin: number;
  /** Overrides by local date (yyyy-MM-dd): a holiday is off, a make-up working day is on. */
  days: ReadonlyMap<string, CalendarDayKind>;
};

export const MINUTE_MS = 60_000;
/** No calendar may go this many days without working time (a guard against empty calendars). */
const MAX_IDLE_DAYS = 3 * 366;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

type LocalDate = { y: number; m: number; d: number };

function localParts(at: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The zone's offset from UTC at an instant, in ms (China: +8 h). */
function offsetAt(at: number, timeZone: string) {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant of `minute` minutes after local midnight of a date (1440 = the next midnight). */
function instantOf(date: LocalDate, minute: number, timeZone: string) {
  const naive = Date.UTC(date.y, date.m - 1, date.d, 0, minute);
  const first = naive - offsetAt(naive, timeZone);
  return naive - offsetAt(first, timeZone);
}

const dateKey = (date: LocalDate) => `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;

function nextDate(date: LocalDate): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function localDateOf(at: number, timeZone: string): LocalDate {
  const p = localParts(at, timeZone);
  return { y: p.y, m: p.m, d: p.d };
}

/** ISO weekday (1 Monday … 7 Sunday) of a calendar date. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether a local date (yyyy-MM-dd) is a working day: its override, else its weekday. */
export function isWorkingDay(cal: BusinessCalendar, date: string): boolean {
  const override = cal.days.get(date);
  if (override) return override === "WORKDAY";
  return cal.workdays.includes(isoWeekday(date));
}

/** The working window [open, close) of a local date, as instants; null on a day off. */
function windowOf(cal: BusinessCalendar, date: LocalDate): [number, number] | null {
  if (!isWorkingDay(cal, dateKey(date))) return null;
  return [instantOf(date, cal.dayStartMin, cal.timeZone), instantOf(date, cal.dayEndMin, cal.timeZone)];
}

/**
 * The instant `ms` of working time after `start`. A start outside working hours counts from the
 * next opening; a result that falls exactly on a closing time stays there (24 h on a whole-day
 * calendar from Friday 00:00 is Saturday 00:00, the end of Friday).
 */
export function addBusinessMs(cal: BusinessCalendar, start: Date, ms: number): Date {
  if (ms < 0) throw new RangeError("addBusinessMs needs a duration of zero or more");
  if (ms === 0) return start;
  let remaining = ms;
  let date = localDateOf(start.getTime(), cal.timeZone);
  let idle = 0;
  for (;;) {
    const win = windowOf(cal, date);
    if (win) {
      const from = Math.max(start.getTime(), win[0]);
      if (from < win[1]) {
        if (remaining <= win[1] - from) return new Date(from + remaining);
        remaining -= win[1] - from;
        idle = 0;
      }
    }
    if (++idle > MAX_IDLE_DAYS) throw new RangeError("the calendar has no working time");
    date = nextDate(date);
  }
}

/** `hours` working hours after `start` (see addBusinessMs). */
export function addBusinessHours(cal: BusinessCalendar, start: Date, hours: number): Date {
  return addBusinessMs(cal, start, hours * 60 * MINUTE_MS);
}

/** Working time between two instants, in ms; negative when `to` is before `from`. */
export function businessMsBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  if (to.getTime() < from.getTime()) return -businessMsBetween(cal, to, from);
  const a = from.getTime();
  const b = to.getTime();
  let total = 0;
  let date = localDateOf(a, cal.timeZone);
  for (;;) {
    const dayStart = instantOf(date, 0, cal.timeZone);
    if (dayStart >= b) break;
    const win = windowOf(cal, date);
    if (win) total += Math.max(0, Math.min(b, win[1]) - Math.max(a, win[0]));
    date = nextDate(date);
  }
  return total;
}

/** Checks a calendar's hours: whole minutes, 0 ≤ start < end ≤ 1440. */
export function validHours(dayStartMin: number, dayEndMin: number): boolean {
  return Number.isInteger(dayStartMin) && Number.isInteger(dayEndMin) && dayStartMin >= 0 && dayEndMin <= 1440 && dayStartMin < dayEndMin;
}

/** "09:00" for 540 minutes (1440 is "24:00", the end of the day). */
export function minutesToClock(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

/** 540 for "09:00", 1440 for "24:00"; null for anything else. */
export function clockToMinutes(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return null;
  return h * 60 + mi;
}

/** True for a real calendar date written yyyy-MM-dd. */
export function isDateKey(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
