import { describe, expect, it } from "vitest";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages, fieldMessages } from "@/prisma/test/zod";
import {
  acceptRequestSchema,
  closeRequestSchema,
  confirmRequestSchema,
  provideInfoSchema,
  reopenRequestSchema,
  requestInfoSchema,
  resolveRequestSchema,
  returnRequestSchema,
  startRequestSchema,
  withdrawRequestSchema,
} from "./request";

describe("transition schemas", () => {
  const base = { srn: "sr20261128000001", version: 3 };

  it("accept: optional message up to 500 characters; the SRN is normalised", () => {
    expect(acceptRequestSchema.parse({ ...base, message: "" })).toEqual({ srn: "SR20261128000001", version: 3, message: "" });
    expect(fieldMessages(acceptRequestSchema, { ...base, message: "x".repeat(501) })).toEqual({ message: ["validation.tooLong.500"] });
    expect(fieldMessages(acceptRequestSchema, { ...base, srn: "SR1", message: "" })).toEqual({ srn: ["validation.srn"] });
    expect(fieldMessages(acceptRequestSchema, { ...base, version: 0, message: "" })).toHaveProperty("version");
  });

  it("return: a reason of 5–500 characters", () => {
    expect(returnRequestSchema.safeParse({ ...base, reason: "资料不全，请补充" }).success).toBe(true);
    expect(fieldMessages(returnRequestSchema, { ...base, reason: "no" })).toEqual({ reason: ["validation.tooShort.5"] });
    expect(fieldMessages(returnRequestSchema, { ...base, reason: "x".repeat(501) })).toEqual({ reason: ["validation.tooLong.500"] });
  });

  it("start: like accept, an optional message", () => {
    expect(startRequestSchema.parse({ ...base, message: " 已派单 " })).toEqual({ srn: "SR20261128000001", version: 3, message: "已派单" });
    expect(fieldMessages(startRequestSchema, { ...base, message: "x".repeat(501) })).toEqual({ message: ["validation.tooLong.500"] });
  });

  it.each([
    ["requestInfo", requestInfoSchema, "question", 500],
    ["provideInfo", provideInfoSchema, "information", 1000],
    ["resolve", resolveRequestSchema, "result", 1000],
    ["reopen", reopenRequestSchema, "reason", 500],
    ["close", closeRequestSchema, "reason", 500],
  ] as const)("%s: a text of 5–%i characters in %s", (_name, schema, field, max) => {
    expect(schema.safeParse({ ...base, [field]: "请提供光猫背面的照片" }).success).toBe(true);
    expect(fieldMessages(schema, { ...base, [field]: "  " })).toEqual({ [field]: ["validation.tooShort.5"] });
    expect(fieldMessages(schema, { ...base, [field]: "x".repeat(max + 1) })).toEqual({ [field]: [`validation.tooLong.${max}`] });
    expect(fieldMessages(schema, { ...base, version: 0, [field]: "足够长的文字" })).toHaveProperty("version");
  });

  it("confirm: SRN and version", () => {
    expect(confirmRequestSchema.parse(base)).toEqual({ srn: "SR20261128000001", version: 3 });
    expect(fieldMessages(confirmRequestSchema, { srn: "x", version: 1 })).toEqual({ srn: ["validation.srn"] });
  });

  it("withdraw: SRN and version", () => {
    expect(withdrawRequestSchema.safeParse(base).success).toBe(true);
    expect(fieldMessages(withdrawRequestSchema, { srn: "", version: 1 })).toEqual({ srn: ["validation.srn"] });
  });
});

it("every key the transition schemas report exists in both message files", () => {
  const keys = [
    ...allMessages(acceptRequestSchema, { srn: "x", version: 1, message: "x".repeat(501) }),
    ...allMessages(returnRequestSchema, { srn: "x", version: 1, reason: "" }),
    ...allMessages(returnRequestSchema, { srn: "SR20261128000001", version: 1, reason: "abc" }),
    ...allMessages(requestInfoSchema, { srn: "x", version: 1, question: "x".repeat(501) }),
    ...allMessages(provideInfoSchema, { srn: "x", version: 1, information: "x".repeat(1001) }),
    ...allMessages(resolveRequestSchema, { srn: "x", version: 1, result: "" }),
    ...allMessages(reopenRequestSchema, { srn: "x", version: 1, reason: "abc" }),
    ...allMessages(closeRequestSchema, { srn: "x", version: 1, reason: "x".repeat(501) }),
  ];
  expect(keys.length).toBeGreaterThan(10);
  // zod's own default messages (e.g. for a wrong type) are not keys; only ours must resolve.
  for (const key of keys.filter((k) => /^(validation|errors)\./.test(k))) expect(localesMissing(key), key).toEqual([]);
});
