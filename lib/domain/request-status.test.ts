import { describe, expect, it } from "vitest";
import { OPEN_STATUSES, availableActions, isOpen, transition, type RequestAction } from "./request-status";
import { REQUEST_STATUSES, ROLES, type RequestStatus, type Role } from "./roles";

// The specification, written out independently of the implementation's table.
const SPEC: Record<RequestAction, { roles: Role[]; from: RequestStatus[]; to: RequestStatus }> = {
  accept: { roles: ["AGENT", "SUPERVISOR"], from: ["SUBMITTED"], to: "ACCEPTED" },
  return: { roles: ["AGENT", "SUPERVISOR"], from: ["SUBMITTED"], to: "RETURNED" },
  withdraw: { roles: ["CUSTOMER"], from: ["SUBMITTED"], to: "WITHDRAWN" },
};
const ACTIONS = Object.keys(SPEC) as RequestAction[];

const cases = ACTIONS.flatMap((action) =>
  REQUEST_STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
);

describe("transition", () => {
  it("covers every action × status × role", () => {
    expect(cases).toHaveLength(3 * 8 * 7);
  });

  it.each(cases)("$action from $status by $role", ({ action, status, role }) => {
    const rule = SPEC[action];
    const result = transition(action, status, role);
    if (!rule.roles.includes(role)) expect(result).toEqual({ ok: false, reason: "forbidden" });
    else if (!rule.from.includes(status)) expect(result).toEqual({ ok: false, reason: "invalid_state" });
    else expect(result).toEqual({ ok: true, to: rule.to });
  });

  it("says forbidden before invalid_state (the role is checked first)", () => {
    expect(transition("accept", "CLOSED", "CUSTOMER")).toEqual({ ok: false, reason: "forbidden" });
    expect(transition("withdraw", "ACCEPTED", "AGENT")).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("availableActions", () => {
  it.each(REQUEST_STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role }))))("$status for $role", ({ status, role }) => {
    const expected = ACTIONS.filter((a) => SPEC[a].roles.includes(role) && SPEC[a].from.includes(status));
    expect(availableActions(status, role).sort()).toEqual(expected.sort());
  });

  it("offers agents accept and return on a new request, and customers withdraw", () => {
    expect(availableActions("SUBMITTED", "AGENT").sort()).toEqual(["accept", "return"]);
    expect(availableActions("SUBMITTED", "CUSTOMER")).toEqual(["withdraw"]);
    expect(availableActions("WITHDRAWN", "CUSTOMER")).toEqual([]);
  });
});

describe("isOpen", () => {
  it("is true for open statuses only", () => {
    const closed: RequestStatus[] = ["CLOSED", "RETURNED", "WITHDRAWN"];
    for (const s of REQUEST_STATUSES) expect(isOpen(s), s).toBe(!closed.includes(s));
    expect([...OPEN_STATUSES].sort()).toEqual(REQUEST_STATUSES.filter((s) => !closed.includes(s)).sort());
  });
});
