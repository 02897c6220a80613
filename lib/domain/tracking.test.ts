import { describe, expect, it } from "vitest";
import { TRACKING_CODE_MAX_ATTEMPTS, TRACKING_CODE_TTL_MS, formatTrackingCode, phoneTailMatches, trackingCodeState } from "./tracking";

const now = new Date("2026-11-28T02:00:00Z");
const code = (o: Partial<{ expiresAt: Date; consumedAt: Date | null; attempts: number }> = {}) => ({
  expiresAt: new Date(now.getTime() + TRACKING_CODE_TTL_MS),
  consumedAt: null,
  attempts: 0,
  ...o,
});

describe("trackingCodeState", () => {
  it("is usable when fresh, unused and tried fewer than five times", () => {
    expect(trackingCodeState(code(), now)).toBe("usable");
    expect(trackingCodeState(code({ attempts: TRACKING_CODE_MAX_ATTEMPTS - 1 }), now)).toBe("usable");
  });

  it("expires after ten minutes, at the instant of expiry", () => {
    expect(TRACKING_CODE_TTL_MS).toBe(600_000);
    expect(trackingCodeState(code({ expiresAt: new Date(now.getTime() + 1) }), now)).toBe("usable");
    expect(trackingCodeState(code({ expiresAt: now }), now)).toBe("expired");
  });

  it("is dead after five wrong tries, and once used", () => {
    expect(trackingCodeState(code({ attempts: 5 }), now)).toBe("exhausted");
    expect(trackingCodeState(code({ consumedAt: now }), now)).toBe("consumed");
    expect(trackingCodeState(code({ consumedAt: now, attempts: 5, expiresAt: now }), now)).toBe("consumed");
  });
});

describe("phoneTailMatches", () => {
  it("compares the last four digits", () => {
    expect(phoneTailMatches("13812345678", "5678")).toBe(true);
    expect(phoneTailMatches("13812345678", "5679")).toBe(false);
    expect(phoneTailMatches("138-1234-5678", "5678")).toBe(true);
  });

  it("never matches missing phones or malformed input", () => {
    expect(phoneTailMatches(null, "5678")).toBe(false);
    expect(phoneTailMatches("", "")).toBe(false);
    expect(phoneTailMatches("123", "0123")).toBe(false);
    expect(phoneTailMatches("13812345678", "678")).toBe(false);
    expect(phoneTailMatches("13812345678", "56789")).toBe(false);
  });
});

describe("formatTrackingCode", () => {
  it("pads to six digits", () => {
    expect(formatTrackingCode(42)).toBe("000042");
    expect(formatTrackingCode(999_999)).toBe("999999");
  });

  it("refuses numbers out of range", () => {
    for (const n of [-1, 1_000_000, 1.5]) expect(() => formatTrackingCode(n)).toThrow(RangeError);
  });
});
