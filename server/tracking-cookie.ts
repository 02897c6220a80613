import "server-only";
import { clearAppCookie, readAppCookie, setAppCookie } from "./app-cookies";

// The grant of a verified tracking code travels in an httpOnly cookie scoped to /track; the
// database keeps only its hash (server/dal/tracking.ts). HttpOnly, SameSite=Lax, and `__Secure-`
// over https (server/app-cookies.ts).
const TRACKING_COOKIE = "sh_track";
const PATH = "/track";

export async function readTrackingToken(): Promise<string> {
  return (await readAppCookie(TRACKING_COOKIE)) ?? "";
}

export async function setTrackingToken(token: string, expires: Date) {
  await setAppCookie(TRACKING_COOKIE, token, { path: PATH, expires });
}

export async function clearTrackingToken() {
  await clearAppCookie(TRACKING_COOKIE, PATH);
}
