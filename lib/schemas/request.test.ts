import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toCstLocal } from "@/lib/domain/time";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages, fieldMessages } from "@/prisma/test/zod";
import { FAULT_SYMPTOMS, acceptRequestSchema, createFaultRequestSchema, returnRequestSchema, withdrawRequestSchema } from "./request";

const NOW = new Date("2026-11-28T04:00:00Z");
const ago = (ms: number) => toCstLocal(new Date(NOW.getTime() - ms));
const DAY = 86_400_000;

const fault = {
  lineId: "line_1",
  symptom: "NO_SIGNAL",
  since: ago(3_600_000),
  description: "家里和公司都没有信号，重启无效。",
  contactPhone: "13812345678",
  allowDuplicate: false,
  idempotencyKey: "3f2b8f3e-6c1a-4e8b-9d1e-2f4a5b6c7d8e",
};

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

describe("createFaultRequestSchema", () => {
  it("accepts a valid report for every symptom", () => {
    for (const symptom of FAULT_SYMPTOMS) expect(createFaultRequestSchema.safeParse({ ...fault, symptom }).success, symptom).toBe(true);
  });

  it.each([
    [{ lineId: "" }, { lineId: ["validation.required"] }],
    [{ symptom: "BROKEN" }, { symptom: ["validation.symptom"] }],
    [{ since: "" }, { since: ["validation.required", "validation.dateTime"] }],
    [{ since: "2026-02-30T10:00" }, { since: ["validation.dateTime"] }],
    [{ since: "yesterday" }, { since: ["validation.dateTime"] }],
    [{ since: toCstLocal(new Date(NOW.getTime() + 3_600_000)) }, { since: ["validation.notInFuture"] }],
    [{ since: ago(91 * DAY) }, { since: ["validation.tooLongAgo"] }],
    [{ description: "太短" }, { description: ["validation.tooShort.10"] }],
    [{ description: "长".repeat(1001) }, { description: ["validation.tooLong.1000"] }],
    [{ contactPhone: "010-12345678" }, { contactPhone: ["validation.phone"] }],
    [{ idempotencyKey: "1" }, { idempotencyKey: ["validation.idempotencyKey"] }],
  ])("%j → %j", (patch, expected) => {
    expect(fieldMessages(createFaultRequestSchema, { ...fault, ...patch })).toEqual(expected);
  });

  it("allows a few minutes of clock skew and up to 90 days back", () => {
    expect(createFaultRequestSchema.safeParse({ ...fault, since: toCstLocal(new Date(NOW.getTime() + 4 * 60_000)) }).success).toBe(true);
    expect(createFaultRequestSchema.safeParse({ ...fault, since: ago(89 * DAY) }).success).toBe(true);
  });

  it("requires allowDuplicate to be a boolean", () => {
    expect(createFaultRequestSchema.safeParse({ ...fault, allowDuplicate: "false" }).success).toBe(false);
    expect(fieldMessages(createFaultRequestSchema, { ...fault, allowDuplicate: undefined })).toHaveProperty("allowDuplicate");
  });
});

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

  it("withdraw: SRN and version", () => {
    expect(withdrawRequestSchema.safeParse(base).success).toBe(true);
    expect(fieldMessages(withdrawRequestSchema, { srn: "", version: 1 })).toEqual({ srn: ["validation.srn"] });
  });
});

it("every key the request schemas report exists in both message files", () => {
  const keys = [
    ...allMessages(createFaultRequestSchema, { lineId: "", symptom: "x", since: "", description: "", contactPhone: "", allowDuplicate: false, idempotencyKey: "" }),
    ...allMessages(createFaultRequestSchema, { ...fault, since: ago(100 * DAY), description: "x".repeat(1001) }),
    ...allMessages(createFaultRequestSchema, { ...fault, since: toCstLocal(new Date(NOW.getTime() + DAY)) }),
    ...allMessages(acceptRequestSchema, { srn: "x", version: 1, message: "x".repeat(501) }),
    ...allMessages(returnRequestSchema, { srn: "x", version: 1, reason: "" }),
    ...allMessages(returnRequestSchema, { srn: "SR20261128000001", version: 1, reason: "abc" }),
  ];
  expect(keys.length).toBeGreaterThan(8);
  // zod's own default messages (e.g. for a wrong type) are not keys; only ours must resolve.
  for (const key of keys.filter((k) => /^(validation|errors)\./.test(k))) expect(localesMissing(key), key).toEqual([]);
});
