import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

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
