import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/actor";
import type { Locale } from "@/lib/i18n";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { NavMenu } from "./nav-menu";
import { CUSTOMER_LINKS, PUBLIC_LINKS, type NavGroup, type NavLink, type StaffNavLink } from "./nav-links";

type Props = {
  actor: Pick<Actor, "kind" | "displayName"> | null;
  unread: number;
  /** The staff pages this actor may open (components/layout/nav-links.ts). */
  staffLinks: StaffNavLink[];
  setLocale: (input: { locale: Locale }) => Promise<unknown>;
  signOut: (input: Record<string, never>) => Promise<unknown>;
};

const link = "rounded px-1.5 py-1 text-white/90 hover:bg-white/10 hover:text-white sm:px-2";

export async function SiteHeader({ actor, unread, staffLinks, setLocale, signOut }: Props) {
  const t = await getTranslations("nav");
  const staff = actor?.kind === "staff" ? staffLinks : [];
  // The audience's own links, then (for staff) the two menus, then the public pages.
  const primary: NavLink[] = [...(actor?.kind === "customer" ? CUSTOMER_LINKS : []), ...staff.filter((l) => !l.group)];
  const rest: NavLink[] = [
    ...(actor?.kind === "staff" ? [] : [{ href: "/plans", label: "plans" }]),
    { href: "/commitments", label: "commitments" },
    ...(actor ? [] : [{ href: "/track", label: "track" }]),
    ...PUBLIC_LINKS,
  ];
  // Staff: the daily work inline, then the quality loop and everything else as two menus.
  const groups = (["quality", "more"] as const satisfies NavGroup[])
    .map((group) => ({ group, links: staff.filter((l) => l.group === group) }))
    .filter((g) => g.links.length);
  // Two rows: the brand and the account controls, then the navigation. On a narrow screen it
  // scrolls sideways in its own row; with menus it wraps instead (a scrolling row would clip them).
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
        <nav aria-label={t("mainNav")} className={`-mx-4 border-t border-white/10 px-4 ${groups.length ? "" : "overflow-x-auto"}`}>
          <ul className={`flex items-center gap-x-1 gap-y-0.5 py-1.5 text-sm whitespace-nowrap ${groups.length ? "flex-wrap" : ""}`}>
            {primary.map((l) => (
              <li key={l.href}>
                <Link className={`${link} inline-block`} href={l.href}>
                  {t(l.label)}
                </Link>
              </li>
            ))}
            {groups.map(({ group, links }) => (
              <li key={group}>
                <NavMenu label={t(`groups.${group}`)}>
                  {links.map((l) => (
                    <li key={l.href}>
                      <Link className="block px-3 py-1.5 hover:bg-brand-50 hover:text-brand-800 focus-visible:bg-brand-50" href={l.href}>
                        {t(l.label)}
                      </Link>
                    </li>
                  ))}
                </NavMenu>
              </li>
            ))}
            {rest.map((l) => (
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
