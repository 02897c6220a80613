import { describe, expect, it } from "vitest";
import { FIRST_RETRY_MS, MAX_DELIVERY_ATTEMPTS, MAX_RETRY_MS, afterFailure, retryDelayMs } from "./delivery";

const now = new Date("2026-11-28T02:00:00Z");
const MIN = 60_000;

describe("retryDelayMs", () => {
  it("doubles from one minute", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN]);
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_MS);
  });

  it("is capped, and treats nonsense as the first failure", () => {
    expect(retryDelayMs(30)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(0)).toBe(FIRST_RETRY_MS);
    expect(retryDelayMs(-2)).toBe(FIRST_RETRY_MS);
  });
});

describe("afterFailure", () => {
  it("schedules the next attempt with back-off while attempts remain", () => {
    expect(afterFailure(0, now)).toEqual({ status: "PENDING", attempts: 1, nextAttemptAt: new Date(now.getTime() + MIN) });
    expect(afterFailure(3, now)).toEqual({ status: "PENDING", attempts: 4, nextAttemptAt: new Date(now.getTime() + 8 * MIN) });
  });

  it("gives up after the fifth failed attempt", () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(5);
    expect(afterFailure(4, now)).toEqual({ status: "FAILED", attempts: 5, nextAttemptAt: null });
    // An admin's manual retry of a FAILED message gets one attempt.
    expect(afterFailure(5, now)).toEqual({ status: "FAILED", attempts: 6, nextAttemptAt: null });
  });
});
