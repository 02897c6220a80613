import { describe, expect, it } from "vitest";
import { db } from "./db";
import { LIMITS, LOCK_MS, TRACKING_LIMITS, WINDOW_MS, clearAccount, lockedForMs, loginThrottleKeys, recordFailure, trackingRequestKeys, trackingVerifyKeys } from "./throttle";

const t0 = new Date("2026-11-28T02:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

async function fail(keys: ReturnType<typeof loginThrottleKeys>, times: number, now: Date) {
  for (let i = 0; i < times; i++) await recordFailure(keys, now);
}

describe("loginThrottleKeys", () => {
  it("keys the account case-insensitively, and the IP when known", () => {
    expect(loginThrottleKeys(" Zhang@Example.com ", "10.0.0.1")).toEqual([
      { key: "acct:zhang@example.com", limit: LIMITS.account },
      { key: "ip:10.0.0.1", limit: LIMITS.ip },
    ]);
    expect(loginThrottleKeys("13812345678", null)).toEqual([{ key: "acct:13812345678", limit: LIMITS.account }]);
  });
});

describe("recordFailure / lockedForMs", () => {
  it("locks an account for LOCK_MS at its limit, not before", async () => {
    const keys = loginThrottleKeys("13812345678", null);
    await fail(keys, LIMITS.account - 1, t0);
    expect(await lockedForMs(keys, t0)).toBe(0);
    await recordFailure(keys, t0);
    expect(await lockedForMs(keys, t0)).toBe(LOCK_MS);
    expect(await lockedForMs(keys, at(60_000))).toBe(LOCK_MS - 60_000);
    expect(await lockedForMs(keys, at(LOCK_MS))).toBe(0);
  });

  it("counts failures within one window only", async () => {
    const keys = loginThrottleKeys("13812345678", null);
    await fail(keys, LIMITS.account - 1, t0);
    // The window has passed: counting starts again at 1.
    await recordFailure(keys, at(WINDOW_MS + 1));
    expect(await lockedForMs(keys, at(WINDOW_MS + 1))).toBe(0);
    expect(await db.rateLimit.findUnique({ where: { key: keys[0]!.key } })).toMatchObject({ failures: 1, windowStart: at(WINDOW_MS + 1) });
    await fail(keys, LIMITS.account - 1, at(WINDOW_MS + 2));
    expect(await lockedForMs(keys, at(WINDOW_MS + 2))).toBe(LOCK_MS);
  });

  it("counts failures spread over one window together", async () => {
    const keys = loginThrottleKeys("13812345678", null);
    for (let i = 0; i < LIMITS.account; i++) await recordFailure(keys, at(i * 60_000));
    const last = at((LIMITS.account - 1) * 60_000);
    expect(await lockedForMs(keys, last)).toBe(LOCK_MS);
  });

  it("locks an IP after its own, higher limit, across accounts", async () => {
    const ip = "203.0.113.9";
    for (let i = 0; i < LIMITS.ip - 1; i++) await recordFailure(loginThrottleKeys(`user${i}@example.com`, ip), t0);
    const fresh = loginThrottleKeys("fresh@example.com", ip);
    expect(await lockedForMs(fresh, t0)).toBe(0);
    await recordFailure(loginThrottleKeys("another@example.com", ip), t0);
    expect(await lockedForMs(fresh, t0)).toBe(LOCK_MS);
    expect(await lockedForMs(loginThrottleKeys("fresh@example.com", "203.0.113.10"), t0)).toBe(0);
  });

  it("counts concurrent failures without losing any", async () => {
    const keys = loginThrottleKeys("13812345678", null);
    await Promise.all(Array.from({ length: LIMITS.account }, () => recordFailure(keys, t0)));
    expect((await db.rateLimit.findUnique({ where: { key: keys[0]!.key } }))?.failures).toBe(LIMITS.account);
    expect(await lockedForMs(keys, t0)).toBe(LOCK_MS);
  });

  it("clearAccount clears the account's counter but not the IP's", async () => {
    const keys = loginThrottleKeys("13812345678", "203.0.113.9");
    await fail(keys, 3, t0);
    await clearAccount(keys);
    expect(await db.rateLimit.findMany({ select: { key: true, failures: true } })).toEqual([{ key: "ip:203.0.113.9", failures: 3 }]);
  });
});

describe("keys with their own limits and windows", () => {
  it("tracking keys are per SRN and per IP, apart from sign-in keys", () => {
    expect(trackingRequestKeys("SR20261128000001", "10.0.0.1")).toEqual([
      { key: "track:srn:SR20261128000001", limit: TRACKING_LIMITS.srn },
      { key: "track:ip:10.0.0.1", limit: TRACKING_LIMITS.ip },
    ]);
    expect(trackingVerifyKeys("SR20261128000001", null)).toEqual([{ key: "track-verify:srn:SR20261128000001", limit: TRACKING_LIMITS.verifySrn }]);
  });

  it("honours a key's own window and lock time", async () => {
    const keys = [{ key: "custom:a", limit: 2, windowMs: 60_000, lockMs: 5 * 60_000 }];
    await recordFailure(keys, t0);
    // Outside the one-minute window the count starts again.
    await recordFailure(keys, at(61_000));
    expect(await lockedForMs(keys, at(61_000))).toBe(0);
    await recordFailure(keys, at(62_000));
    expect(await lockedForMs(keys, at(62_000))).toBe(5 * 60_000);
    expect(await lockedForMs(keys, at(62_000 + 5 * 60_000))).toBe(0);
  });
});
