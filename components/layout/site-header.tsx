import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/actor";
import type { Locale } from "@/lib/i18n";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { CUSTOMER_LINKS, type NavLink } from "./nav-links";

type Props = {
  actor: Pick<Actor, "kind" | "displayName"> | null;
  unread: number;
  /** The staff pages this actor may open (components/layout/nav-links.ts). */
  staffLinks: NavLink[];
  setLocale: (input: { locale: Locale }) => Promise<unknown>;
  signOut: (input: Record<string, never>) => Promise<unknown>;
};

const link = "rounded px-2 py-1 text-white/90 hover:bg-white/10 hover:text-white";

export async function SiteHeader({ actor, unread, staffLinks, setLocale, signOut }: Props) {
  const t = await getTranslations("nav");
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 font-bold">
          <span className="text-lg">{t("brand")}</span>
          <span className="text-sm font-normal text-white/80">{t("brandSub")}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-1 flex-wrap items-center gap-1 text-sm">
          {actor?.kind === "customer"
            ? CUSTOMER_LINKS.map((l) => (
                <Link key={l.href} className={link} href={l.href}>
                  {t(l.label)}
                </Link>
              ))
            : null}
          {actor?.kind === "staff"
            ? staffLinks.map((l) => (
                <Link key={l.href} className={link} href={l.href}>
                  {t(l.label)}
                </Link>
              ))
            : null}
          {actor?.kind === "staff" ? null : (
            <Link className={link} href="/plans">
              {t("plans")}
            </Link>
          )}
          {actor ? null : (
            <Link className={link} href="/track">
              {t("track")}
            </Link>
          )}
          <Link className={link} href="/help">
            {t("help")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          {actor ? (
            <>
              <Link className={`${link} relative text-sm`} href="/account/notifications" aria-label={unread ? t("notificationsUnread", { count: unread }) : t("notifications")}>
                <svg aria-hidden="true" viewBox="0 0 24 24" className="inline h-4 w-4 fill-none stroke-current" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                  <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                  <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                </svg>
                <span className="ml-1">{t("notifications")}</span>
                {unread ? (
                  <span aria-hidden="true" className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">
                    {unread > 99 ? "99+" : unread}
                  </span>
                ) : null}
              </Link>
              <Link className={`${link} text-sm`} href="/account/settings">
                {t("settings")}
              </Link>
              <span className="hidden text-sm text-white/80 md:inline">{t("signedInAs", { name: actor.displayName })}</span>
              <SignOutButton signOut={signOut} />
            </>
          ) : (
            <>
              <Link className={`${link} text-sm`} href="/login">
                {t("login")}
              </Link>
              <Link className={`${link} text-sm`} href="/register">
                {t("register")}
              </Link>
            </>
          )}
          <LocaleSwitcher setLocale={setLocale} />
        </div>
      </div>
    </header>
  );
}
