"use client";

import { useTranslations } from "next-intl";

/** Translates an error message key ("validation.phone", "errors.conflict") for display. */
export function useErrorText() {
  const t = useTranslations();
  return (key: string) => (t.has(key) ? t(key) : t("validation.invalid"));
}
