import { describe, expect, it } from "vitest";
import { checkStaffChange, endsSessions } from "./staff-users";

const admin = { id: "a1", role: "ADMIN" as const, disabled: false };
const agent = { id: "g1", role: "AGENT" as const, disabled: false };

describe("checkStaffChange", () => {
  it("refuses an admin disabling or demoting themselves", () => {
    expect(checkStaffChange({ actorId: "a1", target: admin, next: { role: "ADMIN", disabled: true }, activeAdmins: 3 })).toBe("selfDisable");
    expect(checkStaffChange({ actorId: "a1", target: admin, next: { role: "SUPERVISOR", disabled: false }, activeAdmins: 3 })).toBe("selfDemote");
  });

  it("refuses disabling or demoting the last active admin, by anyone", () => {
    expect(checkStaffChange({ actorId: "x", target: admin, next: { role: "ADMIN", disabled: true }, activeAdmins: 1 })).toBe("lastAdmin");
    expect(checkStaffChange({ actorId: "x", target: admin, next: { role: "AUDITOR", disabled: false }, activeAdmins: 1 })).toBe("lastAdmin");
  });

  it("allows the same change while another admin stays active", () => {
    expect(checkStaffChange({ actorId: "x", target: admin, next: { role: "AUDITOR", disabled: false }, activeAdmins: 2 })).toBeNull();
    expect(checkStaffChange({ actorId: "x", target: admin, next: { role: "ADMIN", disabled: true }, activeAdmins: 2 })).toBeNull();
  });

  it("lets an admin keep their own role and change other accounts freely", () => {
    expect(checkStaffChange({ actorId: "a1", target: admin, next: { role: "ADMIN", disabled: false }, activeAdmins: 1 })).toBeNull();
    expect(checkStaffChange({ actorId: "a1", target: agent, next: { role: "SUPERVISOR", disabled: true }, activeAdmins: 1 })).toBeNull();
    // Enabling or promoting never reduces the admins.
    expect(checkStaffChange({ actorId: "a1", target: { ...agent, disabled: true }, next: { role: "ADMIN", disabled: false }, activeAdmins: 1 })).toBeNull();
  });

  it("does not count a disabled admin as the last one", () => {
    expect(checkStaffChange({ actorId: "x", target: { ...admin, disabled: true }, next: { role: "AGENT", disabled: true }, activeAdmins: 1 })).toBeNull();
  });
});

describe("endsSessions", () => {
  it("is true for a role change and for disabling, false for enabling and no change", () => {
    expect(endsSessions(agent, { role: "SUPERVISOR", disabled: false })).toBe(true);
    expect(endsSessions(agent, { role: "AGENT", disabled: true })).toBe(true);
    expect(endsSessions({ ...agent, disabled: true }, { role: "AGENT", disabled: false })).toBe(false);
    expect(endsSessions(agent, { role: "AGENT", disabled: false })).toBe(false);
  });
});
