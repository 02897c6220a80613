import { describe, expect, it } from "vitest";
import { REQUEST_TYPES } from "./roles";
import { COMPLAINT_REPLY_DAYS, FAULT_RESPOND_WITHIN_HOURS, SLA_TABLE, clockState, computeDeadlines, queueDueAt, splitDuration, unmetDeadlines } from "./sla";

const HOUR = 3_600_000;
// Monday 2026-11-30 10:00 China time: a working day, so the accept-by of 24 business hours is 24 h away.
const createdAt = new Date("2026-11-30T02:00:00Z");
const at = (hours: number) => new Date(createdAt.getTime() + hours * HOUR);

describe("computeDeadlines", () => {
  it("gives 24 hours to accept, 48 for special requests", () => {
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt }).acceptBy).toEqual(at(24));
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: true, createdAt }).acceptBy).toEqual(at(48));
    expect(computeDeadlines({ type: "FAULT_REPAIR", level: 1, special: true, createdAt }).acceptBy).toEqual(at(48));
  });

  it.each([
    [1, 1, 2],
    [2, 2, 4],
    [3, 24, 24],
  ] as const)("gives a level %i fault %i hour(s) to respond and %i to resolve", (level, respond, resolve) => {
    const d = computeDeadlines({ type: "FAULT_REPAIR", level, special: false, createdAt });
    expect(d.respondBy).toEqual(at(respond));
    expect(d.resolveBy).toEqual(at(resolve));
  });

  it("gives a consultation 24 hours to respond at every level, and no resolve-by", () => {
    for (const level of [1, 2, 3] as const) {
      expect(computeDeadlines({ type: "CONSULTATION", level, special: false, createdAt })).toEqual({ acceptBy: at(24), respondBy: at(24), resolveBy: null });
    }
  });

  it("resolves a service opening by the end of the chosen appointment window, and needs one", () => {
    const windowEnd = at(70);
    expect(computeDeadlines({ type: "SERVICE_OPENING", level: 2, special: false, createdAt, chosenDate: windowEnd })).toEqual({ acceptBy: at(24), respondBy: null, resolveBy: windowEnd });
    expect(() => computeDeadlines({ type: "SERVICE_OPENING", level: 2, special: false, createdAt })).toThrow(RangeError);
  });

  it("resolves a business change in 48 hours, or by the chosen effective date", () => {
    expect(computeDeadlines({ type: "BUSINESS_CHANGE", level: 2, special: false, createdAt }).resolveBy).toEqual(at(48));
    expect(computeDeadlines({ type: "BUSINESS_CHANGE", level: 1, special: false, createdAt, chosenDate: at(100) }).resolveBy).toEqual(at(100));
    expect(computeDeadlines({ type: "BUSINESS_CHANGE", level: 2, special: false, createdAt }).respondBy).toBeNull();
  });

  it("resolves a plan change by its effective date, and needs one", () => {
    const effectiveAt = at(300);
    expect(computeDeadlines({ type: "PLAN_CHANGE", level: 2, special: false, createdAt, chosenDate: effectiveAt })).toEqual({ acceptBy: at(24), respondBy: null, resolveBy: effectiveAt });
    expect(() => computeDeadlines({ type: "PLAN_CHANGE", level: 2, special: false, createdAt })).toThrow(RangeError);
  });

  it("ignores a chosen date where the type does not use one", () => {
    expect(computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt, chosenDate: at(500) }).resolveBy).toEqual(at(4));
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt, chosenDate: at(500) }).resolveBy).toBeNull();
  });

  it("gives a complaint its statutory 15 days (360 hours) to reply, at every level, from receipt", () => {
    for (const level of [1, 2, 3] as const) {
      for (const special of [false, true]) {
        expect(computeDeadlines({ type: "COMPLAINT", level, special, createdAt }).resolveBy).toEqual(at(COMPLAINT_REPLY_DAYS * 24));
      }
    }
    expect(COMPLAINT_REPLY_DAYS).toBe(15);
    // Accepted by the complaint team within 48 hours, around the clock.
    expect(computeDeadlines({ type: "COMPLAINT", level: 2, special: false, createdAt })).toEqual({ acceptBy: at(48), respondBy: null, resolveBy: at(360) });
    // A chosen date never shortens or stretches the statutory period.
    expect(computeDeadlines({ type: "COMPLAINT", level: 2, special: false, createdAt, chosenDate: at(24) }).resolveBy).toEqual(at(360));
  });

  it("marks only the complaint's deadline as statutory", () => {
    expect(REQUEST_TYPES.filter((t) => SLA_TABLE[t].resolveStatutory)).toEqual(["COMPLAINT"]);
  });

  it("completes a termination within 48 hours at every level, with no separate response clock", () => {
    for (const level of [1, 2, 3] as const) {
      expect(computeDeadlines({ type: "TERMINATION", level, special: false, createdAt })).toEqual({ acceptBy: at(24), respondBy: null, resolveBy: at(48) });
    }
  });

  it("has a row for every request type; only a fault's acceptance is its response", () => {
    expect(Object.keys(SLA_TABLE).sort()).toEqual([...REQUEST_TYPES].sort());
    expect(REQUEST_TYPES.filter((t) => SLA_TABLE[t].acceptIsResponse)).toEqual(["FAULT_REPAIR"]);
    expect(FAULT_RESPOND_WITHIN_HOURS).toEqual({ 1: 1, 2: 2, 3: 24 });
  });

  it("does not change the input dates", () => {
    const input = new Date(createdAt);
    const chosen = at(30);
    computeDeadlines({ type: "SERVICE_OPENING", level: 1, special: false, createdAt: input, chosenDate: chosen });
    expect(input).toEqual(createdAt);
    expect(chosen).toEqual(at(30));
  });
});

describe("clockState", () => {
  const deadline = at(2);

  it("runs before the deadline, with the time left", () => {
    expect(clockState(deadline, null, at(1.5))).toEqual({ state: "running", remainingMs: 0.5 * HOUR, deadline });
    expect(clockState(deadline, null, deadline)).toEqual({ state: "running", remainingMs: 0, deadline });
  });

  it("is breached after the deadline, with the time overdue", () => {
    expect(clockState(deadline, null, at(3))).toEqual({ state: "breached", overdueMs: HOUR, deadline });
    expect(clockState(deadline, null, new Date(deadline.getTime() + 1))).toMatchObject({ state: "breached", overdueMs: 1 });
  });

  it("is met on time up to and including the deadline", () => {
    expect(clockState(deadline, at(1), at(5))).toEqual({ state: "met", metAt: at(1), deadline, late: false });
    expect(clockState(deadline, deadline, at(5))).toMatchObject({ state: "met", late: false });
  });

  it("is met late after the deadline", () => {
    expect(clockState(deadline, at(2.5), at(5))).toEqual({ state: "met", metAt: at(2.5), deadline, late: true });
  });

  it("is paused with the time left frozen at the pause, however late it is now", () => {
    expect(clockState(deadline, null, at(50), false, at(1.5))).toEqual({ state: "paused", remainingMs: 0.5 * HOUR, pausedAt: at(1.5), deadline });
    expect(clockState(deadline, null, at(1.6), false, at(1.5))).toEqual(clockState(deadline, null, at(99), false, at(1.5)));
  });

  it("keeps a clock that was overdue when paused overdue by the same amount", () => {
    expect(clockState(deadline, null, at(10), false, at(3))).toMatchObject({ state: "paused", remainingMs: -HOUR });
  });

  it("lets met and stopped win over paused", () => {
    expect(clockState(deadline, at(1), at(5), false, at(3))).toMatchObject({ state: "met", late: false });
    expect(clockState(deadline, null, at(5), true, at(3))).toEqual({ state: "stopped", deadline });
  });

  it("is stopped when the request ended first, and met wins over stopped", () => {
    expect(clockState(deadline, null, at(5), true)).toEqual({ state: "stopped", deadline });
    expect(clockState(deadline, at(1), at(5), true)).toMatchObject({ state: "met" });
  });
});

describe("splitDuration", () => {
  it("splits into whole days, hours and minutes", () => {
    expect(splitDuration(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(splitDuration(59_999)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(splitDuration(60_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(splitDuration(2 * 86_400_000 + 3 * HOUR + 4 * 60_000 + 59_000)).toEqual({ days: 2, hours: 3, minutes: 4 });
    expect(splitDuration(24 * HOUR)).toEqual({ days: 1, hours: 0, minutes: 0 });
  });

  it("uses the size of negative durations", () => {
    expect(splitDuration(-(HOUR + 60_000))).toEqual({ days: 0, hours: 1, minutes: 1 });
  });
});

describe("unmetDeadlines and queueDueAt", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 28, h));
  const clocks = { acceptBy: at(20), acceptedAt: null, respondBy: at(12), respondedAt: null, resolveBy: at(30), resolvedAt: null, clockPausedAt: null };

  it("lists the deadlines not met yet, nearest first", () => {
    expect(unmetDeadlines(clocks).map((d) => d.clock)).toEqual(["respondBy", "acceptBy", "resolveBy"]);
    expect(unmetDeadlines({ ...clocks, respondedAt: at(11), acceptedAt: at(11) }).map((d) => d.clock)).toEqual(["resolveBy"]);
    expect(unmetDeadlines({ ...clocks, respondBy: null, resolveBy: null, acceptedAt: at(1) })).toEqual([]);
  });

  it("sorts the queue by the nearest one while the clocks run; none when paused or ended", () => {
    expect(queueDueAt(clocks, "SUBMITTED", "FAULT_REPAIR")).toEqual(at(12));
    expect(queueDueAt({ ...clocks, clockPausedAt: at(5) }, "AWAITING_INFO", "FAULT_REPAIR")).toBeNull();
    for (const status of ["CLOSED", "RETURNED", "WITHDRAWN"] as const) expect(queueDueAt(clocks, status, "COMPLAINT")).toBeNull();
    expect(queueDueAt({ ...clocks, respondedAt: at(1), acceptedAt: at(1), resolvedAt: at(2) }, "RESOLVED", "FAULT_REPAIR")).toBeNull();
    // A complaint's statutory reply deadline is not paused.
    expect(queueDueAt({ ...clocks, clockPausedAt: at(5) }, "AWAITING_INFO", "COMPLAINT")).toEqual(at(30));
    expect(queueDueAt({ ...clocks, clockPausedAt: at(5), resolvedAt: at(4) }, "AWAITING_INFO", "COMPLAINT")).toBeNull();
  });

  it("names the statutory types the queue trigger knows (migration 20261128182000_statutory_due_at)", () => {
    expect(REQUEST_TYPES.filter((t) => SLA_TABLE[t].resolveStatutory)).toEqual(["COMPLAINT"]);
  });
});
