import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { ExpectedError } from "../action";
import { db } from "../db";
import { getMyContactPhone, registerCustomer } from "./customers";

const input = (overrides: Partial<{ phone: string; email: string; marketingSms: boolean }> = {}) => ({
  name: "王芳",
  phone: overrides.phone ?? "13800138000",
  email: overrides.email ?? "wang.fang@example.com",
  password: "Secret123",
  confirmPassword: "Secret123",
  acceptPrivacy: true,
  marketingSms: overrides.marketingSms ?? false,
  marketingEmail: false,
});

describe("registerCustomer", () => {
  it("creates a personal customer and its account, with an argon2 hash and an audit row", async () => {
    const result = await registerCustomer(input());
    expect(Object.keys(result)).toEqual(["userId"]);
    const { userId } = result;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { customer: true } });
    expect(user).toMatchObject({ role: "CUSTOMER", phone: "13800138000", email: "wang.fang@example.com", displayName: "王芳", disabled: false });
    expect(user.customer).toMatchObject({ type: "PERSONAL", name: "王芳", phone: "13800138000", lifecycleStage: "NEW" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("Secret123");
    expect(await verify(user.passwordHash, "Secret123")).toBe(true);
    expect(await auditRows("customer.register")).toMatchObject([{ actorId: userId, actorRole: "CUSTOMER", targetType: "Customer", targetId: user.customerId }]);
    expect(JSON.stringify((await auditRows("customer.register"))[0]!.summary)).not.toContain("Secret123");
  });

  it("records consent to the notice in force and the marketing answers, in the same transaction", async () => {
    const { userId } = await registerCustomer(input({ marketingSms: true }));
    const consents = await db.consent.findMany({ where: { userId }, orderBy: { kind: "asc" } });
    expect(consents.map((c) => [c.kind, c.granted, c.noticeVersion, c.source])).toEqual([
      ["MARKETING_EMAIL", false, null, "register"],
      ["MARKETING_SMS", true, null, "register"],
      ["PRIVACY_NOTICE", true, "2026-06", "register"],
    ]);
    expect((await auditRows("customer.register"))[0]!.summary).toMatchObject({ noticeVersion: "2026-06", marketingSms: true, marketingEmail: false });
  });

  it("stores no e-mail when none is given", async () => {
    const { userId } = await registerCustomer(input({ email: "" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBeNull();
  });

  it("refuses a phone number that is taken, by an account or a counter customer", async () => {
    const a = await makeCustomer();
    const before = await rowCounts();
    const error = await rejectionOf(() => registerCustomer(input({ phone: a.customer.phone, email: "new@example.com" })));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.registrationFailed", fieldErrors: { phone: ["validation.phoneTaken"] } });

    await db.customer.create({ data: { type: "PERSONAL", name: "柜台客户", phone: "13700137000", area: "北京" } });
    await expect(registerCustomer(input({ phone: "13700137000", email: "other@example.com" }))).rejects.toMatchObject({ fieldErrors: { phone: ["validation.phoneTaken"] } });
    expect((await rowCounts()).users).toBe(before.users);
  });

  it("refuses an e-mail address that is taken, also by staff", async () => {
    const staff = await makeStaff("AGENT");
    const error = await rejectionOf(() => registerCustomer(input({ email: staff.user.email! })));
    expect(error).toMatchObject({ key: "errors.registrationFailed", fieldErrors: { email: ["validation.emailTaken"] } });
    expect(error).not.toHaveProperty("fieldErrors.phone");
    expect(await db.customer.count()).toBe(0);
    expect(await auditRows("customer.register")).toEqual([]);
  });

  it("reports both fields when both are taken", async () => {
    await registerCustomer(input());
    await expect(registerCustomer(input())).rejects.toMatchObject({ fieldErrors: { phone: ["validation.phoneTaken"], email: ["validation.emailTaken"] } });
  });
});

describe("getMyContactPhone", () => {
  it("gives the customer their own phone, unmasked", async () => {
    const a = await makeCustomer();
    await makeCustomer();
    expect(await getMyContactPhone(a.actor)).toBe(a.customer.phone);
  });

  it("gives an empty string for an unknown customer", async () => {
    expect(await getMyContactPhone({ customerId: "missing" })).toBe("");
  });
});
