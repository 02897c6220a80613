import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { STAFF_LINKS } from "@/components/layout/nav-links";
import { getActor } from "@/server/actor";
import { countUnread } from "@/server/dal/notifications";
import { can } from "@/server/policy";
import { setLocaleAction, signOutAction } from "./actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

// The header reads the session; it is rendered for each request (no cross-user caching).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, actor] = await Promise.all([getLocale(), getTranslations(), getActor()]);
  const unread = actor ? await countUnread(actor) : 0;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("nav.skipToContent")}
          </a>
          <SiteHeader
            actor={actor ? { kind: actor.kind, displayName: actor.displayName } : null}
            unread={unread}
            staffLinks={actor?.kind === "staff" ? STAFF_LINKS.filter((l) => [l.permission].flat().some((p) => can(actor, p))) : []}
            setLocale={setLocaleAction}
            signOut={signOutAction}
          />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-white print:hidden">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-4 text-xs text-slate-600">
              <p>{t("footer.text")}</p>
              <div className="flex flex-wrap gap-4">
                <Link href="/status" className="text-brand-700 underline">
                  {t("nav.status")}
                </Link>
                <Link href="/outcomes" className="text-brand-700 underline">
                  {t("nav.outcomesPublic")}
                </Link>
                <Link href="/privacy" className="text-brand-700 underline">
                  {t("nav.privacyNotice")}
                </Link>
              </div>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
