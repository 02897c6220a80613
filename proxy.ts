import { NextResponse, type NextRequest } from "next/server";
import { originAllowed } from "@/lib/origin-check";

// Apart from the origin check below, optimistic only: sends anonymous visitors of signed-in areas to the sign-in page and tags each
// request with an id for the audit log. Every page and action checks access again itself
// (server/actor.ts and the DAL); nothing relies on this file for security.
//
// It only looks for a session cookie and never decodes or re-issues it. Auth.js's middleware
// wrapper re-issued the session cookie on every request, so a prefetch still in flight when the
// user signed out put the cookie back after sign-out had deleted it: the browser stayed signed
// in. Sessions therefore end `maxAge` after sign-in (server/auth.config.ts), not after the last
// request.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // The one check here that is not optimistic: a write (server action, sign-in, route handler)
  // from another site, or without an Origin header, is refused before it reaches the app.
  if (!originAllowed(req.method, req.headers.get("origin"), req.headers.get("host"), req.headers.get("x-forwarded-host"))) {
    return new NextResponse("Cross-origin request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const signedIn = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!signedIn && (pathname.startsWith("/account") || pathname.startsWith("/admin"))) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const headers = new Headers(req.headers);
  headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
