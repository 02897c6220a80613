import { useTranslations } from "next-intl";
import { titleKey } from "@/lib/domain/request-title";
import type { RequestType } from "@/lib/domain/roles";

/** A request's subject in the reader's language: its symptom, service kind, change, topic or complaint category. */
export function RequestTitle({ type, title }: { type: RequestType; title: string }) {
  const t = useTranslations("request");
  const tp = useTranslations("plans.request");
  const tc = useTranslations("complaints.category");
  // A plan change is titled by the code of the plan it moves to.
  if (type === "PLAN_CHANGE") return <>{tp("title", { code: title })}</>;
  if (type === "COMPLAINT" && tc.has(title)) return <>{tc(title as "OTHER")}</>;
  const key = titleKey(type, title);
  return <>{key && t.has(key) ? t(key as "symptom.OTHER") : title}</>;
}
