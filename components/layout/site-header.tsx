import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/actor";
import type { Locale } from "@/lib/i18n";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { CUSTOMER_LINKS, PUBLIC_LINKS, type NavLink } from "./nav-links";

type Props = {
  actor: Pick<Actor, "kind" | "displayName"> | null;
  unread: number;
  /** The staff pages this actor may open (components/layout/nav-links.ts). */
  staffLinks: NavLink[];
  setLocale: (input: { locale: Locale }) => Promise<unknown>;
  signOut: (input: Record<string, never>) => Promise<unknown>;
};

const link = "rounded px-1.5 py-1 text-white/90 hover:bg-white/10 hover:text-white sm:px-2";

export async function SiteHeader({ actor, unread, staffLinks, setLocale, signOut }: Props) {
  const t = await getTranslations("nav");
  const navLinks: NavLink[] = [
    ...(actor?.kind === "customer" ? CUSTOMER_LINKS : []),
    ...(actor?.kind === "staff" ? staffLinks : []),
    ...(actor?.kind === "staff" ? [] : [{ href: "/plans", label: "plans" }]),
    { href: "/commitments", label: "commitments" },
    ...(actor ? [] : [{ href: "/track", label: "track" }]),
    ...PUBLIC_LINKS,
  ];
  // Two rows: the brand and the account controls, then the navigation. On a narrow screen the
  // navigation scrolls sideways inside its own row rather than stacking the header.
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex items-center justify-between gap-3 py-2">
          <Link href="/" className="mr-2 flex min-w-0 items-baseline gap-2 font-bold">
            <span className="text-base sm:text-lg">{t("brand")}</span>
            <span className="hidden text-sm font-normal text-white/80 sm:inline">{t("brandSub")}</span>
          </Link>
          <div className="flex items-center gap-0.5 text-sm sm:gap-2">
            {actor ? (
              <>
                <Link className={`${link} relative whitespace-nowrap`} href="/account/notifications" aria-label={unread ? t("notificationsUnread", { count: unread }) : t("notifications")}>
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="inline h-4 w-4 fill-none stroke-current" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                    <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                    <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                  </svg>
                  <span className="ml-1 hidden sm:inline">{t("notifications")}</span>
                  {unread ? (
                    <span aria-hidden="true" className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">
                      {unread > 99 ? "99+" : unread}
                    </span>
                  ) : null}
                </Link>
                <Link className={`${link} whitespace-nowrap`} href="/account/settings">
                  {t("settings")}
                </Link>
                <span className="hidden text-white/80 lg:inline">{t("signedInAs", { name: actor.displayName })}</span>
                <SignOutButton signOut={signOut} />
              </>
            ) : (
              <>
                <Link className={`${link} whitespace-nowrap`} href="/login">
                  {t("login")}
                </Link>
                <Link className={`${link} whitespace-nowrap`} href="/register">
                  {t("register")}
                </Link>
              </>
            )}
            <LocaleSwitcher setLocale={setLocale} />
          </div>
        </div>
        <nav aria-label={t("mainNav")} className="-mx-4 overflow-x-auto border-t border-white/10 px-4">
          <ul className="flex items-center gap-1 py-1.5 text-sm whitespace-nowrap">
            {navLinks.map((l) => (
              <li key={l.href}>
                <Link className={`${link} inline-block`} href={l.href}>
                  {t(l.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
