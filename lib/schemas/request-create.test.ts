import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toCstLocal } from "@/lib/domain/time";
import { localesMissing } from "@/prisma/test/messages";
import { allMessages, fieldMessages } from "@/prisma/test/zod";
import {
  ADD_ONS,
  APPOINTMENT_WINDOWS,
  CHANGE_KINDS,
  CONSULTATION_TOPICS,
  FAULT_SYMPTOMS,
  OPENING_KINDS,
  REACHABLE_TIMES,
  businessChangeSchema,
  consultationSchema,
  createRequestSchema,
  faultRepairSchema,
  serviceOpeningSchema,
  windowEnd,
} from "./request-create";

// 12:00 on 2026-11-28, China time.
const NOW = new Date("2026-11-28T04:00:00Z");
const ago = (ms: number) => toCstLocal(new Date(NOW.getTime() - ms));
const DAY = 86_400_000;
const KEY = "3f2b8f3e-6c1a-4e8b-9d1e-2f4a5b6c7d8e";

const fault = {
  type: "FAULT_REPAIR",
  lineId: "line_1",
  symptom: "NO_SIGNAL",
  since: ago(3_600_000),
  description: "家里和公司都没有信号，重启无效。",
  contactPhone: "13812345678",
  reachable: "ANYTIME",
  allowDuplicate: false,
  idempotencyKey: KEY,
};
const opening = {
  type: "SERVICE_OPENING",
  serviceKind: "BROADBAND",
  address: "北京市朝阳区望京街 8 号 3-1201",
  preferredDate: "2026-11-30",
  window: "W09_12",
  contactPhone: "13812345678",
  notes: "",
  allowDuplicate: false,
  idempotencyKey: KEY,
};
const change = {
  type: "BUSINESS_CHANGE",
  lineId: "line_1",
  changeKind: "ADD_ON",
  newAddress: "",
  effectiveDate: "",
  addOn: "INTL_ROAMING",
  newContactName: "",
  newContactPhone: "",
  description: "",
  allowDuplicate: false,
  idempotencyKey: KEY,
};
const consultation = { type: "CONSULTATION", lineId: "", topic: "BILLING", question: "本月话费为什么多了 30 元？", allowDuplicate: false, idempotencyKey: KEY };

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

describe("faultRepairSchema (故障报修)", () => {
  it("accepts a valid report for every symptom", () => {
    for (const symptom of FAULT_SYMPTOMS) expect(faultRepairSchema.safeParse({ ...fault, symptom }).success, symptom).toBe(true);
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
    [{ reachable: "" }, { reachable: ["validation.choose"] }],
    [{ reachable: "W21_24" }, { reachable: ["validation.choose"] }],
  ])("%j → %j", (patch, expected) => {
    expect(fieldMessages(faultRepairSchema, { ...fault, ...patch })).toEqual(expected);
  });

  it("allows a few minutes of clock skew and up to 90 days back", () => {
    expect(faultRepairSchema.safeParse({ ...fault, since: toCstLocal(new Date(NOW.getTime() + 4 * 60_000)) }).success).toBe(true);
    expect(faultRepairSchema.safeParse({ ...fault, since: ago(89 * DAY) }).success).toBe(true);
  });

  it("accepts every reachable time", () => {
    for (const reachable of REACHABLE_TIMES) expect(faultRepairSchema.safeParse({ ...fault, reachable }).success, reachable).toBe(true);
  });

  it("requires allowDuplicate to be a boolean", () => {
    expect(faultRepairSchema.safeParse({ ...fault, allowDuplicate: "false" }).success).toBe(false);
    expect(fieldMessages(faultRepairSchema, { ...fault, allowDuplicate: undefined })).toHaveProperty("allowDuplicate");
  });
});

describe("serviceOpeningSchema (业务开通)", () => {
  it("accepts every service kind and window; an address is optional except for broadband", () => {
    for (const serviceKind of OPENING_KINDS) expect(serviceOpeningSchema.safeParse({ ...opening, serviceKind }).success, serviceKind).toBe(true);
    for (const window of APPOINTMENT_WINDOWS) expect(serviceOpeningSchema.safeParse({ ...opening, window }).success, window).toBe(true);
    expect(serviceOpeningSchema.safeParse({ ...opening, serviceKind: "MOBILE", address: "" }).success).toBe(true);
  });

  it("books from today (a window not yet over) up to 30 days ahead, China time", () => {
    expect(serviceOpeningSchema.safeParse({ ...opening, preferredDate: "2026-11-28", window: "W12_15" }).success).toBe(true);
    expect(serviceOpeningSchema.safeParse({ ...opening, preferredDate: "2026-12-28", window: "W18_21" }).success).toBe(true);
  });

  it.each([
    [{ serviceKind: "" }, { serviceKind: ["validation.choose"] }],
    [{ address: "" }, { address: ["validation.addressBroadband"] }],
    [{ address: "望京" }, { address: ["validation.addressBroadband"] }],
    [{ serviceKind: "CLOUD", address: "北京" }, { address: ["validation.tooShort.5"] }],
    [{ address: "址".repeat(201) }, { address: ["validation.tooLong.200"] }],
    [{ preferredDate: "" }, { preferredDate: ["validation.required"] }],
    [{ preferredDate: "2026-02-30" }, { preferredDate: ["validation.date"] }],
    [{ preferredDate: "2026-11-27" }, { preferredDate: ["validation.dateWithin30"] }],
    [{ preferredDate: "2026-12-29" }, { preferredDate: ["validation.dateWithin30"] }],
    [{ preferredDate: "2026-11-28", window: "W09_12" }, { window: ["validation.windowPassed"] }],
    [{ window: "" }, { window: ["validation.choose"] }],
    [{ contactPhone: "123" }, { contactPhone: ["validation.phone"] }],
    [{ notes: "x".repeat(501) }, { notes: ["validation.tooLong.500"] }],
  ])("%j → %j", (patch, expected) => {
    expect(fieldMessages(serviceOpeningSchema, { ...opening, ...patch })).toEqual(expected);
  });

  it("reports the address together with the other fields' errors, so the form shows them at once", () => {
    expect(fieldMessages(serviceOpeningSchema, { ...opening, address: "", preferredDate: "", window: "" })).toEqual({
      address: ["validation.addressBroadband"],
      preferredDate: ["validation.required"],
      window: ["validation.choose"],
    });
    expect(fieldMessages(serviceOpeningSchema, { type: "SERVICE_OPENING" })).toHaveProperty("serviceKind");
  });

  it("windowEnd is the end of the window, China time", () => {
    expect(windowEnd("2026-11-30", "W18_21")).toEqual(new Date("2026-11-30T13:00:00Z"));
    expect(windowEnd("2026-11-30", "W09_12")).toEqual(new Date("2026-11-30T04:00:00Z"));
    expect(windowEnd("nope", "W09_12")).toBeNull();
  });
});

describe("businessChangeSchema (业务变更)", () => {
  const valid: Record<(typeof CHANGE_KINDS)[number], Record<string, string>> = {
    MOVE_ADDRESS: { newAddress: "北京市海淀区中关村大街 1 号" },
    SUSPEND: { effectiveDate: "2026-12-01" },
    RESUME: { effectiveDate: "2026-11-28" },
    ADD_ON: { addOn: "CALLER_ID" },
    REMOVE_ADD_ON: { addOn: "RINGBACK_TONE" },
    CHANGE_CONTACT: { newContactName: "王磊", newContactPhone: "13912345678" },
  };

  it("accepts each kind of change with what it needs", () => {
    for (const changeKind of CHANGE_KINDS) expect(businessChangeSchema.safeParse({ ...change, addOn: "", changeKind, ...valid[changeKind] }).success, changeKind).toBe(true);
    for (const addOn of ADD_ONS) expect(businessChangeSchema.safeParse({ ...change, addOn }).success, addOn).toBe(true);
  });

  it.each([
    [{ changeKind: "" }, { changeKind: ["validation.choose"] }],
    [{ lineId: "" }, { lineId: ["validation.required"] }],
    [{ changeKind: "MOVE_ADDRESS", newAddress: "新家" }, { newAddress: ["validation.address"] }],
    [{ changeKind: "SUSPEND" }, { effectiveDate: ["validation.required"] }],
    [{ changeKind: "RESUME", effectiveDate: "2027-01-30" }, { effectiveDate: ["validation.dateWithin30"] }],
    [{ changeKind: "ADD_ON", addOn: "" }, { addOn: ["validation.choose"] }],
    [{ changeKind: "REMOVE_ADD_ON", addOn: "FREE_CALLS" }, { addOn: ["validation.choose"] }],
    [{ changeKind: "CHANGE_CONTACT" }, { newContactName: ["validation.tooShort.2"], newContactPhone: ["validation.phone"] }],
    [{ changeKind: "CHANGE_CONTACT", newContactName: "王磊", newContactPhone: "010-1234" }, { newContactPhone: ["validation.phone"] }],
    [{ description: "x".repeat(501) }, { description: ["validation.tooLong.500"] }],
  ])("%j → %j", (patch, expected) => {
    expect(fieldMessages(businessChangeSchema, { ...change, ...patch })).toEqual(expected);
  });

  it("reports a kind's missing fields together with other errors", () => {
    expect(fieldMessages(businessChangeSchema, { ...change, lineId: "", changeKind: "MOVE_ADDRESS", addOn: "" })).toEqual({ lineId: ["validation.required"], newAddress: ["validation.address"] });
  });

  it("does not ask for the fields of other kinds", () => {
    expect(businessChangeSchema.safeParse({ ...change, changeKind: "MOVE_ADDRESS", newAddress: "北京市海淀区中关村大街 1 号", addOn: "", effectiveDate: "" }).success).toBe(true);
  });
});

describe("consultationSchema (咨询)", () => {
  it("accepts every topic, with or without a line", () => {
    for (const topic of CONSULTATION_TOPICS) expect(consultationSchema.safeParse({ ...consultation, topic }).success, topic).toBe(true);
    expect(consultationSchema.safeParse({ ...consultation, lineId: "line_1" }).success).toBe(true);
  });

  it.each([
    [{ topic: "" }, { topic: ["validation.choose"] }],
    [{ question: "怎么办" }, { question: ["validation.tooShort.10"] }],
    [{ question: "问".repeat(1001) }, { question: ["validation.tooLong.1000"] }],
  ])("%j → %j", (patch, expected) => {
    expect(fieldMessages(consultationSchema, { ...consultation, ...patch })).toEqual(expected);
  });
});

describe("createRequestSchema", () => {
  it("picks the schema by type", () => {
    for (const input of [fault, opening, change, consultation]) expect(createRequestSchema.safeParse(input).success, input.type).toBe(true);
    expect(createRequestSchema.safeParse({ ...fault, type: "COMPLAINT" }).success).toBe(false);
    expect(fieldMessages(createRequestSchema, { ...opening, address: "" })).toEqual({ address: ["validation.addressBroadband"] });
    // The fields of another type do not satisfy this one.
    expect(createRequestSchema.safeParse({ ...fault, type: "CONSULTATION" }).success).toBe(false);
  });
});

it("every key the create schemas report exists in both message files", () => {
  const keys = [
    ...allMessages(faultRepairSchema, { type: "FAULT_REPAIR", lineId: "", symptom: "x", since: "", description: "", contactPhone: "", reachable: "", allowDuplicate: false, idempotencyKey: "" }),
    ...allMessages(faultRepairSchema, { ...fault, since: ago(100 * DAY), description: "x".repeat(1001) }),
    ...allMessages(faultRepairSchema, { ...fault, since: toCstLocal(new Date(NOW.getTime() + DAY)) }),
    ...allMessages(serviceOpeningSchema, { ...opening, serviceKind: "", address: "x".repeat(201), preferredDate: "x", window: "", contactPhone: "", notes: "x".repeat(501) }),
    ...allMessages(serviceOpeningSchema, { ...opening, address: "", preferredDate: "2026-11-01" }),
    ...allMessages(serviceOpeningSchema, { ...opening, preferredDate: "2026-11-28" }),
    ...allMessages(serviceOpeningSchema, { ...opening, preferredDate: "" }),
    ...allMessages(businessChangeSchema, { ...change, changeKind: "CHANGE_CONTACT", description: "x".repeat(501) }),
    ...allMessages(businessChangeSchema, { ...change, changeKind: "MOVE_ADDRESS" }),
    ...allMessages(businessChangeSchema, { ...change, changeKind: "SUSPEND" }),
    ...allMessages(businessChangeSchema, { ...change, addOn: "" }),
    ...allMessages(consultationSchema, { ...consultation, topic: "", question: "" }),
  ];
  expect(keys.length).toBeGreaterThan(20);
  for (const key of keys.filter((k) => /^(validation|errors)\./.test(k))) expect(localesMissing(key), key).toEqual([]);
  expect(keys.filter((k) => !/^(validation|errors)\./.test(k))).toEqual([]);
});
