import { describe, expect, it } from "vitest";
import { parseAreaFilter, statusConfirmSchema, statusSubscribeSchema, statusUnsubscribeSchema, waitForRestoreSchema } from "./status";

const errors = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("statusSubscribeSchema", () => {
  it("takes a listed area and a mainland mobile number for SMS", () => {
    expect(statusSubscribeSchema.parse({ area: " 北京市朝阳区 ", channel: "SMS", address: " 13912345678 " })).toEqual({ area: "北京市朝阳区", channel: "SMS", address: "13912345678" });
  });

  it("takes an e-mail address for EMAIL, lower-cased", () => {
    expect(statusSubscribeSchema.parse({ area: "上海市", channel: "EMAIL", address: "Ops@Example.CN" }).address).toBe("ops@example.cn");
  });

  it("refuses an address that does not suit the channel, an unknown area and an unknown channel, with message keys", () => {
    expect(errors(statusSubscribeSchema.safeParse({ area: "北京市", channel: "SMS", address: "ops@example.cn" }))).toEqual({ address: "validation.phone" });
    expect(errors(statusSubscribeSchema.safeParse({ area: "北京市", channel: "EMAIL", address: "13912345678" }))).toEqual({ address: "validation.email" });
    expect(errors(statusSubscribeSchema.safeParse({ area: "北京市", channel: "SMS", address: "12912345678" }))).toEqual({ address: "validation.phone" });
    expect(errors(statusSubscribeSchema.safeParse({ area: "火星", channel: "SMS", address: "13912345678" }))).toEqual({ area: "status.validation.area" });
    expect(errors(statusSubscribeSchema.safeParse({ area: "", channel: "FAX", address: "13912345678" }))).toEqual({ area: "status.validation.area", channel: "status.validation.channel" });
    // Every error at once: the address is checked while the area is still missing.
    expect(errors(statusSubscribeSchema.safeParse({ area: "", channel: "SMS", address: "12345" }))).toEqual({ area: "status.validation.area", address: "validation.phone" });
  });
});

describe("statusConfirmSchema", () => {
  it("needs a 6-digit code as well", () => {
    expect(statusConfirmSchema.parse({ area: "北京市", channel: "SMS", address: "13912345678", code: " 012345 " }).code).toBe("012345");
    expect(errors(statusConfirmSchema.safeParse({ area: "北京市", channel: "SMS", address: "13912345678", code: "12345a" }))).toEqual({ code: "validation.trackingCode" });
  });
});

describe("other inputs", () => {
  it("unsubscribe needs a token of sane length; waiting needs a line id", () => {
    expect(statusUnsubscribeSchema.safeParse({ token: "" }).success).toBe(false);
    expect(statusUnsubscribeSchema.safeParse({ token: "x".repeat(201) }).success).toBe(false);
    expect(statusUnsubscribeSchema.parse({ token: "abc.def" })).toEqual({ token: "abc.def" });
    expect(waitForRestoreSchema.safeParse({ lineId: "" }).success).toBe(false);
  });

  it("the history filter accepts listed areas only", () => {
    expect(parseAreaFilter("北京市海淀区")).toBe("北京市海淀区");
    expect(parseAreaFilter(["上海市", "北京市"])).toBe("上海市");
    expect(parseAreaFilter("<script>")).toBeNull();
    expect(parseAreaFilter(undefined)).toBeNull();
  });
});
