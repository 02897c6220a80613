import { describe, expect, it } from "vitest";
import { cstDateKey, toCstLocal } from "../domain/time";
import { createWinBackSchema, recordWinBackCallSchema, rescoreAllSchema, retentionFiltersFrom, retentionQuery } from "./churn";

const DAY = 86_400_000;
const errors = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("retention filters", () => {
  it("keeps known values and drops the rest, round-tripping through the address", () => {
    const f = retentionFiltersFrom({ band: "HIGH", area: " 上海 ", type: "ENTERPRISE", after: "abc" });
    expect(f).toEqual({ band: "HIGH", area: "上海", type: "ENTERPRISE", after: "abc" });
    expect(retentionQuery(f)).toBe("?band=HIGH&area=%E4%B8%8A%E6%B5%B7&type=ENTERPRISE&after=abc");
    expect(retentionFiltersFrom({ band: "HUGE", type: "ALIEN", area: ["北京", "x"] })).toEqual({ band: null, area: "北京", type: null, after: null });
    expect(retentionQuery({ band: null, area: "", type: null, after: null })).toBe("");
  });
});

describe("win-back forms", () => {
  const base = { customerId: "c1", offer: "VOUCHER" as const, detail: "", assigneeId: "u1", dueDate: cstDateKey(new Date()) };
  it("accepts a due day from today to 60 days ahead; OTHER needs details", () => {
    expect(createWinBackSchema.safeParse(base).success).toBe(true);
    expect(createWinBackSchema.safeParse({ ...base, dueDate: cstDateKey(new Date(Date.now() + 60 * DAY)) }).success).toBe(true);
    expect(errors(createWinBackSchema.safeParse({ ...base, dueDate: cstDateKey(new Date(Date.now() - DAY)) }))).toEqual({ dueDate: "retention.validation.dueDate" });
    expect(errors(createWinBackSchema.safeParse({ ...base, dueDate: cstDateKey(new Date(Date.now() + 62 * DAY)) }))).toEqual({ dueDate: "retention.validation.dueDate" });
    expect(errors(createWinBackSchema.safeParse({ ...base, dueDate: "soon" }))).toEqual({ dueDate: "retention.validation.dueDate" });
    expect(errors(createWinBackSchema.safeParse({ ...base, offer: "OTHER", detail: " " }))).toEqual({ detail: "retention.validation.otherDetail" });
    expect(errors(createWinBackSchema.safeParse({ ...base, offer: "FREE_PHONE" }))).toEqual({ offer: "validation.choose" });
  });
  it("needs a future call-back time for CALL_BACK only", () => {
    const call = { taskId: "t1", version: 1, outcome: "NOT_REACHED" as const, note: "", callBackAt: "" };
    expect(recordWinBackCallSchema.safeParse(call).success).toBe(true);
    expect(errors(recordWinBackCallSchema.safeParse({ ...call, outcome: "CALL_BACK" }))).toEqual({ callBackAt: "retention.validation.callBackAt" });
    expect(errors(recordWinBackCallSchema.safeParse({ ...call, outcome: "CALL_BACK", callBackAt: toCstLocal(new Date(Date.now() - DAY)) }))).toEqual({ callBackAt: "retention.validation.callBackPast" });
    expect(recordWinBackCallSchema.safeParse({ ...call, outcome: "CALL_BACK", callBackAt: toCstLocal(new Date(Date.now() + DAY)) }).success).toBe(true);
    expect(errors(recordWinBackCallSchema.safeParse({ ...call, note: "x".repeat(501) }))).toEqual({ note: "validation.tooLong.500" });
  });
  it("rescoring everyone must be asked for", () => {
    expect(rescoreAllSchema.safeParse({}).success).toBe(false);
    expect(rescoreAllSchema.safeParse({ confirm: true }).success).toBe(true);
  });
});
