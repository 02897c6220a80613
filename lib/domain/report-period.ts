import { MAX_CUSTOM_DAYS, PRESET_RANGES, QUARTER_PATTERN, reportPeriodSchema } from "../schemas/reports";
import { addMonths, cstDateAt, cstDateKey, cstMonthKey, cstMonthStart } from "./time";

// The reports' period (issue 7): whole China-time days [from, to), picked as the last 30/90/180
// days (today included), a calendar quarter, or custom dates; and the previous period of equal
// length just before it, which the page compares against.

const DAY = 86_400_000;
export const DEFAULT_RANGE = "90d";

export type ReportPeriod = {
  /** The picker's value: "30d", "2026Q3", "custom". */
  range: string;
  from: Date;
  /** Exclusive: 00:00 China time after the last day. */
  to: Date;
  /** The first and last day (China time, inclusive), as "yyyy-MM-dd". */
  fromDate: string;
  toDate: string;
  days: number;
  previous: { from: Date; to: Date; fromDate: string; toDate: string };
};

function build(range: string, from: Date, to: Date): ReportPeriod {
  const days = Math.round((to.getTime() - from.getTime()) / DAY);
  const prevFrom = new Date(from.getTime() - days * DAY);
  return {
    range,
    from,
    to,
    fromDate: cstDateKey(from),
    toDate: cstDateKey(new Date(to.getTime() - 1)),
    days,
    previous: { from: prevFrom, to: from, fromDate: cstDateKey(prevFrom), toDate: cstDateKey(new Date(from.getTime() - 1)) },
  };
}

/** The period a valid picker value stands for, relative to `now`. */
export function periodOf(input: { range: string; from?: string; to?: string }, now: Date): ReportPeriod {
  if ((PRESET_RANGES as readonly string[]).includes(input.range)) {
    const days = Number(input.range.slice(0, -1));
    const to = cstDateAt(cstDateKey(now), 24)!;
    return build(input.range, new Date(to.getTime() - days * DAY), to);
  }
  const q = QUARTER_PATTERN.exec(input.range);
  if (q) {
    const start = `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, "0")}`;
    return build(input.range, cstMonthStart(start), cstMonthStart(addMonths(start, 3)));
  }
  return build("custom", cstDateAt(input.from!)!, cstDateAt(input.to!, 24)!);
}

/**
 * The period from the page's query: valid → that period; anything else → the default period and
 * the message key of what was wrong (the page shows it translated).
 */
export function readReportPeriod(query: Record<string, string | string[] | undefined>, now: Date): { period: ReportPeriod; error: string | null } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const from = one(query.from);
  const to = one(query.to);
  // A link with dates and no range (the hot-spot drill-down's from/to) is a custom period.
  const raw = { range: one(query.range) || (from || to ? "custom" : undefined), from, to };
  const parsed = reportPeriodSchema.safeParse(raw);
  if (!parsed.success) return { period: periodOf({ range: DEFAULT_RANGE }, now), error: parsed.error.issues[0]?.message ?? "reports.invalid.range" };
  return { period: periodOf(parsed.data, now), error: null };
}

/** The query string of a period, for links that keep it ("range=30d" or "range=custom&from=…&to=…"). */
export function periodQuery(period: ReportPeriod): string {
  const p = new URLSearchParams({ range: period.range });
  if (period.range === "custom") {
    p.set("from", period.fromDate);
    p.set("to", period.toDate);
  }
  return p.toString();
}

/** The last `count` quarters up to and including the current one, newest first ("2026Q4", …). */
export function recentQuarters(now: Date, count = 6): string[] {
  const [y, m] = cstMonthKey(now).split("-").map(Number) as [number, number];
  let index = y * 4 + Math.floor((m - 1) / 3);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1, index -= 1) out.push(`${Math.floor(index / 4)}Q${(index % 4) + 1}`);
  return out;
}

/**
 * The CSAT trend's window: whole months ending with the period's last month, at least six of
 * them (a 30-day period alone is one or two points, not a trend), reaching back to the period's start.
 */
export function trendWindow(period: ReportPeriod): { from: Date; to: Date } {
  const lastMonth = cstMonthKey(new Date(period.to.getTime() - 1));
  const sixBack = cstMonthStart(addMonths(lastMonth, -5));
  const from = new Date(Math.min(sixBack.getTime(), cstMonthStart(cstMonthKey(period.from)).getTime()));
  return { from, to: cstMonthStart(addMonths(lastMonth, 1)) };
}

export { MAX_CUSTOM_DAYS };
