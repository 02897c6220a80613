import { describe, expect, it } from "vitest";
import { completePrivacyRequestSchema, marketingConsentSchema, phoneChangeSchema, phoneCodeSchema, privacyRequestSchema, profileSchema, refusePrivacyRequestSchema } from "./privacy";
import { registerSchema } from "./auth";

const messages = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("profileSchema", () => {
  it("trims, lower-cases e-mails and allows empty e-mails", () => {
    expect(profileSchema.parse({ displayName: " 张伟 ", email: "ZW@Example.com ", contactEmail: "" })).toEqual({ displayName: "张伟", email: "zw@example.com", contactEmail: "" });
  });

  it("needs a name and valid e-mails", () => {
    expect(messages(profileSchema.safeParse({ displayName: " ", email: "x@", contactEmail: "nope" }))).toEqual({
      displayName: "validation.required",
      email: "validation.email",
      contactEmail: "validation.email",
    });
  });
});

describe("phone change", () => {
  it("wants a mainland mobile number", () => {
    expect(phoneCodeSchema.safeParse({ newPhone: "13912345678" }).success).toBe(true);
    expect(messages(phoneCodeSchema.safeParse({ newPhone: "1234" }))).toEqual({ newPhone: "validation.phone" });
  });

  it("wants six digits and the password", () => {
    expect(phoneChangeSchema.safeParse({ newPhone: "13912345678", code: " 012345 ", password: "x" }).success).toBe(true);
    expect(messages(phoneChangeSchema.safeParse({ newPhone: "13912345678", code: "12345a", password: "" }))).toEqual({
      code: "validation.trackingCode",
      password: "validation.required",
    });
  });
});

describe("consents and requests", () => {
  it("only marketing consents can be switched", () => {
    expect(marketingConsentSchema.safeParse({ kind: "MARKETING_SMS", granted: false }).success).toBe(true);
    expect(marketingConsentSchema.safeParse({ kind: "PRIVACY_NOTICE", granted: false }).success).toBe(false);
  });

  it("a privacy request names a kind and says enough", () => {
    expect(messages(privacyRequestSchema.safeParse({ kind: "", details: "短" }))).toEqual({ kind: "validation.choose", details: "validation.tooShort.10" });
    expect(privacyRequestSchema.safeParse({ kind: "DELETION", details: "请删除我的全部通知记录和评价留言。" }).success).toBe(true);
  });

  it("completing removes duplicate categories and refuses unknown ones", () => {
    expect(completePrivacyRequestSchema.parse({ id: "x", version: 1, outcome: "已按要求删除。", erase: ["notifications", "notifications"] }).erase).toEqual(["notifications"]);
    expect(completePrivacyRequestSchema.parse({ id: "x", version: 1, outcome: "已按要求删除。" }).erase).toEqual([]);
    expect(completePrivacyRequestSchema.safeParse({ id: "x", version: 1, outcome: "已按要求删除。", erase: ["identity"] }).success).toBe(false);
  });

  it("a refusal needs a reason of at least 10 characters", () => {
    expect(messages(refusePrivacyRequestSchema.safeParse({ id: "x", version: 1, reason: "不行" }))).toEqual({ reason: "validation.tooShort.10" });
  });
});

describe("registerSchema consents", () => {
  const base = { name: "王五", phone: "13912345678", email: "", password: "Passw0rd1", confirmPassword: "Passw0rd1" };

  it("needs the privacy notice accepted; marketing is optional and off by default", () => {
    expect(messages(registerSchema.safeParse({ ...base, acceptPrivacy: false }))).toEqual({ acceptPrivacy: "validation.acceptPrivacy" });
    expect(registerSchema.parse({ ...base, acceptPrivacy: true })).toMatchObject({ acceptPrivacy: true, marketingSms: false, marketingEmail: false });
    expect(registerSchema.parse({ ...base, acceptPrivacy: true, marketingSms: true })).toMatchObject({ marketingSms: true });
  });
});
