import { describe, expect, it } from "vitest";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_RESEND_MS, ONE_TIME_CODE_TTL_MS } from "@/lib/domain/one-time-code";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer } from "@/prisma/test/factories";
import { wrongCode } from "@/prisma/test/termination-factories";
import { ExpectedError } from "./action";
import { db } from "./db";
import { allowCodeSend, issueCode, redeemCode } from "./confirm-code";
import type { UserCodeScope } from "./one-time-code";
import { ONE_TIME_CODE_LIMITS } from "./throttle";

const MIN = 60_000;

async function setUp() {
  const owner = await makeCustomer();
  const target: UserCodeScope = { userId: owner.user.id, purpose: "terminate", subject: owner.line.id };
  return { owner, actor: owner.actor, target };
}

async function issued(now = new Date()) {
  const s = await setUp();
  await allowCodeSend(s.target, now);
  const code = await db.$transaction((tx) => issueCode(tx, s.actor, s.target, now));
  return { ...s, code };
}

const ok = async () => "done";
const errorKey = async (fn: () => Promise<unknown>) => ((await rejectionOf(fn)) as ExpectedError).key;

describe("one-time codes", () => {
  it("are 6 digits, stored only as a hash, for 10 minutes", async () => {
    const { code, target } = await issued();
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.oneTimeCode.findFirstOrThrow();
    expect(row).toMatchObject({ ...target, attempts: 0, consumedAt: null });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(ONE_TIME_CODE_TTL_MS);
    expect(await auditRows("otp.issued")).toMatchObject([{ targetId: target.subject, summary: { purpose: "terminate" } }]);
    expect(JSON.stringify(await auditRows("otp.issued"))).not.toContain(code);
  });

  it("work once: the right code runs the follow-up and is used up", async () => {
    const { code, target, actor } = await issued();
    expect(await redeemCode(actor, target, code, ok)).toBe("done");
    expect((await db.oneTimeCode.findFirstOrThrow()).consumedAt).not.toBeNull();
    expect(await errorKey(() => redeemCode(actor, target, code, ok))).toBe("errors.trackingCodeInvalid");
    expect((await auditRows("otp.failed")).map((r) => r.summary)).toEqual([{ purpose: "terminate", reason: "consumed" }]);
  });

  it("are not used up when the follow-up fails, which rolls back with it", async () => {
    const { code, target, actor } = await issued();
    const failing = async () => {
      await db.auditLog.count();
      throw new ExpectedError("errors.terminationOpen");
    };
    expect(await errorKey(() => redeemCode(actor, target, code, failing))).toBe("errors.terminationOpen");
    expect((await db.oneTimeCode.findFirstOrThrow()).consumedAt).toBeNull();
    expect(await auditRows("otp.used")).toEqual([]);
    expect(await redeemCode(actor, target, code, ok)).toBe("done");
  });

  it("expire after 10 minutes", async () => {
    const now = new Date();
    const { code, target, actor } = await issued(now);
    expect(await errorKey(() => redeemCode(actor, target, code, ok, new Date(now.getTime() + ONE_TIME_CODE_TTL_MS)))).toBe("errors.trackingCodeInvalid");
    expect(await redeemCode(actor, target, code, ok, new Date(now.getTime() + ONE_TIME_CODE_TTL_MS - 1))).toBe("done");
  });

  it("die after 5 wrong tries, the right code included", async () => {
    const { code, target, actor } = await issued();
    for (let i = 0; i < ONE_TIME_CODE_MAX_ATTEMPTS; i++) expect(await errorKey(() => redeemCode(actor, target, wrongCode(code), ok))).toBe("errors.trackingCodeInvalid");
    expect((await db.oneTimeCode.findFirstOrThrow()).attempts).toBe(ONE_TIME_CODE_MAX_ATTEMPTS);
    expect(await errorKey(() => redeemCode(actor, target, code, ok))).toBe("errors.trackingCodeInvalid");
    expect((await auditRows("otp.failed")).at(-1)?.summary).toEqual({ purpose: "terminate", reason: "exhausted" });
  });

  it("count only for their own user, purpose and subject, and only the newest", async () => {
    const now = new Date();
    const { code, target, actor } = await issued(now);
    const other = await setUp();
    expect(await errorKey(() => redeemCode(other.actor, { ...other.target, subject: target.subject }, code, ok))).toBe("errors.trackingCodeInvalid");
    expect(await errorKey(() => redeemCode(actor, { ...target, subject: "another-line" }, code, ok))).toBe("errors.trackingCodeInvalid");
    expect(await errorKey(() => redeemCode(actor, { ...target, purpose: "phone-change" }, code, ok))).toBe("errors.trackingCodeInvalid");

    const later = new Date(now.getTime() + ONE_TIME_CODE_RESEND_MS);
    await allowCodeSend(target, later);
    const second = await db.$transaction((tx) => issueCode(tx, actor, target, later));
    if (second !== code) expect(await errorKey(() => redeemCode(actor, target, code, ok, later))).toBe("errors.trackingCodeInvalid");
    expect(await redeemCode(actor, target, second, ok, later)).toBe("done");
  });

  it("lets two racing tries use a code once", async () => {
    const { code, target, actor } = await issued();
    const results = await Promise.allSettled([redeemCode(actor, target, code, ok), redeemCode(actor, target, code, ok)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await auditRows("otp.used")).toHaveLength(1);
  });

  it("are sent at most once a minute, and 5 times in 15 minutes", async () => {
    const { target } = await setUp();
    const start = new Date();
    const at = (minutes: number) => new Date(start.getTime() + minutes * MIN);
    await allowCodeSend(target, at(0));
    await db.$transaction((tx) => issueCode(tx, { userId: target.userId, role: "CUSTOMER" }, target, at(0)));
    expect(await errorKey(() => allowCodeSend(target, at(0.5)))).toBe("errors.codeTooSoon");
    for (let i = 1; i < ONE_TIME_CODE_LIMITS.send; i++) {
      await allowCodeSend(target, at(i));
      await db.$transaction((tx) => issueCode(tx, { userId: target.userId, role: "CUSTOMER" }, target, at(i)));
    }
    expect(await errorKey(() => allowCodeSend(target, at(ONE_TIME_CODE_LIMITS.send)))).toBe("errors.trackingThrottled");
    // The limit is per user: another user's sending is not affected.
    const other = await setUp();
    await expect(allowCodeSend(other.target, at(ONE_TIME_CODE_LIMITS.send))).resolves.toBeUndefined();
  });

  it("lock the user out after 10 wrong codes in 15 minutes", async () => {
    const { code, target, actor } = await issued();
    const dead = { ...target, subject: "nothing-sent" };
    for (let i = 0; i < ONE_TIME_CODE_LIMITS.verify; i++) expect(await errorKey(() => redeemCode(actor, dead, "000000", ok))).toBe("errors.trackingCodeInvalid");
    expect(await errorKey(() => redeemCode(actor, target, code, ok))).toBe("errors.trackingThrottled");
    expect((await db.oneTimeCode.findFirstOrThrow()).consumedAt).toBeNull();
  });
});
