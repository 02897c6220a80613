import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages, fieldMessages } from "@/prisma/test/zod";
import { notificationSettingsSchema } from "./settings";
import { trackingRequestSchema, trackingVerifySchema } from "./tracking";

describe("trackingRequestSchema", () => {
  it("normalises the SRN and wants exactly four digits", () => {
    expect(trackingRequestSchema.parse({ srn: " sr20261128000001 ", phoneTail: " 0003 " })).toEqual({ srn: "SR20261128000001", phoneTail: "0003" });
    for (const phoneTail of ["", "123", "12345", "12a4", "１２３４"]) {
      expect(fieldMessages(trackingRequestSchema, { srn: "SR20261128000001", phoneTail }), phoneTail).toEqual({ phoneTail: ["validation.phoneTail"] });
    }
    expect(fieldMessages(trackingRequestSchema, { srn: "SR1", phoneTail: "0003" })).toEqual({ srn: ["validation.srn"] });
  });
});

describe("trackingVerifySchema", () => {
  it("wants six digits", () => {
    expect(trackingVerifySchema.parse({ srn: "SR20261128000001", code: " 012345 " }).code).toBe("012345");
    for (const code of ["", "12345", "1234567", "12ab56"]) {
      expect(fieldMessages(trackingVerifySchema, { srn: "SR20261128000001", code }), code).toEqual({ code: ["validation.trackingCode"] });
    }
  });
});

describe("notificationSettingsSchema", () => {
  it("takes two switches and a supported language; a missing switch is off", () => {
    expect(notificationSettingsSchema.parse({ notifySms: true, notifyEmail: false, locale: "en" })).toEqual({ notifySms: true, notifyEmail: false, locale: "en" });
    expect(notificationSettingsSchema.parse({ notifySms: true, locale: "zh-CN" })).toEqual({ notifySms: true, notifyEmail: false, locale: "zh-CN" });
    expect(fieldMessages(notificationSettingsSchema, { notifySms: true, notifyEmail: true, locale: "fr" })).toEqual({ locale: ["validation.locale"] });
    expect(notificationSettingsSchema.safeParse({ notifySms: "yes", notifyEmail: true, locale: "en" }).success).toBe(false);
  });
});

it("every key these schemas report exists in both message files", () => {
  const keys = [
    ...allMessages(trackingRequestSchema, { srn: "x", phoneTail: "x" }),
    ...allMessages(trackingVerifySchema, { srn: "x", code: "x" }),
    ...allMessages(notificationSettingsSchema, { notifySms: true, notifyEmail: true, locale: "x" }),
  ];
  expect(keys).toEqual(expect.arrayContaining(["validation.srn", "validation.phoneTail", "validation.trackingCode", "validation.locale"]));
  for (const key of keys) expect(localesMissing(key), key).toEqual([]);
});
