// Cross-site request forgery, checked before any write (issue 8 part 1): a request that can change
// something (any method but GET, HEAD, OPTIONS) must carry an Origin header naming this site.
// Next.js compares Origin with the host for server actions, but lets a request without an Origin
// through; browsers send Origin on every POST, so only a forged or scripted request lacks it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may proceed: safe methods always; writes only when Origin is present and its
 * host equals the host the request was sent to (the proxy's X-Forwarded-Host when there is one).
 */
export function originAllowed(method: string, origin: string | null, host: string | null, forwardedHost: string | null = null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (!origin || origin === "null") return false;
  const expected = (forwardedHost?.split(",")[0]?.trim() || host || "").toLowerCase();
  if (!expected) return false;
  try {
    return new URL(origin).host.toLowerCase() === expected;
  } catch {
    return false;
  }
}
