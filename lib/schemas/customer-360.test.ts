import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createComplaintOnBehalfSchema, createRequestOnBehalfSchema, customerQuery, parseCustomerParams, parseCustomerSearch } from "./customer-360";

describe("parseCustomerSearch", () => {
  it("tells an SRN, a full mobile number, a phone tail and a name or line number apart", () => {
    expect(parseCustomerSearch(" sr20261128000001 ")).toEqual({ kind: "srn", srn: "SR20261128000001" });
    expect(parseCustomerSearch("138 0000 0004")).toEqual({ kind: "phone", phone: "13800000004" });
    expect(parseCustomerSearch("0004")).toEqual({ kind: "phoneTail", digits: "0004" });
    expect(parseCustomerSearch("周敏")).toEqual({ kind: "text", text: "周敏" });
    expect(parseCustomerSearch("BB0100000001")).toEqual({ kind: "text", text: "BB0100000001" });
    expect(parseCustomerSearch("周")).toBeNull();
    expect(parseCustomerSearch("")).toBeNull();
    expect(parseCustomerSearch("x".repeat(51))).toBeNull();
  });
});

describe("parseCustomerParams", () => {
  it("keeps the valid parameters, names the others, and writes them back as a query", () => {
    const { filter, invalid } = parseCustomerParams({ q: "0004", type: "ENTERPRISE", stage: "LOST", after: "abc$" });
    expect(filter).toEqual({ q: "0004", type: "ENTERPRISE" });
    expect(invalid).toEqual(["stage", "after"]);
    expect(customerQuery({ ...filter, stage: "AT_RISK", after: "abc" })).toBe("?q=0004&type=ENTERPRISE&stage=AT_RISK&after=abc");
    expect(customerQuery({})).toBe("");
  });
});

describe("the on-behalf schemas", () => {
  it("are the customer forms' schemas plus the customer and a staff channel", () => {
    const base = { customerId: "c1", channel: "PHONE", type: "CONSULTATION", lineId: "", topic: "BILLING", question: "本月话费为什么多了三十元？", allowDuplicate: false, idempotencyKey: randomUUID() };
    expect(createRequestOnBehalfSchema.safeParse(base).success).toBe(true);
    const web = createRequestOnBehalfSchema.safeParse({ ...base, channel: "WEB" });
    expect(web.success).toBe(false);
    expect(web.error?.issues.map((i) => i.path.join("."))).toEqual(["channel"]);
    const short = createRequestOnBehalfSchema.safeParse({ ...base, question: "短" });
    expect(short.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["question", "validation.tooShort.10"]]);
    const complaint = { customerId: "c1", channel: "COUNTER", category: "BILLING", relatedSrn: "", description: "上个月账单多收了三十元流量费。", desiredOutcome: "退还多收费用", allowDuplicate: false, idempotencyKey: randomUUID() };
    expect(createComplaintOnBehalfSchema.safeParse(complaint).success).toBe(true);
    expect(createComplaintOnBehalfSchema.safeParse({ ...complaint, customerId: "" }).success).toBe(false);
  });
});
