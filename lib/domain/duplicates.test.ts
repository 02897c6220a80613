import { describe, expect, it } from "vitest";
import { duplicateKey, findOpenDuplicate, normalizeAddress, type OpenRequestRef } from "./duplicates";

const open: OpenRequestRef[] = [
  { srn: "SR1", status: "SUBMITTED", type: "FAULT_REPAIR", lineId: "L1", title: "NO_SIGNAL", address: null },
  { srn: "SR2", status: "ACCEPTED", type: "SERVICE_OPENING", lineId: null, title: "BROADBAND", address: "望京街 8 号 3-1201" },
  { srn: "SR3", status: "IN_PROGRESS", type: "CONSULTATION", lineId: null, title: "BILLING", address: null },
  { srn: "SR4", status: "RESOLVED", type: "FAULT_REPAIR", lineId: "L1", title: "SLOW_DATA", address: null },
];

describe("findOpenDuplicate", () => {
  it("matches the same type on the same line, whatever the subject, newest first", () => {
    expect(findOpenDuplicate(open, { type: "FAULT_REPAIR", lineId: "L1", title: "OTHER", address: null })?.srn).toBe("SR1");
    expect(findOpenDuplicate(open, { type: "FAULT_REPAIR", lineId: "L2", title: "NO_SIGNAL", address: null })).toBeUndefined();
    expect(findOpenDuplicate(open, { type: "BUSINESS_CHANGE", lineId: "L1", title: "ADD_ON", address: null })).toBeUndefined();
  });

  it("matches an opening by service kind and address, ignoring spaces and case", () => {
    expect(findOpenDuplicate(open, { type: "SERVICE_OPENING", lineId: null, title: "BROADBAND", address: "望京街8号 3-1201" })?.srn).toBe("SR2");
    expect(findOpenDuplicate(open, { type: "SERVICE_OPENING", lineId: null, title: "BROADBAND", address: "望京街 9 号" })).toBeUndefined();
    expect(findOpenDuplicate(open, { type: "SERVICE_OPENING", lineId: null, title: "MOBILE", address: "望京街 8 号 3-1201" })).toBeUndefined();
  });

  it("matches a consultation without a line by topic", () => {
    expect(findOpenDuplicate(open, { type: "CONSULTATION", lineId: null, title: "BILLING", address: null })?.srn).toBe("SR3");
    expect(findOpenDuplicate(open, { type: "CONSULTATION", lineId: null, title: "PLANS", address: null })).toBeUndefined();
    expect(findOpenDuplicate(open, { type: "CONSULTATION", lineId: "L1", title: "BILLING", address: null })).toBeUndefined();
  });
});

describe("keys", () => {
  it("normalises addresses and keys a line before anything else", () => {
    expect(normalizeAddress("  A b\tC ")).toBe("abc");
    expect(normalizeAddress(null)).toBe("");
    expect(duplicateKey({ type: "FAULT_REPAIR", lineId: "L1", title: "X", address: "Y" })).toBe(duplicateKey({ type: "FAULT_REPAIR", lineId: "L1", title: "Z", address: null }));
  });
});
