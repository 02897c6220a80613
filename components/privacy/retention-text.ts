import { retentionPeriod, type Retention } from "@/lib/domain/privacy";

/** A translator for the "privacy" namespace, as useTranslations or getTranslations give it. */
type T = (key: string, values?: Record<string, string | number>) => string;

/** "服务期间及服务终止后 2 年" / "While you have service, and 2 years after it ends". */
export function retentionText(t: T, retention: Retention): string {
  const { unit, count } = retentionPeriod(retention.months);
  return t(`retention.${retention.from}`, { period: t(`period.${unit}`, { count }) });
}
