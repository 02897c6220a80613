import { useTranslations } from "next-intl";
import { titleKey } from "@/lib/domain/request-title";
import type { RequestType } from "@/lib/domain/roles";

/** A request's subject in the reader's language: its symptom, service kind, change, topic, complaint category or termination reason. */
export function RequestTitle({ type, title }: { type: RequestType; title: string }) {
  const t = useTranslations("request");
  const tp = useTranslations("plans.request");
  const tc = useTranslations("complaints.category");
  const tt = useTranslations("termination.reason");
  // A plan change is titled by the code of the plan it moves to.
  if (type === "PLAN_CHANGE") return <>{tp("title", { code: title })}</>;
  if (type === "COMPLAINT" && tc.has(title)) return <>{tc(title as "OTHER")}</>;
  if (type === "TERMINATION") return <>{tt.has(title) ? tt(title as "OTHER") : title}</>;
  const key = titleKey(type, title);
  return <>{key && t.has(key) ? t(key as "symptom.OTHER") : title}</>;
}
