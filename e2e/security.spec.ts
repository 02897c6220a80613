import type { Page, Response } from "@playwright/test";
import { authFile, expect, test } from "./fixtures";

// Issue 8 part 1: the nonce-based Content-Security-Policy must not break any page (a blocked
// script would leave it without React), and the hardening headers are on every response.
// Reads only: this spec changes no record.

type Violation = { directive: string; blocked: string; source: string };

/** Records every CSP violation (the DOM event) and every console error about a policy. */
async function watchCsp(page: Page): Promise<{ violations: () => Promise<Violation[]>; consoleErrors: string[] }> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __csp: Violation[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) consoleErrors.push(error.message);
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []),
    consoleErrors,
  };
}

function nonceOf(response: Response): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  const match = /'nonce-([^']+)'/.exec(csp);
  expect(match, `a nonce in the CSP of ${response.url()}: ${csp}`).not.toBeNull();
  return match![1]!;
}

/** Visits each path, checks that React hydrated and that nothing violated the policy. */
async function visitAll(page: Page, paths: string[], { noStore }: { noStore: boolean }) {
  const csp = await watchCsp(page);
  for (const path of paths) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response, path).not.toBeNull();
      expect(response!.status(), path).toBeLessThan(400);
      const headers = response!.headers();
      const nonce = nonceOf(response!);
      expect(headers["content-security-policy"]).toContain("'strict-dynamic'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      if (noStore) expect(headers["cache-control"], `${path} is not stored`).toContain("no-store");
      // Every script in the server-rendered HTML carries this response's nonce (scripts the
      // loader adds later are trusted through 'strict-dynamic').
      const html = await response!.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), `scripts without the nonce on ${path}`).toEqual([]);
      // Hydrated: Next.js's router announcer is created by client-side React only.
      await expect(page.locator("next-route-announcer")).toHaveCount(1);
    });
  }
  // Client-side navigation loads further chunks through the trusted loader ('strict-dynamic').
  await page.goto(paths[0]!);
  const link = page.locator('footer a[href="/privacy"]');
  await link.click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.locator("h1").first()).toBeVisible();
  expect(await csp.violations()).toEqual([]);
  expect(csp.consoleErrors).toEqual([]);
}

test("public pages run under the CSP without a violation, with the hardening headers", async ({ page }) => {
  await visitAll(page, ["/", "/help", "/status", "/commitments", "/plans", "/privacy", "/login", "/register"], { noStore: false });
});

test.describe("a signed-in customer", () => {
  test.use({ storageState: authFile("zhang") });

  test("customer pages run under the CSP, and nothing is stored", async ({ page }) => {
    await visitAll(page, ["/account", "/account/requests", "/account/requests/new", "/account/bills", "/account/privacy", "/account/settings", "/"], { noStore: true });
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
    await page.goto("/account");
    const session = (await context.cookies()).find((c) => /authjs\.session-token/.test(c.name));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  });
});

test.describe("staff", () => {
  test.use({ storageState: authFile("supervisor") });

  test("staff pages run under the CSP, and nothing is stored", async ({ page }) => {
    await visitAll(page, ["/admin", "/admin/queue", "/admin/incidents", "/admin/customers"], { noStore: true });
  });
});

test("each response has its own nonce", async ({ request }) => {
  const [a, b] = await Promise.all([request.get("/"), request.get("/")]);
  const nonce = (h: Record<string, string>) => /'nonce-([^']+)'/.exec(h["content-security-policy"] ?? "")?.[1];
  expect(nonce(a.headers())).toBeTruthy();
  expect(nonce(a.headers())).not.toBe(nonce(b.headers()));
});
