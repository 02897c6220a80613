import { describe, expect, it } from "vitest";
import { REQUEST_ACTIONS } from "./request-status";
import { transitionEffects, type ClockFields } from "./request-effects";

const HOUR = 3_600_000;
const t0 = new Date("2026-11-28T02:00:00Z");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

const fresh: ClockFields = { acceptBy: at(24), acceptedAt: null, respondBy: at(2), respondedAt: null, resolveBy: at(24), resolvedAt: null, clockPausedAt: null, closedAt: null };
const accepted: ClockFields = { ...fresh, acceptedAt: at(1), respondedAt: at(1) };

describe("transitionEffects", () => {
  it("accept meets acceptance, and a fault's response too, but not a consultation's", () => {
    expect(transitionEffects("accept", "FAULT_REPAIR", fresh, at(1))).toEqual({ acceptedAt: at(1), respondedAt: at(1) });
    expect(transitionEffects("accept", "CONSULTATION", fresh, at(1))).toEqual({ acceptedAt: at(1) });
    expect(transitionEffects("accept", "FAULT_REPAIR", { ...fresh, respondBy: null }, at(1))).toEqual({ acceptedAt: at(1) });
    expect(transitionEffects("accept", "FAULT_REPAIR", { ...fresh, respondedAt: at(0.5) }, at(1))).toEqual({ acceptedAt: at(1) });
  });

  it("return closes and counts as a response; withdraw, confirm and close only close", () => {
    expect(transitionEffects("return", "CONSULTATION", fresh, at(3))).toEqual({ closedAt: at(3), respondedAt: at(3) });
    for (const action of ["withdraw", "confirm", "close"] as const) expect(transitionEffects(action, "FAULT_REPAIR", fresh, at(3)), action).toEqual({ closedAt: at(3) });
  });

  it("start changes no clock", () => {
    expect(transitionEffects("start", "FAULT_REPAIR", accepted, at(3))).toEqual({});
  });

  it("requestInfo pauses the clocks, and the question is a response", () => {
    expect(transitionEffects("requestInfo", "CONSULTATION", { ...fresh, acceptedAt: at(1) }, at(3))).toEqual({ clockPausedAt: at(3), respondedAt: at(3) });
    expect(transitionEffects("requestInfo", "FAULT_REPAIR", accepted, at(3))).toEqual({ clockPausedAt: at(3) });
  });

  it("provideInfo moves every unmet deadline by the pause and clears it", () => {
    const paused = { ...fresh, acceptedAt: at(1), clockPausedAt: at(3) };
    expect(transitionEffects("provideInfo", "FAULT_REPAIR", paused, at(8))).toEqual({ clockPausedAt: null, respondBy: at(7), resolveBy: at(29) });
    // Met deadlines stay where they were.
    expect(transitionEffects("provideInfo", "FAULT_REPAIR", { ...accepted, clockPausedAt: at(3) }, at(8))).toEqual({ clockPausedAt: null, resolveBy: at(29) });
    // An unaccepted request's accept-by moves too (the machine does not pause one, but the rule is general).
    expect(transitionEffects("provideInfo", "FAULT_REPAIR", { ...fresh, clockPausedAt: at(3) }, at(4))).toMatchObject({ acceptBy: at(25) });
  });

  it("provideInfo without a recorded pause moves nothing", () => {
    expect(transitionEffects("provideInfo", "FAULT_REPAIR", accepted, at(8))).toEqual({ clockPausedAt: null });
  });

  it("resolve meets the resolve-by clock and any response still due; reopen un-meets it", () => {
    expect(transitionEffects("resolve", "CONSULTATION", { ...fresh, acceptedAt: at(1) }, at(5))).toEqual({ resolvedAt: at(5), respondedAt: at(5) });
    expect(transitionEffects("resolve", "FAULT_REPAIR", accepted, at(5))).toEqual({ resolvedAt: at(5) });
    expect(transitionEffects("reopen", "FAULT_REPAIR", { ...accepted, resolvedAt: at(5) }, at(6))).toEqual({ resolvedAt: null });
    expect(transitionEffects("staffReopen", "FAULT_REPAIR", { ...accepted, resolvedAt: at(5), closedAt: at(6) }, at(7))).toEqual({ resolvedAt: null, closedAt: null });
  });

  it("never moves a complaint's statutory reply deadline for a pause, but moves its other clocks", () => {
    const complaint: ClockFields = { ...fresh, respondBy: null, resolveBy: at(360) };
    const paused = { ...complaint, acceptedAt: at(1), clockPausedAt: at(3) };
    expect(transitionEffects("provideInfo", "COMPLAINT", paused, at(50))).toEqual({ clockPausedAt: null });
    // An unaccepted complaint's accept-by still moves by the pause (the general rule).
    expect(transitionEffects("provideInfo", "COMPLAINT", { ...complaint, clockPausedAt: at(3) }, at(4))).toEqual({ clockPausedAt: null, acceptBy: at(25) });
    // The same pause moves a fault's resolve-by.
    expect(transitionEffects("provideInfo", "FAULT_REPAIR", { ...paused, resolveBy: at(360) }, at(50))).toEqual({ clockPausedAt: null, resolveBy: at(407) });
  });

  it("meets a complaint's reply deadline with the first reply, and a rejected reply does not un-meet it", () => {
    const complaint: ClockFields = { ...fresh, respondBy: null, resolveBy: at(360), acceptedAt: at(1) };
    expect(transitionEffects("resolve", "COMPLAINT", complaint, at(100))).toEqual({ resolvedAt: at(100) });
    const replied = { ...complaint, resolvedAt: at(100) };
    expect(transitionEffects("reopen", "COMPLAINT", replied, at(120))).toEqual({});
    // A second reply keeps the time of the first.
    expect(transitionEffects("resolve", "COMPLAINT", replied, at(400))).toEqual({ resolvedAt: at(100) });
  });

  it("remedy (投诉 处理) changes no clock", () => {
    expect(transitionEffects("remedy", "COMPLAINT", { ...fresh, acceptedAt: at(1) }, at(5))).toEqual({});
  });

  it("has a rule for every action and never touches the input", () => {
    const copy = structuredClone(fresh);
    for (const action of REQUEST_ACTIONS) expect(transitionEffects(action, "FAULT_REPAIR", fresh, at(1)), action).toBeTypeOf("object");
    expect(fresh).toEqual(copy);
  });
});
