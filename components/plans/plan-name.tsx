import { useLocale } from "next-intl";

/** A plan's name in the reader's language. */
export function usePlanName() {
  const locale = useLocale();
  return (plan: { name: string; nameEn: string }) => (locale === "en" ? plan.nameEn : plan.name);
}

/** A stored bilingual text (plan summary, bill item) in the reader's language. */
export function useBilingual() {
  const locale = useLocale();
  return (zh: string, en: string) => (locale === "en" ? en || zh : zh);
}
