import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { archiveSearchSchema, completeTerminationSchema, confirmTerminationSchema, sendTerminationCodeSchema, terminationReasonSchema } from "./termination";

const errors = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("terminationReasonSchema", () => {
  it("takes a listed reason with an optional note", () => {
    expect(terminationReasonSchema.parse({ reason: "MOVING_AWAY", note: "  搬去外地  " })).toEqual({ reason: "MOVING_AWAY", note: "搬去外地" });
    expect(terminationReasonSchema.safeParse({ reason: "NO_LONGER_NEEDED", note: "" }).success).toBe(true);
  });

  it("refuses an unknown reason, and 'other' without the customer's words", () => {
    expect(errors(terminationReasonSchema.safeParse({ reason: "BORED", note: "" }))).toEqual({ reason: "validation.choose" });
    expect(errors(terminationReasonSchema.safeParse({ reason: "OTHER", note: " x " }))).toEqual({ note: "validation.tooShort.2" });
    expect(errors(terminationReasonSchema.safeParse({ reason: "OTHER", note: "x".repeat(201) }))).toEqual({ note: "validation.tooLong.200" });
  });
});

describe("confirmTerminationSchema", () => {
  const valid = { lineId: "line1", reason: "TOO_EXPENSIVE", note: "", acknowledged: true, code: " 042917 ", idempotencyKey: randomUUID() } as const;

  it("needs the acknowledgement, a 6-digit code and a form key", () => {
    expect(confirmTerminationSchema.parse(valid).code).toBe("042917");
    expect(errors(confirmTerminationSchema.safeParse({ ...valid, acknowledged: false, code: "12ab", idempotencyKey: "x" }))).toEqual({
      acknowledged: "validation.acknowledge",
      code: "validation.trackingCode",
      idempotencyKey: "validation.idempotencyKey",
    });
  });

  it("shows every problem at once, the note of 'other' included", () => {
    expect(errors(confirmTerminationSchema.safeParse({ ...valid, reason: "OTHER", code: "" }))).toEqual({ code: "validation.trackingCode", note: "validation.tooShort.2" });
  });

  it("sends a code for a line id only", () => {
    expect(errors(sendTerminationCodeSchema.safeParse({ lineId: "" }))).toEqual({ lineId: "validation.required" });
  });
});

describe("completeTerminationSchema", () => {
  it("needs what was done, for the customer", () => {
    expect(errors(completeTerminationSchema.safeParse({ srn: "SR20261128000001", version: 2, note: "ok" }))).toEqual({ note: "validation.tooShort.5" });
    expect(completeTerminationSchema.safeParse({ srn: "sr20261128000001", version: 2, note: "已结清，号码已销户。" }).success).toBe(true);
  });
});

describe("archiveSearchSchema", () => {
  it("keeps well-formed filters and drops malformed ones", () => {
    expect(archiveSearchSchema.parse({ number: " 139 ", name: "张", from: "2025-01-01", to: "nonsense" })).toEqual({ number: "139", name: "张", from: "2025-01-01", to: "" });
    expect(archiveSearchSchema.parse({})).toEqual({ number: "", name: "", from: "", to: "" });
    expect(archiveSearchSchema.parse({ number: "1".repeat(40), name: ["a"] })).toEqual({ number: "", name: "", from: "", to: "" });
  });
});
