import { describe, expect, it } from "vitest";
import { ADMIN_PAGES } from "./admin-policy";
import { ADMIN_AREAS } from "./admin-areas";
import { roleCan } from "./permissions";
import { STAFF_ROLES } from "./roles";

describe("ADMIN_AREAS (the 管理 index)", () => {
  it("lists routes that exist, each with the permission its page checks", () => {
    for (const area of ADMIN_AREAS) expect((ADMIN_PAGES as Record<string, string>)[area.href], area.href).toBe(area.permission);
  });

  it("is opened (admin:settings) by exactly the roles that may open at least one area", () => {
    for (const role of [...STAFF_ROLES, "CUSTOMER" as const]) {
      const any = role !== "CUSTOMER" && ADMIN_AREAS.some((a) => roleCan(role, a.permission));
      expect(roleCan(role, "admin:settings"), role).toBe(any);
    }
  });
});
