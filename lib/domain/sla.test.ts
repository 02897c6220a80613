import { describe, expect, it } from "vitest";
import { REQUEST_TYPES } from "./roles";
import { clockState, computeDeadlines, splitDuration } from "./sla";

const HOUR = 3_600_000;
const createdAt = new Date("2026-11-28T02:00:00Z");
const at = (hours: number) => new Date(createdAt.getTime() + hours * HOUR);

describe("computeDeadlines", () => {
  it("gives 24 hours to accept, 48 for special requests", () => {
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: false, createdAt }).acceptBy).toEqual(at(24));
    expect(computeDeadlines({ type: "CONSULTATION", level: 2, special: true, createdAt }).acceptBy).toEqual(at(48));
    expect(computeDeadlines({ type: "FAULT_REPAIR", level: 1, special: true, createdAt }).acceptBy).toEqual(at(48));
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 24],
  ] as const)("gives a level %i fault %i hour(s) to respond", (level, hours) => {
    const d = computeDeadlines({ type: "FAULT_REPAIR", level, special: false, createdAt });
    expect(d.respondBy).toEqual(at(hours));
    expect(d.resolveBy).toBeNull();
  });

  it("sets no respond-by for other request types", () => {
    for (const type of REQUEST_TYPES.filter((t) => t !== "FAULT_REPAIR")) {
      for (const level of [1, 2, 3] as const) {
        const d = computeDeadlines({ type, level, special: false, createdAt });
        expect(d.respondBy, `${type} level ${level}`).toBeNull();
        expect(d.resolveBy).toBeNull();
      }
    }
  });

  it("does not change the input date", () => {
    const input = new Date(createdAt);
    computeDeadlines({ type: "FAULT_REPAIR", level: 1, special: false, createdAt: input });
    expect(input).toEqual(createdAt);
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
