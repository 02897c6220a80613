import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it.each([
    ["/account", "/account"],
    ["/account/requests?page=2", "/account/requests?page=2"],
    ["/admin/queue?view=all&after=SR20261128000001", "/admin/queue?view=all&after=SR20261128000001"],
    ["/account/requests#top", "/account/requests"],
    ["/a/../account", "/account"],
  ])("keeps %j as %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it.each([
    "//evil.com",
    "//evil.com/account",
    "/\\evil.com",
    "/\\/evil.com",
    "https://evil.com",
    "http://servicehall.invalid/account",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "evil.com",
    "account",
    "/\t/evil.com",
    "/\n/evil.com",
    "/account\r\nSet-Cookie: x=1",
    "/acc\u0000ount",
    // Dot segments that collapse into a protocol-relative URL after parsing.
    "/.//evil.com",
    "/..//evil.com",
    "/a/..//evil.com",
    "/%2e//evil.com",
    "/./\\evil.com",
    "",
  ])("rejects %j", (value) => {
    expect(safeNextPath(value)).toBeNull();
  });

  it("rejects missing and overlong values", () => {
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(`/${"a".repeat(300)}`)).toBeNull();
    expect(safeNextPath(`/${"a".repeat(299)}`)).toBe(`/${"a".repeat(299)}`);
  });

  it("never returns something a browser would read as another site", () => {
    const tricky = ["/.//evil.com", "/%2e%2e//evil.com", "/a/b/../..//evil.com", "/.\\\\evil.com"];
    for (const value of tricky) {
      const out = safeNextPath(value);
      if (out !== null) expect(new URL(out, "https://servicehall.example").origin, value).toBe("https://servicehall.example");
    }
  });
});
