import { useTranslations } from "next-intl";
import { Alert } from "../ui/alert";

const NOTICES = { conflict: "errors.conflict", invalidState: "errors.invalidState" } as const;

/** The `?notice=` a status-change form leaves after a conflict (see use-transition-form.ts). */
export function StaleNotice({ notice }: { notice: string | string[] | undefined }) {
  const t = useTranslations();
  const key = typeof notice === "string" && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null;
  return key ? <Alert tone="warning">{t(key)}</Alert> : null;
}
