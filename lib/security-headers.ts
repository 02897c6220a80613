// Response headers that harden every page (issue 8 part 1). Pure functions, so that proxy.ts,
// next.config.ts and the tests share one definition; docs/security.md explains each choice.

/** Headers that are the same on every response, static files included (next.config.ts). */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Browsers ignore HSTS received over plain http, so sending it from a production build is
  // harmless on a local http run and binding once the site is reached over https.
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next.js
 * reads it from the request's CSP header and puts it on its own scripts); 'strict-dynamic' lets
 * those scripts load the page's chunks. Styles allow 'unsafe-inline': React renders `style`
 * attributes (progress bars, the route announcer) that a nonce cannot cover, and a style cannot
 * run code. `dev` adds 'unsafe-eval', which React needs only in development.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error("contentSecurityPolicy: invalid nonce");
  const directives: [string, string][] = [
    ["default-src", "'self'"],
    ["script-src", `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self' data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/**
 * Whether a response must not be stored by the browser or any cache: every signed-in page and
 * everything under /account and /admin (personal data). Public pages of anonymous visitors may be
 * cached by the browser's back/forward cache as Next.js allows.
 */
export function mustNotStore(pathname: string, signedIn: boolean): boolean {
  return signedIn || /^\/(account|admin)(\/|$)/.test(pathname);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id to use: the reverse proxy's when it is well-formed, else a new one. */
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
