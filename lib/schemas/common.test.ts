import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages } from "@/prisma/test/zod";
import { emailSchema, idempotencyKeySchema, idSchema, optionalEmailSchema, phoneSchema, srnSchema, text, versionSchema } from "./common";

describe("phoneSchema", () => {
  it.each(["13812345678", " 19912345678 ", "14700000000"])("accepts %j", (v) => {
    expect(phoneSchema.parse(v)).toBe(v.trim());
  });
  it.each(["12812345678", "1381234567", "138123456789", "+8613812345678", "138-1234-5678", "", "abcdefghijk"])("rejects %j with validation.phone", (v) => {
    expect(allMessages(phoneSchema, v)).toEqual(["validation.phone"]);
  });
});

describe("emailSchema", () => {
  it("trims and lower-cases", () => {
    expect(emailSchema.parse("  Zhang.Wei@Example.COM ")).toBe("zhang.wei@example.com");
  });
  it.each(["zhang", "a@", "@b.com", "a b@c.com", `${"a".repeat(250)}@b.com`])("rejects %j with validation.email", (v) => {
    expect(allMessages(emailSchema, v)).toContain("validation.email");
    expect(new Set(allMessages(emailSchema, v))).toEqual(new Set(["validation.email"]));
  });
  it("optionalEmailSchema allows an empty string only besides e-mails", () => {
    expect(optionalEmailSchema.parse("")).toBe("");
    expect(optionalEmailSchema.parse("A@B.CN")).toBe("a@b.cn");
    expect(optionalEmailSchema.safeParse("nope").success).toBe(false);
  });
});

describe("other common fields", () => {
  it("idempotencyKeySchema wants a UUID", () => {
    expect(idempotencyKeySchema.safeParse("3f2b8f3e-6c1a-4e8b-9d1e-2f4a5b6c7d8e").success).toBe(true);
    expect(allMessages(idempotencyKeySchema, "not-a-uuid")).toEqual(["validation.idempotencyKey"]);
  });

  it("srnSchema upper-cases and wants SR + 14 digits", () => {
    expect(srnSchema.parse(" sr20261128000001 ")).toBe("SR20261128000001");
    expect(allMessages(srnSchema, "SR2026112800001")).toEqual(["validation.srn"]);
    expect(allMessages(srnSchema, "XX20261128000001")).toEqual(["validation.srn"]);
  });

  it("versionSchema wants a positive integer", () => {
    expect(versionSchema.safeParse(1).success).toBe(true);
    for (const v of [0, -1, 1.5, "1"]) expect(versionSchema.safeParse(v).success, String(v)).toBe(false);
  });

  it("idSchema is required and short", () => {
    expect(allMessages(idSchema, "")).toEqual(["validation.required"]);
    expect(idSchema.safeParse("x".repeat(41)).success).toBe(false);
  });

  it("text() trims and reports required, tooShort.N and tooLong.N", () => {
    expect(text(1, 50).parse("  hi  ")).toBe("hi");
    expect(allMessages(text(1, 50), "   ")).toEqual(["validation.required"]);
    expect(allMessages(text(10, 1000), "short")).toEqual(["validation.tooShort.10"]);
    expect(allMessages(text(5, 500), "x".repeat(501))).toEqual(["validation.tooLong.500"]);
  });

  it("every key these fields report exists in both message files", () => {
    const keys = [
      ...allMessages(phoneSchema, ""),
      ...allMessages(emailSchema, "x"),
      ...allMessages(idempotencyKeySchema, "x"),
      ...allMessages(srnSchema, "x"),
      ...allMessages(idSchema, ""),
      ...allMessages(text(1, 50), ""),
      ...allMessages(text(1, 50), "x".repeat(51)),
    ];
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect(localesMissing(key), key).toEqual([]);
  });
});
