import { describe, expect, it } from "vitest";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_RESEND_MS, ONE_TIME_CODE_TTL_MS, formatOneTimeCode, oneTimeCodeState } from "./one-time-code";
import { TRACKING_CODE_MAX_ATTEMPTS, TRACKING_CODE_TTL_MS, formatTrackingCode, trackingCodeState } from "./tracking";

const now = new Date("2026-11-28T02:00:00Z");

describe("one-time codes", () => {
  it("last 10 minutes, allow 5 tries, and may be re-sent after a minute", () => {
    expect([ONE_TIME_CODE_TTL_MS, ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_RESEND_MS]).toEqual([600_000, 5, 60_000]);
    expect(oneTimeCodeState({ expiresAt: new Date(now.getTime() + 1), consumedAt: null, attempts: 4 }, now)).toBe("usable");
    expect(oneTimeCodeState({ expiresAt: now, consumedAt: null, attempts: 0 }, now)).toBe("expired");
    expect(oneTimeCodeState({ expiresAt: new Date(now.getTime() + 1), consumedAt: null, attempts: 5 }, now)).toBe("exhausted");
    expect(oneTimeCodeState({ expiresAt: new Date(now.getTime() + 1), consumedAt: now, attempts: 0 }, now)).toBe("consumed");
  });

  it("are 6 digits with leading zeros", () => {
    expect(formatOneTimeCode(42)).toBe("000042");
    expect(() => formatOneTimeCode(1_000_000)).toThrow(RangeError);
  });

  it("are the rules the tracking code follows too", () => {
    expect([TRACKING_CODE_TTL_MS, TRACKING_CODE_MAX_ATTEMPTS]).toEqual([ONE_TIME_CODE_TTL_MS, ONE_TIME_CODE_MAX_ATTEMPTS]);
    expect(trackingCodeState).toBe(oneTimeCodeState);
    expect(formatTrackingCode).toBe(formatOneTimeCode);
  });
});
