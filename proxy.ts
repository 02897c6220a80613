import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./server/auth.config";

// Optimistic only: sends anonymous visitors of signed-in areas to the sign-in page and tags each
// request with an id for the audit log. Every page and action checks access again itself
// (server/actor.ts and the DAL); nothing relies on this file for security.
const { auth } = NextAuth(authConfig);

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const signedIn = !!(req.auth as { uid?: string } | null)?.uid;
  if (!signedIn && (pathname.startsWith("/account") || pathname.startsWith("/admin"))) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(req.headers);
  headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
