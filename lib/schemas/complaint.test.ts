import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { complaintDetailsSchema, createComplaintSchema, remedyComplaintSchema } from "./complaint";

const valid = {
  category: "BILLING",
  relatedSrn: "",
  description: "11 月账单多收了 30 元流量费，我没有超出套餐流量。",
  desiredOutcome: "退还多收的 30 元",
  allowDuplicate: false,
  idempotencyKey: randomUUID(),
};
const errorsOf = (input: unknown) => {
  const r = createComplaintSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("createComplaintSchema", () => {
  it("accepts a complaint without a linked request, trimming the texts", () => {
    expect(createComplaintSchema.parse({ ...valid, description: `  ${valid.description}  `, desiredOutcome: " 退还多收的 30 元 " })).toEqual(valid);
  });

  it("takes a linked request by SRN, forgiving case and spaces around it", () => {
    expect(createComplaintSchema.parse({ ...valid, relatedSrn: " sr20261128000001 " }).relatedSrn).toBe("SR20261128000001");
  });

  it.each(["NETWORK_QUALITY", "BILLING", "SERVICE_ATTITUDE", "HANDLING_TIME", "OTHER"])("accepts the category %s", (category) => {
    expect(createComplaintSchema.safeParse({ ...valid, category }).success).toBe(true);
  });

  it("asks for a category from the list", () => {
    expect(errorsOf({ ...valid, category: "" })).toEqual({ category: "validation.choose" });
    expect(errorsOf({ ...valid, category: "LOUD_MUSIC" })).toEqual({ category: "validation.choose" });
  });

  it("refuses a linked request that is not an SRN", () => {
    expect(errorsOf({ ...valid, relatedSrn: "SR123" })).toEqual({ relatedSrn: "validation.srn" });
    expect(errorsOf({ ...valid, relatedSrn: "x".repeat(30) })).toEqual({ relatedSrn: "validation.srn" });
  });

  it("needs 10–1000 characters of complaint and 5–500 of what the customer wants", () => {
    expect(errorsOf({ ...valid, description: "太慢了", desiredOutcome: "退钱" })).toEqual({ description: "validation.tooShort.10", desiredOutcome: "validation.tooShort.5" });
    expect(errorsOf({ ...valid, description: "长".repeat(1001), desiredOutcome: "长".repeat(501) })).toEqual({ description: "validation.tooLong.1000", desiredOutcome: "validation.tooLong.500" });
    expect(errorsOf({ ...valid, description: " ".repeat(20), desiredOutcome: "" })).toEqual({ description: "validation.tooShort.10", desiredOutcome: "validation.tooShort.5" });
    expect(createComplaintSchema.safeParse({ ...valid, description: "长".repeat(1000), desiredOutcome: "长".repeat(500) }).success).toBe(true);
  });

  it("needs the form's idempotency key and the duplicate flag", () => {
    expect(errorsOf({ ...valid, idempotencyKey: "abc" })).toEqual({ idempotencyKey: "validation.idempotencyKey" });
    expect(createComplaintSchema.safeParse({ ...valid, allowDuplicate: undefined }).success).toBe(false);
  });
});

describe("remedyComplaintSchema", () => {
  it("takes an optional message up to 500 characters", () => {
    expect(remedyComplaintSchema.parse({ srn: "SR20261128000001", version: 3, message: " " })).toEqual({ srn: "SR20261128000001", version: 3, message: "" });
    expect(remedyComplaintSchema.safeParse({ srn: "SR20261128000001", version: 3, message: "长".repeat(501) }).success).toBe(false);
    expect(remedyComplaintSchema.safeParse({ srn: "SR20261128000001", version: 0, message: "" }).success).toBe(false);
  });
});

describe("complaintDetailsSchema", () => {
  it("reads what the DAL stores, and refuses anything else", () => {
    expect(complaintDetailsSchema.safeParse({ category: "OTHER", desiredOutcome: "道歉" }).success).toBe(true);
    expect(complaintDetailsSchema.safeParse({ topic: "BILLING" }).success).toBe(false);
  });
});
