"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n";

export function LocaleSwitcher({ setLocale }: { setLocale: (input: { locale: Locale }) => Promise<unknown> }) {
  const t = useTranslations("locale");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("switchTo")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await setLocale({ locale });
              router.refresh();
            })
          }
          className="min-h-9 rounded px-2 py-1 text-white/90 hover:bg-white/10 aria-pressed:bg-white aria-pressed:text-brand-800"
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
