import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, mustNotStore, newNonce, requestIdFrom, staticSecurityHeaders } from "./security-headers";

function directives(csp: string): Map<string, string> {
  return new Map(csp.split("; ").map((d) => [d.slice(0, d.indexOf(" ")), d.slice(d.indexOf(" ") + 1)]));
}

describe("contentSecurityPolicy", () => {
  const nonce = newNonce();
  const csp = directives(contentSecurityPolicy(nonce));

  it("lets scripts run only with this response's nonce and what they load", () => {
    expect(csp.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get("script-src")).not.toContain("unsafe-inline");
    expect(csp.get("script-src")).not.toContain("unsafe-eval");
  });

  it("closes plugins, <base>, framing and foreign form targets", () => {
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'none'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("connect-src")).toBe("'self'");
  });

  it("allows inline styles but no nonce in style-src (a nonce there would switch 'unsafe-inline' off)", () => {
    expect(csp.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy(nonce, { dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => contentSecurityPolicy("abc'; script-src *")).toThrow();
    expect(() => contentSecurityPolicy("")).toThrow();
  });
});

describe("newNonce", () => {
  it("is fresh each time and 128 bits long", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});

describe("staticSecurityHeaders", () => {
  const byKey = (production: boolean) => Object.fromEntries(staticSecurityHeaders(production).map((h) => [h.key, h.value]));

  it("sets the hardening headers everywhere", () => {
    expect(byKey(false)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(byKey(false)["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("sends HSTS from production builds only", () => {
    expect(byKey(true)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(byKey(false)["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("mustNotStore", () => {
  it("covers every signed-in response and everything under /account and /admin", () => {
    expect(mustNotStore("/account", false)).toBe(true);
    expect(mustNotStore("/account/privacy/export.json", false)).toBe(true);
    expect(mustNotStore("/admin/queue", false)).toBe(true);
    expect(mustNotStore("/", true)).toBe(true);
    expect(mustNotStore("/help", true)).toBe(true);
  });

  it("leaves anonymous public pages alone", () => {
    expect(mustNotStore("/", false)).toBe(false);
    expect(mustNotStore("/help/abc", false)).toBe(false);
    expect(mustNotStore("/administrator", false)).toBe(false);
  });
});

describe("requestIdFrom", () => {
  it("keeps a well-formed id from the reverse proxy and replaces anything else", () => {
    expect(requestIdFrom("req-12345678")).toBe("req-12345678");
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom("bad id\nwith newline")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom("x".repeat(300))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
