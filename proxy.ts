import { NextResponse, type NextRequest } from "next/server";
import { originAllowed } from "@/lib/origin-check";
import { contentSecurityPolicy, mustNotStore, newNonce, requestIdFrom } from "@/lib/security-headers";

// Apart from the origin check below, optimistic only: sends anonymous visitors of signed-in areas to the sign-in page and tags each
// request with an id for the audit log and the server's logs. Every page and action checks access again itself
// (server/actor.ts and the DAL); nothing relies on this file for security.
//
// It only looks for a session cookie and never decodes or re-issues it. Auth.js's middleware
// wrapper re-issued the session cookie on every request, so a prefetch still in flight when the
// user signed out put the cookie back after sign-out had deleted it: the browser stayed signed
// in. Sessions therefore end `maxAge` after sign-in (server/auth.config.ts), not after the last
// request.
//
// It also sets the per-response Content-Security-Policy (lib/security-headers.ts): a fresh nonce
// goes into the request's CSP header, from which Next.js takes it for its scripts while rendering,
// and the same policy goes on the response. The static headers are in next.config.ts.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // The one check here that is not optimistic: a write (server action, sign-in, route handler)
  // from another site, or without an Origin header, is refused before it reaches the app.
  // server/action.ts checks again, so that actions fail closed if this file is bypassed.
  if (!originAllowed(req.method, req.headers.get("origin"), req.headers.get("host"), req.headers.get("x-forwarded-host"))) {
    return new NextResponse("Cross-origin request refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const signedIn = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!signedIn && (pathname.startsWith("/account") || pathname.startsWith("/admin"))) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const requestId = requestIdFrom(process.env.TRUST_PROXY === "true" ? req.headers.get("x-request-id") : null);
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", csp);
  res.headers.set("x-request-id", requestId);
  if (mustNotStore(pathname, signedIn)) res.headers.set("cache-control", "private, no-store, max-age=0");
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
