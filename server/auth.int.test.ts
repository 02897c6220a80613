import { describe, expect, it } from "vitest";
import { auditRows } from "@/prisma/test/assertions";
import { TEST_PASSWORD, makeCustomer, makeStaff } from "@/prisma/test/factories";
import { ThrottledSignIn, verifyCredentials } from "./auth";
import { db } from "./db";
import { LIMITS } from "./throttle";

describe("verifyCredentials", () => {
  it("signs a customer in by phone and staff by e-mail (in any case)", async () => {
    const a = await makeCustomer();
    const s = await makeStaff("AGENT");
    expect(await verifyCredentials({ identifier: a.user.phone, password: TEST_PASSWORD })).toEqual({ id: a.user.id, name: a.user.displayName, sessionVersion: 1 });
    expect(await verifyCredentials({ identifier: s.user.email!.toUpperCase(), password: TEST_PASSWORD })).toMatchObject({ id: s.user.id });
    expect(await verifyCredentials({ identifier: a.user.email!, password: TEST_PASSWORD })).toMatchObject({ id: a.user.id });
  });

  it("records a successful sign-in", async () => {
    const a = await makeCustomer();
    await verifyCredentials({ identifier: a.user.phone, password: TEST_PASSWORD });
    expect(await auditRows("auth.login")).toMatchObject([{ actorId: a.user.id, actorRole: "CUSTOMER", targetId: a.user.id }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: a.user.id } })).lastLoginAt).toBeInstanceOf(Date);
  });

  it("returns null for a wrong password, an unknown user and a disabled user, and records each", async () => {
    const a = await makeCustomer();
    const disabled = await makeStaff("AGENT", { disabled: true });
    expect(await verifyCredentials({ identifier: a.user.phone, password: "Wrong1234" })).toBeNull();
    expect(await verifyCredentials({ identifier: "13000000000", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ identifier: "nobody@example.com", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ identifier: disabled.user.email, password: TEST_PASSWORD })).toBeNull();
    const failures = await auditRows("auth.login_failed");
    expect(failures.map((f) => [f.targetId, (f.summary as { reason: string }).reason])).toEqual([
      [a.user.id, "password"],
      [null, "unknown"],
      [null, "unknown"],
      [disabled.user.id, "disabled"],
    ]);
    expect(failures.every((f) => f.actorId === null)).toBe(true);
    expect(await auditRows("auth.login")).toEqual([]);
  });

  it("returns null for input that is not a sign-in form", async () => {
    expect(await verifyCredentials({ identifier: "not an id", password: "x" })).toBeNull();
    expect(await verifyCredentials(null)).toBeNull();
    expect(await verifyCredentials({ identifier: "13812345678" })).toBeNull();
  });

  it("locks an account after repeated failures, even for the right password", async () => {
    const a = await makeCustomer();
    const other = await makeCustomer();
    for (let i = 0; i < LIMITS.account; i++) expect(await verifyCredentials({ identifier: a.user.phone, password: "Wrong1234" })).toBeNull();
    await expect(verifyCredentials({ identifier: a.user.phone, password: TEST_PASSWORD })).rejects.toBeInstanceOf(ThrottledSignIn);
    expect(await auditRows("auth.login")).toEqual([]);
    // Only that account is locked.
    expect(await verifyCredentials({ identifier: other.user.phone, password: TEST_PASSWORD })).toMatchObject({ id: other.user.id });
  });

  it("clears the account's counter after a successful sign-in", async () => {
    const a = await makeCustomer();
    for (let i = 0; i < LIMITS.account - 1; i++) await verifyCredentials({ identifier: a.user.phone, password: "Wrong1234" });
    expect(await verifyCredentials({ identifier: a.user.phone, password: TEST_PASSWORD })).toMatchObject({ id: a.user.id });
    expect(await db.rateLimit.count({ where: { key: `acct:${a.user.phone}` } })).toBe(0);
    // A fresh count: one more failure does not lock the account.
    await verifyCredentials({ identifier: a.user.phone, password: "Wrong1234" });
    expect(await verifyCredentials({ identifier: a.user.phone, password: TEST_PASSWORD })).toMatchObject({ id: a.user.id });
  });
});
