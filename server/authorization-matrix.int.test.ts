// The authorization matrix (issue 5): every /admin page and every staff action, for every staff
// role, a customer and an anonymous visitor, is allowed or denied exactly as the policy table
// (lib/domain/admin-policy.ts over lib/domain/permissions.ts) says. A page or action without a
// row fails here, so a new one cannot slip in unguarded.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ADMIN_ACTIONS, ADMIN_PAGES } from "@/lib/domain/admin-policy";
import { roleCan, type Permission } from "@/lib/domain/permissions";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { db } from "./db";
import { isWrappedAction, permissionOfAction } from "./action";
import { requireStaff } from "./actor";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));

const root = path.resolve(import.meta.dirname, "..");
const adminDir = path.join(root, "app", "admin");
const files = readdirSync(adminDir, { recursive: true, encoding: "utf8" });

/** app/admin/requests/[srn]/page.tsx → /admin/requests/[srn] (route groups dropped). */
function routeOf(file: string): string {
  const parts = path.dirname(file).split(path.sep).filter((p) => p !== "." && !/^\(.*\)$/.test(p));
  return ["/admin", ...parts].join("/").replace(/\/$/, "");
}

const pageFiles = files.filter((f) => path.basename(f) === "page.tsx").sort();
const actionFiles = files.filter((f) => path.basename(f) === "actions.ts").sort();

type Principal = { name: string; role: StaffRole | "CUSTOMER" | null; user: { id: string; sessionVersion: number } | null };
const principals: Principal[] = [];

// The database is emptied before every test (prisma/test/setup-file.ts): sign everyone up again.
beforeEach(async () => {
  principals.length = 0;
  principals.push({ name: "anonymous", role: null, user: null });
  principals.push({ name: "CUSTOMER", role: "CUSTOMER", user: (await makeCustomer()).user });
  for (const role of STAFF_ROLES) principals.push({ name: role, role, user: (await makeStaff(role)).user });
});

function allowed(role: Principal["role"], permission: Permission): boolean {
  return role !== null && role !== "CUSTOMER" && roleCan(role, permission);
}

/** The permission a page passes to requireStaff (its second argument; admin:access by default). */
function pagePermission(source: string): string | null {
  const call = source.match(/requireStaff\(\s*(?:"[^"]*"|`[^`]*`)\s*(?:,\s*"([^"]+)")?\s*\)/);
  if (!call) return null;
  return call[1] ?? "admin:access";
}

describe("every /admin page", () => {
  it("is found", () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(Object.keys(ADMIN_PAGES).length);
  });

  it.each(pageFiles)("app/admin/%s has a row in ADMIN_PAGES and checks exactly that permission", (file) => {
    const route = routeOf(file);
    const expected = (ADMIN_PAGES as Record<string, Permission>)[route];
    expect(expected, `no ADMIN_PAGES row for ${route}`).toBeDefined();
    expect(pagePermission(readFileSync(path.join(adminDir, file), "utf8"))).toBe(expected);
  });

  it("has no stale rows in ADMIN_PAGES", () => {
    expect(Object.keys(ADMIN_PAGES).sort()).toEqual(pageFiles.map(routeOf).sort());
  });

  it.each(Object.entries(ADMIN_PAGES))("%s lets in exactly the roles with %s", async (route, permission) => {
    for (const p of principals) {
      signInAs(p.user);
      const outcome = await requireStaff(route, permission).then(
        (actor) => `in as ${actor.role}`,
        (error: { digest?: string }) => (String(error?.digest).startsWith("NEXT_REDIRECT") ? "sign-in" : String(error?.digest).includes("404") ? "not found" : `error ${String(error)}`),
      );
      const expected = p.role === null ? "sign-in" : allowed(p.role, permission) ? `in as ${p.role}` : "not found";
      expect(outcome, `${p.name} on ${route}`).toBe(expected);
    }
  });
});

describe("every staff action", () => {
  const actions: Array<[string, unknown]> = [];
  beforeAll(async () => {
    for (const file of actionFiles) {
      const folder = path.dirname(file).split(path.sep).filter((p) => !/^[[(]/.test(p)).join("/");
      const mod = (await import(/* @vite-ignore */ path.join(adminDir, file))) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) actions.push([`${folder}#${name}`, fn]);
    }
  });

  it("has a row in ADMIN_ACTIONS, and declares exactly that permission", () => {
    expect(actions.length).toBeGreaterThan(0);
    for (const [key, fn] of actions) {
      expect(isWrappedAction(fn), key).toBe(true);
      expect(permissionOfAction(fn), `${key}: staffAction permission vs ADMIN_ACTIONS`).toBe((ADMIN_ACTIONS as Record<string, Permission>)[key]);
    }
    expect(Object.keys(ADMIN_ACTIONS).sort()).toEqual(actions.map(([key]) => key).sort());
  });

  it("refuses every principal the table refuses, before reading the input, and changes nothing", async () => {
    for (const [key, fn] of actions) {
      const permission = permissionOfAction(fn)!;
      for (const p of principals) {
        signInAs(p.user);
        const auditRows = await db.auditLog.count();
        const result = (await (fn as (input: unknown) => Promise<{ ok: boolean; formError?: string }>)({})) as { ok: boolean; formError?: string };
        const label = `${p.name} → ${key}`;
        if (p.role === null) expect(result, label).toEqual({ ok: false, formError: "errors.signInRequired" });
        else if (!allowed(p.role, permission)) expect(result, label).toEqual({ ok: false, formError: "errors.forbidden" });
        // Allowed: the (empty) input is what is refused, never the principal.
        else expect(result.ok === false && result.formError !== "errors.forbidden" && result.formError !== "errors.signInRequired", label).toBe(true);
        expect(await db.auditLog.count(), `${label} wrote audit rows`).toBe(auditRows);
      }
    }
    // Every action × every principal, one after another: it grows with each area (27 actions × 8
    // principals here) and outgrew the default 20 s on a loaded machine.
  }, 180_000);
});
