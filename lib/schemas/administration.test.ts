import { describe, expect, it } from "vitest";
import { createStaffUserSchema, parseStaffUserParams, planSchema, staffUserQuery, teamSchema, updateStaffUserSchema } from "./administration";

const plan = { code: "m88", name: "畅享 88", nameEn: "Enjoy 88", kind: "MOBILE", monthlyFeeYuan: "88", dataMb: "", voiceMinutes: "500", smsCount: "", speedMbps: "", contractMonths: "0", summary: "", summaryEn: "", active: true } as const;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("createStaffUserSchema", () => {
  it("takes a staff role and normalises the e-mail", () => {
    const r = createStaffUserSchema.parse({ displayName: " 王芳 ", email: " Agent2@Demo.CN ", role: "AGENT", teamId: "" });
    expect(r).toEqual({ displayName: "王芳", email: "agent2@demo.cn", role: "AGENT", teamId: "" });
  });
  it("refuses the customer role, a bad e-mail and a one-letter name", () => {
    const r = createStaffUserSchema.safeParse({ displayName: "王", email: "nope", role: "CUSTOMER", teamId: "" });
    expect(messages(r)).toEqual({ displayName: "validation.tooShort.2", email: "validation.email", role: "administration.validation.role" });
  });
});

describe("updateStaffUserSchema", () => {
  it("needs a parseable version token", () => {
    expect(updateStaffUserSchema.safeParse({ id: "u1", role: "AGENT", teamId: "", updatedAt: "2026-11-28T10:00:00.000Z" }).success).toBe(true);
    expect(messages(updateStaffUserSchema.safeParse({ id: "u1", role: "AGENT", teamId: "", updatedAt: "yesterday" }))).toEqual({ updatedAt: "errors.conflict" });
  });
});

describe("teamSchema", () => {
  it("upper-cases the code and refuses a bad one and unknown request types", () => {
    expect(teamSchema.parse({ code: "vip_care", name: "大客户", nameEn: "VIP care", handles: ["COMPLAINT"], active: true }).code).toBe("VIP_CARE");
    const r = teamSchema.safeParse({ code: "1X", name: "大客户", nameEn: "VIP", handles: ["NOPE"], active: true });
    expect(messages(r)).toEqual({ code: "administration.validation.teamCode", "handles.0": "administration.validation.handles" });
  });
});

describe("planSchema", () => {
  it("keeps typed numbers as strings, so parsing the output again gives the same", () => {
    const once = planSchema.parse(plan);
    expect(once).toMatchObject({ code: "M88", monthlyFeeYuan: "88", voiceMinutes: "500", dataMb: "" });
    expect(planSchema.parse(once)).toEqual(once);
  });
  it("refuses a negative fee, three decimals, a fractional allowance and a long contract", () => {
    expect(messages(planSchema.safeParse({ ...plan, monthlyFeeYuan: "-5" }))).toEqual({ monthlyFeeYuan: "administration.validation.fee" });
    expect(messages(planSchema.safeParse({ ...plan, monthlyFeeYuan: "5.555" }))).toEqual({ monthlyFeeYuan: "administration.validation.fee" });
    expect(messages(planSchema.safeParse({ ...plan, dataMb: "1.5", contractMonths: "120" }))).toEqual({ dataMb: "administration.validation.count", contractMonths: "administration.validation.contractMonths" });
  });
});

describe("parseStaffUserParams", () => {
  it("keeps the good parameters and names the bad ones", () => {
    const { search, invalid } = parseStaffUserParams({ q: "王", role: "CUSTOMER", team: "none", status: "gone", after: "abc" });
    expect(search).toEqual({ q: "王", team: "none", after: "abc" });
    expect(invalid).toEqual(["role", "status"]);
    expect(staffUserQuery(search)).toBe("?q=%E7%8E%8B&team=none");
    expect(staffUserQuery(search, true)).toBe("?q=%E7%8E%8B&team=none&after=abc");
  });
});
