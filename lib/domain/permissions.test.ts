import { describe, expect, it } from "vitest";
import { PERMISSIONS, roleCan, type Permission } from "./permissions";
import { ROLES, STAFF_ROLES, isStaffRole } from "./roles";

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe("PERMISSIONS", () => {
  it.each(permissions)("%s lists only real roles, each once, and at least one", (permission) => {
    const roles: readonly string[] = PERMISSIONS[permission];
    expect(roles.length).toBeGreaterThan(0);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of roles) expect(ROLES as readonly string[]).toContain(role);
  });

  it("keeps customers out of the staff area and staff out of customers' own records", () => {
    for (const p of ["admin:access", "queue:read", "request:read:any", "request:accept", "request:return", "request:start", "request:requestInfo", "request:resolve", "request:close", "complaint:remedy", "customer:reveal", "audit:read", "user:manage", "outbox:read", "outbox:retry", "privacy:handle", "termination:complete", "archive:read"] as const) {
      expect(roleCan("CUSTOMER", p), p).toBe(false);
    }
    for (const role of STAFF_ROLES) {
      for (const p of ["request:create:own", "request:read:own", "request:withdraw:own", "request:provideInfo:own", "request:confirm:own", "request:reopen:own", "plan:change:own", "privacy:export:own", "profile:update:own", "privacy:consent:own", "privacy:request:own", "termination:request:own"] as const) expect(roleCan(role, p), `${role} ${p}`).toBe(false);
      expect(roleCan(role, "admin:access"), role).toBe(true);
    }
  });
});

describe("roleCan", () => {
  it("agrees with the table for every role and permission", () => {
    for (const permission of permissions) {
      for (const role of ROLES) {
        expect(roleCan(role, permission), `${role} ${permission}`).toBe((PERMISSIONS[permission] as readonly string[]).includes(role));
      }
    }
  });

  it("gives the documented roles the request actions", () => {
    expect(ROLES.filter((r) => roleCan(r, "request:accept"))).toEqual(["AGENT", "SUPERVISOR"]);
    expect(ROLES.filter((r) => roleCan(r, "request:return"))).toEqual(["AGENT", "SUPERVISOR"]);
    for (const p of ["request:start", "request:requestInfo", "request:resolve"] as const) expect(ROLES.filter((r) => roleCan(r, p)), p).toEqual(["AGENT", "TECHNICIAN", "SUPERVISOR"]);
    expect(ROLES.filter((r) => roleCan(r, "request:close"))).toEqual(["AGENT", "SUPERVISOR"]);
    expect(ROLES.filter((r) => roleCan(r, "complaint:remedy"))).toEqual(["AGENT", "SUPERVISOR"]);
    for (const p of ["request:provideInfo:own", "request:confirm:own", "request:reopen:own"] as const) expect(ROLES.filter((r) => roleCan(r, p)), p).toEqual(["CUSTOMER"]);
    expect(ROLES.filter((r) => roleCan(r, "queue:read")).sort()).toEqual(["AGENT", "QUALITY_MANAGER", "SUPERVISOR", "TECHNICIAN"]);
    expect(ROLES.filter((r) => roleCan(r, "audit:read")).sort()).toEqual(["ADMIN", "AUDITOR"]);
    expect(ROLES.filter((r) => roleCan(r, "user:manage"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "outbox:read"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "outbox:retry"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "privacy:handle"))).toEqual(["SUPERVISOR", "ADMIN"]);
    expect(ROLES.filter((r) => roleCan(r, "termination:request:own"))).toEqual(["CUSTOMER"]);
    expect(ROLES.filter((r) => roleCan(r, "termination:complete"))).toEqual(["AGENT", "SUPERVISOR"]);
    expect(ROLES.filter((r) => roleCan(r, "archive:read")).sort()).toEqual(["ADMIN", "AUDITOR", "QUALITY_MANAGER", "SUPERVISOR"]);
  });
});

describe("roles", () => {
  it("STAFF_ROLES is every role but CUSTOMER", () => {
    expect(STAFF_ROLES).toEqual(ROLES.filter((r) => r !== "CUSTOMER"));
    expect(isStaffRole("CUSTOMER")).toBe(false);
    expect(isStaffRole("AGENT")).toBe(true);
    expect(isStaffRole("ROOT")).toBe(false);
  });
});
