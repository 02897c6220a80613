import { describe, expect, it } from "vitest";
import { maskEmail, maskIdNumber, maskPhone, phoneTail } from "./mask";

describe("maskPhone", () => {
  it("keeps the first 3 and last 4 digits of a mobile number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone(" 13812345678 ")).toBe("138****5678");
  });

  it("keeps the first 3 and last 4 of other long numbers", () => {
    expect(maskPhone("01012345678")).toBe("010****5678");
    expect(maskPhone("12345678")).toBe("123*5678");
  });

  it("shows at most the last 4 of short values, and nothing of 4 or fewer", () => {
    expect(maskPhone("1234567")).toBe("***4567");
    expect(maskPhone("12345")).toBe("*2345");
    expect(maskPhone("1234")).toBe("****");
    expect(maskPhone("1")).toBe("*");
  });

  it("returns an empty string for empty input", () => {
    expect(maskPhone("")).toBe("");
    expect(maskPhone(null)).toBe("");
    expect(maskPhone(undefined)).toBe("");
  });
});

describe("maskIdNumber", () => {
  it("keeps the first 4 and last 4 characters", () => {
    expect(maskIdNumber("110101199003071234")).toBe("1101**********1234");
    expect(maskIdNumber("11010119900307123X")).toBe("1101**********123X");
  });

  it("hides short values completely", () => {
    expect(maskIdNumber("12345678")).toBe("********");
    expect(maskIdNumber("123")).toBe("***");
    expect(maskIdNumber("")).toBe("");
    expect(maskIdNumber(null)).toBe("");
  });
});

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("zhang.wei@example.com")).toBe("z********@example.com");
    expect(maskEmail("ab@example.com")).toBe("a*@example.com");
  });

  it("never shows a one-letter local part", () => {
    expect(maskEmail("a@example.com")).toBe("a*@example.com");
  });

  it("masks values without a usable @ like a number", () => {
    expect(maskEmail("13812345678")).toBe("138****5678");
    expect(maskEmail("@example.com")).not.toContain("example");
    expect(maskEmail("")).toBe("");
    expect(maskEmail(null)).toBe("");
  });
});

describe("phoneTail", () => {
  it("is the last four digits", () => {
    expect(phoneTail("13812345678")).toBe("5678");
  });
});
