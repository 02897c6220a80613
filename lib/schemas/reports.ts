import { z } from "zod";
import { COMPLAINT_CATEGORIES } from "../domain/complaints";

// Reports (issue 7, /admin/reports): the period picker (a GET form) and the hot-spot drill-down.
// One schema for the page, the drill-down and the CSV export; bad input → the page shows the
// translated message and falls back to the default period (lib/domain/report-period.ts).

export const PRESET_RANGES = ["30d", "90d", "180d"] as const;
export type PresetRange = (typeof PRESET_RANGES)[number];
export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The longest custom period, in days. */
export const MAX_CUSTOM_DAYS = 366;

const dateText = z
  .string()
  .trim()
  .regex(DATE, "reports.invalid.date")
  .refine((v) => {
    const [y, m, d] = v.split("-").map(Number) as [number, number, number];
    const at = new Date(Date.UTC(y, m - 1, d));
    return y >= 2000 && at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
  }, "reports.invalid.date");

/** `range` is a preset, a quarter ("2026Q3") or "custom" with `from` and `to` (China-time dates, both included). */
export const reportPeriodSchema = z
  .object({
    range: z.string().trim().default("90d"),
    from: z.string().trim().optional(),
    to: z.string().trim().optional(),
  })
  .superRefine((v, ctx) => {
    if ((PRESET_RANGES as readonly string[]).includes(v.range)) return;
    if (QUARTER_PATTERN.test(v.range)) {
      if (Number(v.range.slice(0, 4)) < 2000) ctx.addIssue({ code: "custom", message: "reports.invalid.quarter", path: ["range"] });
      return;
    }
    if (v.range !== "custom") {
      ctx.addIssue({ code: "custom", message: "reports.invalid.range", path: ["range"] });
      return;
    }
    const from = dateText.safeParse(v.from ?? "");
    const to = dateText.safeParse(v.to ?? "");
    if (!from.success) ctx.addIssue({ code: "custom", message: "reports.invalid.date", path: ["from"] });
    if (!to.success) ctx.addIssue({ code: "custom", message: "reports.invalid.date", path: ["to"] });
    if (!from.success || !to.success) return;
    if (from.data > to.data) ctx.addIssue({ code: "custom", message: "reports.invalid.order", path: ["to"] });
    else if ((Date.parse(to.data) - Date.parse(from.data)) / 86_400_000 + 1 > MAX_CUSTOM_DAYS)
      ctx.addIssue({ code: "custom", message: "reports.invalid.tooLong", path: ["to"] });
  });
export type ReportPeriodInput = z.infer<typeof reportPeriodSchema>;

/** A hot spot: one category × area × plan cell ("" = none: the request has no line, or no category). */
export const hotspotKeySchema = z.object({
  category: z.union([z.enum(COMPLAINT_CATEGORIES), z.literal("")]),
  area: z.string().trim().max(100),
  planCode: z.string().trim().max(40),
});
export type HotspotKey = z.infer<typeof hotspotKeySchema>;

export const REPORT_TABLES = ["summary", "csat", "survey", "slaByType", "slaByLevel", "slaByTeam", "hotspots", "agents", "teams", "hotspotRequests"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export const reportTableSchema = z.enum(REPORT_TABLES);
