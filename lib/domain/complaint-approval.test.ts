import { describe, expect, it } from "vitest";
import { needsApproval } from "./complaints";
import { ROLES } from "./roles";

describe("needsApproval (a reply to a level-1 complaint waits for a supervisor)", () => {
  it("holds a level-1 reply by anyone but a supervisor", () => {
    for (const role of ROLES) expect(needsApproval(1, role), role).toBe(role !== "SUPERVISOR");
  });

  it("lets a supervisor's own level-1 reply go straight out", () => {
    expect(needsApproval(1, "SUPERVISOR")).toBe(false);
  });

  it("never holds a reply to a level-2 or level-3 complaint", () => {
    for (const level of [2, 3]) for (const role of ROLES) expect(needsApproval(level, role), `${level} ${role}`).toBe(false);
  });
});
