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
    <div role="group" aria-label={t("switchTo")} className="flex items-center gap-0.5 text-sm sm:gap-1">
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
          aria-label={t(locale)}
          className="min-h-9 rounded px-1.5 py-1 whitespace-nowrap sm:px-2 text-white/90 hover:bg-white/10 aria-pressed:bg-white aria-pressed:text-brand-800"
        >
          {/* A phone shows the short name; the button's name is the full one either way. */}
          <span aria-hidden="true" className="sm:hidden">{t(`short.${locale}`)}</span>
          <span aria-hidden="true" className="hidden sm:inline">{t(locale)}</span>
        </button>
      ))}
    </div>
  );
}
