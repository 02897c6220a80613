import { splitDuration } from "@/lib/domain/sla";

type T = (key: "days" | "hours" | "minutes" | "lessThanMinute", values?: { count: number }) => string;

/** "1 天 3 小时" / "1 day 3 hours": the two largest non-zero units. */
export function formatDuration(ms: number, t: T): string {
  const { days, hours, minutes } = splitDuration(ms);
  const parts: string[] = [];
  if (days) parts.push(t("days", { count: days }));
  if (hours) parts.push(t("hours", { count: hours }));
  if (minutes && parts.length < 2) parts.push(t("minutes", { count: minutes }));
  return parts.slice(0, 2).join(" ") || t("lessThanMinute");
}
