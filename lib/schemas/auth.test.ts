import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages, fieldMessages } from "@/prisma/test/zod";
import { loginFormSchema, loginSchema, passwordSchema, registerSchema } from "./auth";

const register = { name: "张伟", phone: "13812345678", email: "", password: "Secret123", confirmPassword: "Secret123", acceptPrivacy: true };

describe("loginSchema", () => {
  it("accepts a mobile number or an e-mail", () => {
    expect(loginSchema.safeParse({ identifier: "13812345678", password: "x" }).success).toBe(true);
    expect(loginSchema.safeParse({ identifier: " agent@example.com ", password: "x" }).success).toBe(true);
  });

  it("reports the keys of bad input", () => {
    const empty = fieldMessages(loginSchema, { identifier: "", password: "" });
    // The form shows the first message; the format check also reports on an empty value.
    expect(empty.identifier?.[0]).toBe("validation.required");
    expect(empty.password).toEqual(["validation.required"]);
    expect(fieldMessages(loginSchema, { identifier: "zhang", password: "x" })).toEqual({ identifier: ["validation.identifier"] });
    expect(fieldMessages(loginSchema, { identifier: "12345678901", password: "x" })).toEqual({ identifier: ["validation.identifier"] });
    expect(fieldMessages(loginSchema, { identifier: "13812345678", password: "x".repeat(129) })).toEqual({ password: ["validation.passwordTooLong"] });
  });

  it("loginFormSchema also takes an optional next path", () => {
    expect(loginFormSchema.parse({ identifier: "13812345678", password: "x", next: "/account" }).next).toBe("/account");
    expect(loginFormSchema.safeParse({ identifier: "13812345678", password: "x" }).success).toBe(true);
  });
});

describe("passwordSchema", () => {
  it("wants 8–128 characters with letters and digits", () => {
    expect(passwordSchema.safeParse("Secret12").success).toBe(true);
    expect(allMessages(passwordSchema, "Ab1")).toContain("validation.passwordTooShort");
    expect(allMessages(passwordSchema, `a1${"x".repeat(127)}`)).toContain("validation.passwordTooLong");
    expect(allMessages(passwordSchema, "abcdefgh")).toEqual(["validation.passwordWeak"]);
    expect(allMessages(passwordSchema, "12345678")).toEqual(["validation.passwordWeak"]);
  });
});

describe("registerSchema", () => {
  it("accepts a valid registration, with or without e-mail", () => {
    expect(registerSchema.safeParse(register).success).toBe(true);
    expect(registerSchema.parse({ ...register, email: "Zhang@Example.com" }).email).toBe("zhang@example.com");
  });

  it("reports each bad field under its own name", () => {
    expect(fieldMessages(registerSchema, { ...register, name: " " })).toEqual({ name: ["validation.required"] });
    expect(fieldMessages(registerSchema, { ...register, name: "名".repeat(51) })).toEqual({ name: ["validation.tooLong.50"] });
    expect(fieldMessages(registerSchema, { ...register, phone: "123" })).toEqual({ phone: ["validation.phone"] });
    expect(fieldMessages(registerSchema, { ...register, email: "bad" })).toHaveProperty("email");
    expect(fieldMessages(registerSchema, { ...register, confirmPassword: "Secret124" })).toEqual({ confirmPassword: ["validation.passwordMismatch"] });
    expect(fieldMessages(registerSchema, { ...register, confirmPassword: "" })).toHaveProperty("confirmPassword", expect.arrayContaining(["validation.required"]));
  });

  it("every key it reports exists in both message files", () => {
    const bad = [
      { ...register, name: "", phone: "1", email: "bad", password: "short", confirmPassword: "" },
      { ...register, password: "abcdefgh", confirmPassword: "abcdefgh" },
      { ...register, confirmPassword: "other1234" },
      { ...register, acceptPrivacy: false },
    ];
    const keys = bad.flatMap((input) => allMessages(registerSchema, input));
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) expect(localesMissing(key), key).toEqual([]);
  });
});
