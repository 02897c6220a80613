import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { originAllowed } from "@/lib/origin-check";
import { env } from "./env";
import { log } from "./log";

export type RequestMeta = { ip: string | null; requestId: string | null };

/** The caller's IP and request id, or nulls outside a request (scripts, tests). */
export async function getRequestMeta(): Promise<RequestMeta> {
  try {
    const h = await headers();
    const forwarded = env.TRUST_PROXY === "true" ? h.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    const ip = forwarded || h.get("x-real-ip") || null;
    return { ip: ip ?? "local", requestId: h.get("x-request-id") };
  } catch {
    return { ip: null, requestId: null };
  }
}

/**
 * Whether the server action being run came from this site (cross-site request forgery, issue 8
 * part 1). proxy.ts refuses foreign writes first; this is the second check, inside the action
 * wrapper, so that actions fail closed even if the proxy is bypassed or misconfigured. Outside an
 * HTTP request (scripts, tests calling an action directly) there is no browser to forge anything.
 */
export async function actionOriginAllowed(): Promise<boolean> {
  let h: Headers;
  try {
    h = (await headers()) as unknown as Headers;
  } catch {
    return true;
  }
  return originAllowed("POST", h.get("origin"), h.get("host"), h.get("x-forwarded-host"));
}

/** The logger for this request: every line carries the proxy's request id. */
export async function requestLog(): Promise<Logger> {
  const { requestId } = await getRequestMeta();
  return requestId ? log.child({ requestId }) : log;
}

/** The server action's id (Next.js's `next-action` header), to tell actions apart in the logs. */
export async function actionId(): Promise<string | null> {
  try {
    return (await headers()).get("next-action");
  } catch {
    return null;
  }
}
