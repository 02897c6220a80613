import { csat, percent, type MetricValue } from "./metrics";

// The reports' pure formulas (issue 7, /admin/reports): per-agent and per-team KPIs over a period,
// complaint hot spots, and the CSV the export route writes. The DAL (server/dal/report-queries.ts)
// gathers one row per record; the definitions are written out in docs/metrics.md. Shares use the
// metric catalogue's own percent()/csat() so a figure here reads the same as everywhere else.

/** A request resolved in the period, by the staff member (or team) it is counted for. */
export type ResolvedRow = {
  resolvedAt: Date;
  resolveBy: Date | null;
  /** Handed over, (re)assigned or reopened at any time: not a first-contact resolution (metric fcr). */
  notFirstContact: boolean;
  /** The customer's 1–5 rating of it, if any. */
  rating: number | null;
};
/** A return visit (回访) due in the period. */
export type FollowUpRow = { status: "OPEN" | "DONE" | "CANCELLED" };
/** A win-back task: whether it was created in the period, and how it ended if it was closed in the period. */
export type WinBackRow = { createdInPeriod: boolean; closedInPeriod: boolean; status: "OPEN" | "DONE" | "CANCELLED"; outcome: string | null };

export type ReportKpis = {
  /** Requests resolved in the period. */
  handled: number;
  /** First-contact resolution, % of handled. */
  fcr: MetricValue;
  /** SLA met, % of handled that had a resolve-by deadline and met it. */
  slaMet: MetricValue;
  /** CSAT, % of ratings (on what was handled) that are 4 or 5. */
  csat: MetricValue;
  followUps: { due: number; done: number; completion: MetricValue };
  winBack: { created: number; done: number; retained: number; retention: MetricValue };
};

export const RETAINED = "RETAINED";

export function summarizeReportKpis(resolved: readonly ResolvedRow[], followUps: readonly FollowUpRow[], winBacks: readonly WinBackRow[]): ReportKpis {
  const withDeadline = resolved.filter((r) => r.resolveBy !== null);
  const met = withDeadline.filter((r) => r.resolvedAt.getTime() <= r.resolveBy!.getTime()).length;
  const due = followUps.filter((f) => f.status !== "CANCELLED");
  const done = due.filter((f) => f.status === "DONE").length;
  const closed = winBacks.filter((w) => w.closedInPeriod && w.status === "DONE");
  const retained = closed.filter((w) => w.outcome === RETAINED).length;
  return {
    handled: resolved.length,
    fcr: percent(resolved.filter((r) => !r.notFirstContact).length, resolved.length),
    slaMet: percent(met, withDeadline.length),
    csat: csat(resolved.map((r) => r.rating).filter((s): s is number => s !== null)),
    followUps: { due: due.length, done, completion: percent(done, due.length) },
    winBack: { created: winBacks.filter((w) => w.createdInPeriod).length, done: closed.length, retained, retention: percent(retained, closed.length) },
  };
}

/** One complaint, by where it was about. `area` is the line's area, else the customer's; `planCode` "" without a line. */
export type ComplaintRow = { category: string; area: string; planCode: string };
export type Hotspot = ComplaintRow & { count: number; previous: number };

const keyOf = (r: ComplaintRow) => JSON.stringify([r.category, r.area, r.planCode]);

/**
 * Complaint hot spots: the period's complaints counted by category × area × plan, most first, each
 * with the same cell's count in the previous period (cells only in the previous period are left
 * out: they are no longer hot). Ties: higher previous count first, then by the keys.
 */
export function groupHotspots(current: readonly ComplaintRow[], previous: readonly ComplaintRow[]): Hotspot[] {
  const cells = new Map<string, Hotspot>();
  for (const r of current) {
    const k = keyOf(r);
    const cell = cells.get(k) ?? { category: r.category, area: r.area, planCode: r.planCode, count: 0, previous: 0 };
    cell.count += 1;
    cells.set(k, cell);
  }
  for (const r of previous) {
    const cell = cells.get(keyOf(r));
    if (cell) cell.previous += 1;
  }
  return [...cells.values()].sort(
    (a, b) => b.count - a.count || b.previous - a.previous || a.category.localeCompare(b.category) || a.area.localeCompare(b.area) || a.planCode.localeCompare(b.planCode),
  );
}

/** A CSV cell: formulas neutralised (a leading = + - @, tab or CR gets a '), quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document as Excel opens it: a UTF-8 byte-order mark (so Chinese text is read as UTF-8),
 * one header row, CRLF line ends. Numbers are written as they are (a negative NPS stays a number).
 */
export function buildCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
