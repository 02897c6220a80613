// The operator's clocks run on China Standard Time (UTC+8, no daylight saving).
export const TIME_ZONE = "Asia/Shanghai";
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

/** Calendar parts of an instant in China Standard Time. */
export function cstParts(at: Date) {
  const shifted = new Date(at.getTime() + CST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** yyyyMMdd in China Standard Time. */
export function cstDayKey(at: Date): string {
  const { year, month, day } = cstParts(at);
  return `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

/**
 * Reads a `datetime-local` value ("2026-11-28T09:30") as China Standard Time.
 * Returns null when the text is not such a value.
 */
export function parseCstLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) - CST_OFFSET_MS;
  const back = cstParts(new Date(utc));
  // Rejects impossible dates such as 2026-02-30 that Date.UTC would roll over.
  if (back.year !== y || back.month !== mo || back.day !== d || back.hour !== h || back.minute !== mi) return null;
  return new Date(utc);
}

/** The inverse of parseCstLocal, for default values of `datetime-local` inputs. */
export function toCstLocal(at: Date): string {
  const p = cstParts(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** yyyy-MM-dd of an instant in China Standard Time (the value of a `date` input). */
export function cstDateKey(at: Date): string {
  const p = cstParts(at);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/**
 * An instant `hour` hours after the start of a `date` value ("2026-11-28") in China Standard
 * Time (hour 24 is the end of that day). Returns null when the text is not such a date.
 */
export function cstDateAt(value: string, hour = 0): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const start = parseCstLocal(`${value}T00:00`);
  return start ? new Date(start.getTime() + hour * HOUR_MS) : null;
}

/** Whole China-time calendar days from `from`'s day to `date`'s (negative when before). */
export function cstDaysFrom(from: Date, date: string): number | null {
  const day = cstDateAt(date);
  const today = cstDateAt(cstDateKey(from));
  return day && today ? Math.round((day.getTime() - today.getTime()) / (24 * HOUR_MS)) : null;
}

/** A billing cycle (calendar month in China time) as "yyyy-MM". */
export function cstMonthKey(at: Date): string {
  const { year, month } = cstParts(at);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The month key `delta` months after (or before, when negative) `month` ("2026-11", -2 → "2026-09"). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** 00:00 China time on the first day of a month key ("2026-12" → 2026-11-30T16:00Z). */
export function cstMonthStart(month: string): Date {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1) - CST_OFFSET_MS);
}

/** Days in a month key. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 00:00 China time on the first day of the calendar month after `at` (the next billing cycle). */
export function nextCstMonthStart(at: Date): Date {
  return cstMonthStart(addMonths(cstMonthKey(at), 1));
}
