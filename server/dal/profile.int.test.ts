import { beforeEach, describe, expect, it, vi } from "vitest";
import { ONE_TIME_CODE_MAX_ATTEMPTS, ONE_TIME_CODE_TTL_MS } from "@/lib/domain/one-time-code";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { TEST_PASSWORD, makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError } from "../action";
import { db } from "../db";
import { PHONE_CHANGE, confirmPhoneChange, getMyProfile, requestPhoneCode, updateMyProfile } from "./profile";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

let n = 0;
const newPhone = () => `137${String(Date.now() % 1e4).padStart(4, "0")}${String(++n).padStart(4, "0")}`;

/** The code texted to `phone`, as the SMS carries it (the newest one). */
async function textedCode(phone: string): Promise<string> {
  const sms = await db.notification.findFirst({ where: { address: phone, template: "privacy.phoneCode" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return (sms!.payload as { code: string }).code;
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const fieldErrorsOf = async (fn: () => Promise<unknown>) => ((await rejectionOf(fn)) as ExpectedError).fieldErrors;

describe("getMyProfile / updateMyProfile", () => {
  it("shows the customer their own data with the ID number masked", async () => {
    const c = await makeCustomer();
    const profile = await getMyProfile(c.actor);
    expect(profile).toMatchObject({ displayName: c.user.displayName, phone: c.user.phone, email: c.user.email, contactEmail: c.customer.email, realName: { name: c.customer.name } });
    expect(profile.realName.idNumberMasked).toMatch(/^1101\*+\d{4}$/);
    expectNoSecrets(profile);
  });

  it("corrects the name and e-mails, audits the field names, and leaves other customers alone", async () => {
    const c = await makeCustomer();
    const other = await makeCustomer();
    const result = await updateMyProfile(c.actor, { displayName: "张小伟", email: "new.me@example.com", contactEmail: "" });
    expect(result.changed).toEqual(["displayName", "email", "contactEmail"]);
    expect(await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).toMatchObject({ displayName: "张小伟", email: "new.me@example.com" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: c.customer.id } })).email).toBeNull();
    expect(await auditRows("profile.update")).toMatchObject([{ actorId: c.user.id, summary: { fields: ["displayName", "email", "contactEmail"] } }]);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.user.id } })).toMatchObject({ displayName: other.user.displayName, email: other.user.email });
  });

  it("refuses an e-mail another account uses, and changes nothing", async () => {
    const c = await makeCustomer();
    const other = await makeCustomer();
    expect(await fieldErrorsOf(() => updateMyProfile(c.actor, { displayName: "改名", email: other.user.email!, contactEmail: "" }))).toEqual({ email: ["validation.emailTaken"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).displayName).toBe(c.user.displayName);
    expect(await auditRows("profile.update")).toEqual([]);
  });

  it("writes nothing when nothing changed", async () => {
    const c = await makeCustomer();
    expect((await updateMyProfile(c.actor, { displayName: c.user.displayName, email: c.user.email!, contactEmail: c.customer.email! })).changed).toEqual([]);
    expect(await db.auditLog.count()).toBe(0);
  });

  it.each(["AGENT", "ADMIN"] as const)("refuses staff (%s)", async (role) => {
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => getMyProfile(staff.actor))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => updateMyProfile(staff.actor, { displayName: "x", email: "", contactEmail: "" }))).toBeInstanceOf(ForbiddenError);
  });
});

describe("requestPhoneCode", () => {
  it("texts a 6-digit code to the new number and stores only its hash, for 10 minutes", async () => {
    const c = await makeCustomer();
    const phone = newPhone();
    const now = new Date();
    await requestPhoneCode(c.actor, { newPhone: phone }, now);
    const code = await textedCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.oneTimeCode.findFirstOrThrow({ where: { userId: c.user.id } });
    expect(stored).toMatchObject({ purpose: PHONE_CHANGE, subject: phone, attempts: 0, consumedAt: null });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(ONE_TIME_CODE_TTL_MS);
    const sms = await db.notification.findFirstOrThrow({ where: { template: "privacy.phoneCode" } });
    expect(sms).toMatchObject({ recipientId: c.user.id, channel: "SMS", address: phone, status: "PENDING" });
    expect(await auditRows("profile.phone_code_sent")).toMatchObject([{ actorId: c.user.id, summary: { to: `${phone.slice(0, 3)}****${phone.slice(-4)}` } }]);
  });

  it("refuses the current number and a number someone else has, sending nothing", async () => {
    const c = await makeCustomer();
    const other = await makeCustomer();
    expect(await fieldErrorsOf(() => requestPhoneCode(c.actor, { newPhone: c.user.phone! }))).toEqual({ newPhone: ["privacy.errors.phoneSame"] });
    expect(await fieldErrorsOf(() => requestPhoneCode(c.actor, { newPhone: other.user.phone! }))).toEqual({ newPhone: ["privacy.errors.phoneInUse"] });
    // A customer record with that contact phone (a counter customer without an account) counts too.
    const counter = await db.customer.create({ data: { type: "PERSONAL", name: "柜台客户", phone: newPhone(), area: "北京" } });
    expect(await fieldErrorsOf(() => requestPhoneCode(c.actor, { newPhone: counter.phone }))).toEqual({ newPhone: ["privacy.errors.phoneInUse"] });
    expect(await db.oneTimeCode.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("sends at most 3 codes to one number in 15 minutes", async () => {
    const c = await makeCustomer();
    const phone = newPhone();
    for (let i = 0; i < 3; i++) await requestPhoneCode(c.actor, { newPhone: phone });
    expect(((await rejectionOf(() => requestPhoneCode(c.actor, { newPhone: phone }))) as ExpectedError).key).toBe("privacy.errors.codeThrottled");
    expect(await db.oneTimeCode.count()).toBe(3);
  });

  it.each(["AGENT", "SUPERVISOR"] as const)("refuses staff (%s)", async (role) => {
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => requestPhoneCode(staff.actor, { newPhone: newPhone() }))).toBeInstanceOf(ForbiddenError);
    expect(await db.notification.count()).toBe(0);
  });
});

describe("confirmPhoneChange", () => {
  async function withCode() {
    const c = await makeCustomer();
    const phone = newPhone();
    await requestPhoneCode(c.actor, { newPhone: phone });
    return { c, phone, code: await textedCode(phone) };
  }

  it("changes the sign-in and contact phone together, ends other sessions, tells the old number, audits", async () => {
    const { c, phone, code } = await withCode();
    const oldPhone = c.user.phone!;
    expect(await confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD })).toEqual({ phone });
    const user = await db.user.findUniqueOrThrow({ where: { id: c.user.id } });
    expect(user).toMatchObject({ phone, sessionVersion: c.user.sessionVersion + 1 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: c.customer.id } })).phone).toBe(phone);
    expect((await db.oneTimeCode.findFirstOrThrow({ where: { userId: c.user.id } })).consumedAt).not.toBeNull();
    const toOld = await db.notification.findFirstOrThrow({ where: { template: "privacy.phoneChanged", address: oldPhone } });
    expect(toOld).toMatchObject({ recipientId: c.user.id, channel: "SMS", payload: { phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` } });
    expect(await db.notification.count({ where: { template: "privacy.phoneChanged", channel: "IN_APP", recipientId: c.user.id } })).toBe(1);
    expect(await auditRows("profile.phone_change")).toMatchObject([{ actorId: c.user.id, summary: { from: `${oldPhone.slice(0, 3)}****${oldPhone.slice(-4)}` } }]);
    // The line's number is the service number, not the contact phone: it does not change.
    expect((await db.line.findUniqueOrThrow({ where: { id: c.line.id } })).number).toBe(c.line.number);
  });

  it("works once", async () => {
    const { c, phone, code } = await withCode();
    await confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD });
    // Back to the old number with the same code: refused (the code is used; and it was for the other number).
    await db.user.update({ where: { id: c.user.id }, data: { phone: c.user.phone } });
    await db.customer.update({ where: { id: c.customer.id }, data: { phone: c.customer.phone } });
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
  });

  it("dies after 5 wrong codes: the right one is refused afterwards", async () => {
    const { c, phone, code } = await withCode();
    for (let i = 0; i < ONE_TIME_CODE_MAX_ATTEMPTS; i++) {
      expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code: wrong(code), password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    }
    expect((await db.oneTimeCode.findFirstOrThrow({ where: { userId: c.user.id } })).attempts).toBe(5);
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).phone).toBe(c.user.phone);
    expect((await auditRows("profile.phone_change_failed")).map((a) => (a.summary as { reason: string }).reason)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong", "exhausted"]);
  });

  it("needs the current password; a wrong one spends a try and changes nothing", async () => {
    const { c, phone, code } = await withCode();
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: "WrongPass1" }))).toEqual({ password: ["privacy.errors.passwordWrong"] });
    expect((await db.oneTimeCode.findFirstOrThrow({ where: { userId: c.user.id } })).attempts).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).phone).toBe(c.user.phone);
    // The right password afterwards still works with the same code.
    expect(await confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD })).toEqual({ phone });
  });

  it("locks the step for 15 minutes after 5 wrong passwords", async () => {
    const { c, phone, code } = await withCode();
    for (let i = 0; i < 5; i++) {
      expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: "WrongPass1" }))).toEqual({ password: ["privacy.errors.passwordWrong"] });
    }
    const error = await rejectionOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }));
    expect((error as ExpectedError).key).toBe("privacy.errors.tooManyTries");
    expect((await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).phone).toBe(c.user.phone);
  });

  it("expires after 10 minutes", async () => {
    const c = await makeCustomer();
    const phone = newPhone();
    const issued = new Date();
    await requestPhoneCode(c.actor, { newPhone: phone }, issued);
    const code = await textedCode(phone);
    const late = new Date(issued.getTime() + ONE_TIME_CODE_TTL_MS);
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }, late))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    expect(await confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }, new Date(late.getTime() - 1000))).toEqual({ phone });
  });

  it("binds the code to the number it was sent to, and only the newest code counts", async () => {
    const c = await makeCustomer();
    const first = newPhone();
    const second = newPhone();
    await requestPhoneCode(c.actor, { newPhone: first });
    const firstCode = await textedCode(first);
    await requestPhoneCode(c.actor, { newPhone: second });
    // The first number's code is retired by the second request, and never confirms the second number.
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: first, code: firstCode, password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: second, code: firstCode, password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    expect(await confirmPhoneChange(c.actor, { newPhone: second, code: await textedCode(second), password: TEST_PASSWORD })).toEqual({ phone: second });
  });

  it("another customer cannot use my code, and a number taken meanwhile is refused", async () => {
    const { c, phone, code } = await withCode();
    const other = await makeCustomer();
    expect(await fieldErrorsOf(() => confirmPhoneChange(other.actor, { newPhone: phone, code, password: TEST_PASSWORD }))).toEqual({ code: ["privacy.errors.codeInvalid"] });
    await db.user.update({ where: { id: other.user.id }, data: { phone } });
    expect(await fieldErrorsOf(() => confirmPhoneChange(c.actor, { newPhone: phone, code, password: TEST_PASSWORD }))).toEqual({ newPhone: ["privacy.errors.phoneInUse"] });
    expect((await db.user.findUniqueOrThrow({ where: { id: c.user.id } })).phone).toBe(c.user.phone);
  });

  it("refuses staff", async () => {
    const staff = await makeStaff("SUPERVISOR");
    expect(await rejectionOf(() => confirmPhoneChange(staff.actor, { newPhone: newPhone(), code: "123456", password: TEST_PASSWORD }))).toBeInstanceOf(ForbiddenError);
  });
});
