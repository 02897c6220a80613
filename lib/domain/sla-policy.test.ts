import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "./business-calendar";
import { CN_STANDARD } from "./cn-calendar";
import { deadlinesForLevel } from "./level-change";
import { transitionEffects, type ClockFields } from "./request-effects";
import { computeDeadlines } from "./sla";
import { alertDue, runningClocks, type SweptRequest } from "./sla-alerts";
import { DEFAULT_POLICIES, policyChanges, policyFromColumns, policyToColumns, type SlaPolicyRules } from "./sla-policy";

const HOUR = 3_600_000;
const cst = (text: string) => new Date(`${text.replace(" ", "T")}:00+08:00`);
const office: BusinessCalendar = { timeZone: "Asia/Shanghai", workdays: [1, 2, 3, 4, 5], dayStartMin: 540, dayEndMin: 1080, days: new Map() };

describe("built-in policies (version 0)", () => {
  it("accept within 24 h on China's working days, 48 h when special", () => {
    // Saturday 28 Nov 2026, 10:00: the clock starts on Monday.
    const createdAt = cst("2026-11-28 10:00");
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt }).acceptBy).toEqual(cst("2026-12-01 00:00"));
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: true, createdAt }).acceptBy).toEqual(cst("2026-12-02 00:00"));
  });

  it("restore a network outage (level 1) in 2 h and a business outage (level 2) in 4 h, around the clock", () => {
    const createdAt = cst("2026-11-28 22:00");
    expect(computeDeadlines({ type: "FAULT_REPAIR", level: 1, special: false, createdAt })).toMatchObject({ respondBy: cst("2026-11-28 23:00"), resolveBy: cst("2026-11-29 00:00") });
    expect(computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt })).toMatchObject({ respondBy: cst("2026-11-29 00:00"), resolveBy: cst("2026-11-29 02:00") });
  });

  it("round-trip through SlaPolicy's columns", () => {
    for (const p of Object.values(DEFAULT_POLICIES)) expect(policyFromColumns(p.type, { version: 0, ...policyToColumns(p) })).toEqual(p);
  });
});

describe("computeDeadlines with a stored policy", () => {
  const policy: SlaPolicyRules = { ...DEFAULT_POLICIES.CONSULTATION, version: 3, acceptHours: 4, respondHours: { 1: 2, 2: 8, 3: 16 }, respondOnCalendar: true };

  it("counts each clock on its own kind of time", () => {
    const d = computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt: cst("2026-12-04 16:00"), policy, calendar: office });
    // Accept-by and respond-by on office hours: Friday 16:00 + 4 h → Monday 11:00; + 8 h → Monday 15:00.
    expect(d.acceptBy).toEqual(cst("2026-12-07 11:00"));
    expect(d.respondBy).toEqual(cst("2026-12-07 15:00"));
    const wall = computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt: cst("2026-12-04 16:00"), policy: { ...policy, acceptOnCalendar: false, respondOnCalendar: false }, calendar: office });
    expect(wall.acceptBy).toEqual(cst("2026-12-04 20:00"));
  });

  it("lists what a new version changes", () => {
    expect(policyChanges(DEFAULT_POLICIES.CONSULTATION, policy)).toEqual([
      { field: "acceptHours", from: "24", to: "4" },
      { field: "respondHours1", from: "24", to: "2" },
      { field: "respondHours2", from: "24", to: "8" },
      { field: "respondHours3", from: "24", to: "16" },
      { field: "respondOnCalendar", from: "false", to: "true" },
    ]);
    expect(policyChanges(policy, policy)).toEqual([]);
  });
});

describe("pause and resume on the calendar", () => {
  const base: ClockFields = { acceptBy: cst("2026-12-08 00:00"), acceptedAt: null, respondBy: cst("2026-12-04 18:00"), respondedAt: null, resolveBy: cst("2026-12-05 12:00"), resolvedAt: null, clockPausedAt: null, closedAt: null };

  it("moves a calendar clock by the working time of the pause, a 24×7 clock by its wall time", () => {
    // Paused Friday 17:00, answered Monday 10:00: one working hour on Friday, one on Monday (office hours).
    const paused = { ...base, clockPausedAt: cst("2026-12-04 17:00") };
    const out = transitionEffects("provideInfo", "CONSULTATION", paused, cst("2026-12-07 10:00"), { accept: CN_STANDARD, respond: office, resolve: null });
    expect(out.respondBy).toEqual(cst("2026-12-07 11:00"));
    // CN-STANDARD: 7 working hours on Friday (17:00–24:00) and 10 on Monday.
    expect(out.acceptBy).toEqual(cst("2026-12-08 17:00"));
    expect(out.resolveBy).toEqual(new Date(base.resolveBy!.getTime() + 65 * HOUR));
  });

  it("does not move a calendar clock for a pause over a weekend", () => {
    const paused = { ...base, clockPausedAt: cst("2026-12-05 09:00") };
    expect(transitionEffects("provideInfo", "CONSULTATION", paused, cst("2026-12-06 20:00"), { accept: CN_STANDARD, respond: office, resolve: null })).toMatchObject({ acceptBy: base.acceptBy, respondBy: base.respondBy });
  });
});

describe("the 80 % warning and the breach", () => {
  const r: SweptRequest = { type: "FAULT_REPAIR", status: "ACCEPTED", level: 2, special: false, createdAt: cst("2026-12-07 10:00"), acceptBy: cst("2026-12-08 10:00"), acceptedAt: cst("2026-12-07 10:05"), respondBy: cst("2026-12-07 12:00"), respondedAt: cst("2026-12-07 10:05"), resolveBy: cst("2026-12-07 14:00"), resolvedAt: null, clockPausedAt: null };
  const p = DEFAULT_POLICIES.FAULT_REPAIR;

  it("warns at 80 % of a 24×7 clock and breaches after the deadline", () => {
    expect(alertDue(p, CN_STANDARD, r, "resolveBy", r.resolveBy!, cst("2026-12-07 13:00"))).toBeNull();
    expect(alertDue(p, CN_STANDARD, r, "resolveBy", r.resolveBy!, new Date(cst("2026-12-07 13:12").getTime()))).toBe("WARNING");
    expect(alertDue(p, CN_STANDARD, r, "resolveBy", r.resolveBy!, cst("2026-12-07 14:00"))).toBe("WARNING");
    expect(alertDue(p, CN_STANDARD, r, "resolveBy", r.resolveBy!, cst("2026-12-07 14:01"))).toBe("BREACH");
  });

  it("measures a calendar clock in business time: a weekend does not bring the warning closer", () => {
    const fresh: SweptRequest = { ...r, type: "CONSULTATION", createdAt: cst("2026-12-04 12:00"), acceptedAt: null, acceptBy: cst("2026-12-07 12:00"), respondBy: null, respondedAt: null, resolveBy: null };
    const c = DEFAULT_POLICIES.CONSULTATION;
    // 12 of 24 working hours used by Friday midnight; the weekend adds none.
    expect(alertDue(c, CN_STANDARD, fresh, "acceptBy", fresh.acceptBy, cst("2026-12-06 23:00"))).toBeNull();
    // Monday 07:12 is 19.2 of 24 working hours: 80 %.
    expect(alertDue(c, CN_STANDARD, fresh, "acceptBy", fresh.acceptBy, cst("2026-12-07 07:11"))).toBeNull();
    expect(alertDue(c, CN_STANDARD, fresh, "acceptBy", fresh.acceptBy, cst("2026-12-07 07:12"))).toBe("WARNING");
  });

  it("sweeps only running clocks: met, paused and ended ones are left alone, a statutory one runs on", () => {
    expect(runningClocks(r).map((c) => c.clock)).toEqual(["resolveBy"]);
    expect(runningClocks({ ...r, clockPausedAt: cst("2026-12-07 11:00") })).toEqual([]);
    expect(runningClocks({ ...r, status: "CLOSED" })).toEqual([]);
    expect(runningClocks({ ...r, type: "COMPLAINT", clockPausedAt: cst("2026-12-07 11:00") }).map((c) => c.clock)).toEqual(["resolveBy"]);
  });
});

describe("setting the level", () => {
  const createdAt = cst("2026-12-07 10:00");
  const fault = computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt });
  const clocks = { ...fault, acceptedAt: null, respondedAt: null, resolvedAt: null, clockPausedAt: null };
  const input = { type: "FAULT_REPAIR" as const, createdAt, policy: DEFAULT_POLICIES.FAULT_REPAIR, calendar: CN_STANDARD };

  it("recomputes the unmet deadlines from creation under the request's policy", () => {
    expect(deadlinesForLevel({ ...input, clocks, from: { level: 2, special: false }, to: { level: 1, special: false } })).toEqual({ respondBy: cst("2026-12-07 11:00"), resolveBy: cst("2026-12-07 12:00") });
    expect(deadlinesForLevel({ ...input, clocks, from: { level: 2, special: false }, to: { level: 2, special: true } })).toEqual({ acceptBy: cst("2026-12-09 10:00") });
  });

  it("keeps met clocks, and keeps the move of an earlier pause", () => {
    const met = { ...clocks, respondedAt: cst("2026-12-07 10:30") };
    expect(deadlinesForLevel({ ...input, clocks: met, from: { level: 2, special: false }, to: { level: 3, special: false } })).toEqual({ resolveBy: cst("2026-12-08 10:00") });
    const moved = { ...clocks, resolveBy: new Date(clocks.resolveBy!.getTime() + 3 * HOUR) };
    expect(deadlinesForLevel({ ...input, clocks: moved, from: { level: 2, special: false }, to: { level: 1, special: false } }).resolveBy).toEqual(cst("2026-12-07 15:00"));
  });

  it("uses the request's own version, not a newer one", () => {
    const v1: SlaPolicyRules = { ...DEFAULT_POLICIES.FAULT_REPAIR, version: 1 };
    const d = deadlinesForLevel({ ...input, policy: v1, clocks, from: { level: 2, special: false }, to: { level: 1, special: false } });
    expect(d.resolveBy).toEqual(cst("2026-12-07 12:00"));
    const v2: SlaPolicyRules = { ...v1, version: 2, resolveHours: { 1: 1, 2: 4, 3: 24 } };
    expect(deadlinesForLevel({ ...input, policy: v2, clocks, from: { level: 2, special: false }, to: { level: 1, special: false } }).resolveBy).toEqual(cst("2026-12-07 11:00"));
  });

  it("leaves a resolve-by the customer's date set", () => {
    const opening = computeDeadlines({ type: "SERVICE_OPENING", level: 2, special: false, createdAt, chosenDate: cst("2026-12-20 18:00") });
    const out = deadlinesForLevel({ ...input, type: "SERVICE_OPENING", policy: DEFAULT_POLICIES.SERVICE_OPENING, clocks: { ...opening, acceptedAt: null, respondedAt: null, resolvedAt: null, clockPausedAt: null }, from: { level: 2, special: false }, to: { level: 1, special: false } });
    expect(out).toEqual({});
  });
});
