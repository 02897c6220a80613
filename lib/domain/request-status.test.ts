import { describe, expect, it } from "vitest";
import { ENDED_STATUSES, OPEN_STATUSES, REQUEST_ACTIONS, REQUEST_TRANSITIONS, availableActions, isOpen, transition, type RequestAction } from "./request-status";
import { COMPLAINT_STAGES, REQUEST_STATUSES, REQUEST_TYPES, ROLES, type ComplaintStage, type RequestStatus, type RequestType, type Role } from "./roles";

// The specification, written out independently of the implementation's table.
const WORKERS: Role[] = ["AGENT", "TECHNICIAN", "SUPERVISOR"];
type Spec = { roles: Role[]; from: RequestStatus[]; to: RequestStatus; only?: { type: RequestType; stages: (ComplaintStage | null)[] } };
const SPEC: Record<RequestAction, Spec> = {
  accept: { roles: ["AGENT", "SUPERVISOR"], from: ["SUBMITTED"], to: "ACCEPTED" },
  return: { roles: ["AGENT", "SUPERVISOR"], from: ["SUBMITTED"], to: "RETURNED" },
  withdraw: { roles: ["CUSTOMER"], from: ["SUBMITTED"], to: "WITHDRAWN" },
  start: { roles: WORKERS, from: ["ACCEPTED"], to: "IN_PROGRESS" },
  requestInfo: { roles: WORKERS, from: ["ACCEPTED", "IN_PROGRESS"], to: "AWAITING_INFO" },
  provideInfo: { roles: ["CUSTOMER"], from: ["AWAITING_INFO"], to: "IN_PROGRESS" },
  resolve: { roles: WORKERS, from: ["ACCEPTED", "IN_PROGRESS"], to: "RESOLVED" },
  confirm: { roles: ["CUSTOMER"], from: ["RESOLVED"], to: "CLOSED" },
  reopen: { roles: ["CUSTOMER"], from: ["RESOLVED"], to: "IN_PROGRESS" },
  close: { roles: ["AGENT", "SUPERVISOR"], from: ["RESOLVED"], to: "CLOSED" },
  remedy: { roles: ["AGENT", "SUPERVISOR"], from: ["IN_PROGRESS"], to: "IN_PROGRESS", only: { type: "COMPLAINT", stages: ["INVESTIGATION"] } },
  staffReopen: { roles: ["AGENT", "SUPERVISOR"], from: ["RESOLVED", "CLOSED"], to: "IN_PROGRESS" },
};
const ACTIONS = Object.keys(SPEC) as RequestAction[];

const cases = ACTIONS.flatMap((action) =>
  REQUEST_STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
);

describe("transition", () => {
  it("covers every action × status × role", () => {
    expect(cases).toHaveLength(12 * 8 * 7);
    expect([...REQUEST_ACTIONS].sort()).toEqual(Object.keys(SPEC).sort());
    expect(Object.keys(REQUEST_TRANSITIONS).sort()).toEqual(Object.keys(SPEC).sort());
  });

  it.each(cases)("$action from $status by $role", ({ action, status, role }) => {
    const rule = SPEC[action];
    const result = transition(action, status, role);
    if (!rule.roles.includes(role)) expect(result).toEqual({ ok: false, reason: "forbidden" });
    // A type-specific action is never available without knowing the request's type.
    else if (!rule.from.includes(status) || rule.only) expect(result).toEqual({ ok: false, reason: "invalid_state" });
    else expect(result).toEqual({ ok: true, to: rule.to });
  });

  // Every action × type × complaint stage, for the roles allowed and a status each allows.
  const typed = ACTIONS.flatMap((action) =>
    REQUEST_TYPES.flatMap((type) => [null, ...COMPLAINT_STAGES].map((stage) => ({ action, type, stage, status: SPEC[action].from[0]!, role: SPEC[action].roles[0]! }))),
  );
  it.each(typed)("$action on a $type in stage $stage", ({ action, type, stage, status, role }) => {
    const only = SPEC[action].only;
    const fits = !only || (only.type === type && only.stages.includes(stage));
    expect(transition(action, status, role, { type, complaintStage: stage })).toEqual(fits ? { ok: true, to: SPEC[action].to } : { ok: false, reason: "invalid_state" });
  });

  it("moves a complaint from 调查 to 处理 without changing its status, by complaint handlers only", () => {
    const investigating = { type: "COMPLAINT", complaintStage: "INVESTIGATION" } as const;
    expect(transition("remedy", "IN_PROGRESS", "AGENT", investigating)).toEqual({ ok: true, to: "IN_PROGRESS" });
    expect(transition("remedy", "IN_PROGRESS", "TECHNICIAN", investigating)).toEqual({ ok: false, reason: "forbidden" });
    expect(transition("remedy", "AWAITING_INFO", "AGENT", investigating)).toEqual({ ok: false, reason: "invalid_state" });
    expect(transition("remedy", "IN_PROGRESS", "AGENT", { type: "COMPLAINT", complaintStage: "REMEDY" })).toEqual({ ok: false, reason: "invalid_state" });
    expect(transition("remedy", "IN_PROGRESS", "AGENT", { type: "FAULT_REPAIR", complaintStage: "INVESTIGATION" })).toEqual({ ok: false, reason: "invalid_state" });
  });

  it("says forbidden before invalid_state (the role is checked first)", () => {
    expect(transition("accept", "CLOSED", "CUSTOMER")).toEqual({ ok: false, reason: "forbidden" });
    expect(transition("withdraw", "ACCEPTED", "AGENT")).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("availableActions", () => {
  it.each(REQUEST_STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role }))))("$status for $role", ({ status, role }) => {
    const expected = ACTIONS.filter((a) => SPEC[a].roles.includes(role) && SPEC[a].from.includes(status) && !SPEC[a].only);
    expect(availableActions(status, role).sort()).toEqual(expected.sort());
  });

  it("offers 处理 on a complaint under investigation, and only there", () => {
    expect(availableActions("IN_PROGRESS", "AGENT", { type: "COMPLAINT", complaintStage: "INVESTIGATION" }).sort()).toEqual(["remedy", "requestInfo", "resolve"]);
    expect(availableActions("IN_PROGRESS", "AGENT", { type: "COMPLAINT", complaintStage: "REMEDY" }).sort()).toEqual(["requestInfo", "resolve"]);
    expect(availableActions("IN_PROGRESS", "AGENT", { type: "CONSULTATION", complaintStage: null }).sort()).toEqual(["requestInfo", "resolve"]);
    expect(availableActions("IN_PROGRESS", "CUSTOMER", { type: "COMPLAINT", complaintStage: "INVESTIGATION" })).toEqual([]);
  });

  it("offers agents accept and return on a new request, and customers withdraw", () => {
    expect(availableActions("SUBMITTED", "AGENT").sort()).toEqual(["accept", "return"]);
    expect(availableActions("SUBMITTED", "CUSTOMER")).toEqual(["withdraw"]);
    expect(availableActions("WITHDRAWN", "CUSTOMER")).toEqual([]);
  });

  it("offers the customer confirm or not-resolved on a resolved request, and staff close", () => {
    expect(availableActions("RESOLVED", "CUSTOMER").sort()).toEqual(["confirm", "reopen"]);
    expect(availableActions("RESOLVED", "AGENT")).toEqual(["close", "staffReopen"]);
    expect(availableActions("CLOSED", "SUPERVISOR")).toEqual(["staffReopen"]);
    expect(availableActions("RESOLVED", "TECHNICIAN")).toEqual([]);
    expect(availableActions("AWAITING_INFO", "CUSTOMER")).toEqual(["provideInfo"]);
    expect(availableActions("AWAITING_INFO", "AGENT")).toEqual([]);
    expect(availableActions("IN_PROGRESS", "TECHNICIAN").sort()).toEqual(["requestInfo", "resolve"]);
    expect(availableActions("ACCEPTED", "SUPERVISOR").sort()).toEqual(["requestInfo", "resolve", "start"]);
  });

  it("offers auditors, admins and quality managers nothing, in any status", () => {
    for (const status of REQUEST_STATUSES) for (const role of ["AUDITOR", "ADMIN", "QUALITY_MANAGER"] as const) expect(availableActions(status, role)).toEqual([]);
  });
});

describe("isOpen", () => {
  it("is true for open statuses only", () => {
    const closed: RequestStatus[] = ["CLOSED", "RETURNED", "WITHDRAWN"];
    for (const s of REQUEST_STATUSES) expect(isOpen(s), s).toBe(!closed.includes(s));
    expect([...OPEN_STATUSES].sort()).toEqual(REQUEST_STATUSES.filter((s) => !closed.includes(s)).sort());
    expect([...ENDED_STATUSES].sort()).toEqual([...closed].sort());
  });
});
