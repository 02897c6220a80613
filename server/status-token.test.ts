import { describe, expect, it } from "vitest";
import { statusTokenHash, unsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "./status-token";

describe("status subscription unsubscribe tokens", () => {
  it("verifies its own token and returns the subscription id", () => {
    const token = unsubscribeToken("sub_abc");
    expect(verifyUnsubscribeToken(token)).toBe("sub_abc");
    expect(statusTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(unsubscribeUrl("sub_abc")).toContain("/status/unsubscribe?token=sub_abc.");
  });

  it("refuses a forged, altered or malformed token", () => {
    const token = unsubscribeToken("sub_abc");
    expect(verifyUnsubscribeToken(token.replace("sub_abc", "sub_abd"))).toBeNull();
    expect(verifyUnsubscribeToken(`${token}x`)).toBeNull();
    expect(verifyUnsubscribeToken("nodot")).toBeNull();
    expect(verifyUnsubscribeToken(".abc")).toBeNull();
    expect(verifyUnsubscribeToken("x".repeat(300))).toBeNull();
  });
});
