import "server-only";
import { cookies, headers } from "next/headers";

// The app's own cookies (tracking grant, help votes) beside Auth.js's session cookie: always
// HttpOnly and SameSite=Lax; over https also Secure and named with the `__Secure-` prefix, which
// browsers accept only from a secure origin, so a plain-http page or a sibling subdomain cannot
// plant one. (`__Host-` would also forbid a Domain, but it requires Path=/, and these cookies are
// scoped to the one path that reads them.)

/** True when the browser reached us over https (directly or through the reverse proxy). */
export async function secureRequest(): Promise<boolean> {
  const h = await headers();
  return h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https://");
}

/** The cookie's value: the `__Secure-` one when there is one, else the plain-http one. */
export async function readAppCookie(base: string): Promise<string | undefined> {
  const jar = await cookies();
  return jar.get(`__Secure-${base}`)?.value ?? jar.get(base)?.value;
}

export async function setAppCookie(base: string, value: string, options: { path: string; expires?: Date; maxAge?: number }) {
  const secure = await secureRequest();
  (await cookies()).set(secure ? `__Secure-${base}` : base, value, { httpOnly: true, sameSite: "lax", secure, ...options });
}

export async function clearAppCookie(base: string, path: string) {
  const jar = await cookies();
  jar.set(base, "", { httpOnly: true, sameSite: "lax", path, maxAge: 0 });
  if (jar.get(`__Secure-${base}`)) jar.set(`__Secure-${base}`, "", { httpOnly: true, sameSite: "lax", secure: true, path, maxAge: 0 });
}
