import "server-only";
import { cookies, headers } from "next/headers";

// The grant of a verified tracking code travels in an httpOnly cookie scoped to /track; the
// database keeps only its hash (server/dal/tracking.ts).
const TRACKING_COOKIE = "sh_track";
const PATH = "/track";

export async function readTrackingToken(): Promise<string> {
  return (await cookies()).get(TRACKING_COOKIE)?.value ?? "";
}

export async function setTrackingToken(token: string, expires: Date) {
  const h = await headers();
  // Secure when the browser reached us over HTTPS (directly or through the reverse proxy).
  const secure = h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https://");
  (await cookies()).set(TRACKING_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: PATH, expires });
}

export async function clearTrackingToken() {
  (await cookies()).set(TRACKING_COOKIE, "", { httpOnly: true, sameSite: "lax", path: PATH, maxAge: 0 });
}
