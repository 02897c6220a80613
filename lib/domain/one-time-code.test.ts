import { describe, expect, it } from "vitest";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_RESEND_MS, ONE_TIME_CODE_TTL_MS, formatOneTimeCode, oneTimeCodeState } from "./one-time-code";
import { TRACKING_CODE_MAX_ATTEMPTS, TRACKING_CODE_TTL_MS, formatTrackingCode, trackingCodeState } from "./tracking";

const now = new Date("2026-11-28T02:00:00Z");

describe("one-time codes", () => {
  it("are the same rules for tracking and for signed-in confirmations", () => {
    expect([TRACKING_CODE_TTL_MS, TRACKING_CODE_MAX_ATTEMPTS]).toEqual([ONE_TIME_CODE_TTL_MS, ONE_TIME_CODE_MAX_ATTEMPTS]);
    expect(trackingCodeState).toBe(oneTimeCodeState);
    expect(formatTrackingCode).toBe(formatOneTimeCode);
  });

  it("live ten minutes, die after five wrong tries, and work once", () => {
    const fresh = { expiresAt: new Date(now.getTime() + ONE_TIME_CODE_TTL_MS), consumedAt: null, attempts: 0 };
    expect(ONE_TIME_CODE_TTL_MS).toBe(600_000);
    expect(oneTimeCodeState(fresh, now)).toBe("usable");
    expect(oneTimeCodeState({ ...fresh, attempts: 5 }, now)).toBe("exhausted");
    expect(oneTimeCodeState({ ...fresh, consumedAt: now }, now)).toBe("consumed");
    expect(oneTimeCodeState(fresh, fresh.expiresAt)).toBe("expired");
  });

  it("are re-sent to a signed-in user at most once a minute", () => {
    expect(ONE_TIME_CODE_RESEND_MS).toBe(60_000);
  });

  it("are six digits", () => {
    expect(formatOneTimeCode(7)).toBe("000007");
    expect(() => formatOneTimeCode(1_000_000)).toThrow(RangeError);
  });
});
