import { describe, expect, it } from "vitest";
import { buildArchiveSnapshot, readArchiveSnapshot, type ArchiveInput } from "./termination-archive";
import { settlement } from "./termination";

const at = new Date("2026-11-10T02:00:00Z");
const lineFacts = { kind: "MOBILE" as const, status: "ACTIVE" as const, activatedAt: new Date("2025-01-01T00:00:00Z"), lockInEndsAt: null, balanceFen: 2380, depositFen: 5000, addOns: ["RINGBACK_TONE"], monthlyFeeFen: 1900 };

const input = (): ArchiveInput => ({
  customer: { name: "周敏", type: "PERSONAL", phone: "13800000004", idNumber: "440305199207154321" } as ArchiveInput["customer"],
  line: { ...lineFacts, number: "13800000014", area: "深圳", address: null, plan: { code: "M19", name: "基础 19 元套餐", nameEn: "Basic 19", monthlyFeeFen: 1900 } },
  termination: { srn: "SR20261110000001", reason: "MOVING_AWAY", note: "", portOutDeclined: true, completedBy: "客服 王芳", completedAt: at },
  settlement: settlement(lineFacts, [], at),
  usage: [{ month: "2026-10", dataMb: 1200, voiceMinutes: 80, smsCount: 3 }],
  bills: [{ month: "2026-10", totalFen: 1900, status: "PAID", issuedAt: at, dueAt: at, paidAt: at, items: [{ kind: "PLAN_FEE", label: "月费", labelEn: "Plan fee", amountFen: 1900 }] }],
  planChanges: [{ fromPlan: { code: "M58" }, toPlan: { code: "M19" }, status: "APPLIED", effectiveAt: at, feeDiffFen: -3900, appliedAt: at, createdAt: at }],
  requests: [
    {
      srn: "SR20261110000001",
      type: "TERMINATION",
      status: "CLOSED",
      title: "MOVING_AWAY",
      description: "",
      createdAt: at,
      closedAt: at,
      events: [{ kind: "created", toStatus: "SUBMITTED", body: null, createdAt: at, actor: { displayName: "周敏", role: "CUSTOMER" } }],
    },
  ],
});

describe("buildArchiveSnapshot", () => {
  it("keeps the whole record in one shape, with ISO dates", () => {
    const snapshot = buildArchiveSnapshot(input());
    expect(snapshot).toMatchObject({
      version: 1,
      line: { number: "13800000014", terminatedAt: at.toISOString(), activatedAt: "2025-01-01T00:00:00.000Z" },
      plan: { code: "M19" },
      termination: { completedAt: at.toISOString(), completedBy: "客服 王芳" },
      planChanges: [{ from: "M58", to: "M19", feeDiffFen: -3900 }],
      requests: [{ srn: "SR20261110000001", timeline: [{ kind: "created", at: at.toISOString(), actor: "周敏", actorRole: "CUSTOMER" }] }],
    });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("holds no phone or ID number, whatever the input carried", () => {
    const json = JSON.stringify(buildArchiveSnapshot(input()));
    expect(json).not.toContain("13800000004");
    expect(json).not.toContain("440305199207154321");
  });
});

describe("readArchiveSnapshot", () => {
  it("reads back what was stored, and nothing else", () => {
    const stored = JSON.parse(JSON.stringify(buildArchiveSnapshot(input())));
    expect(readArchiveSnapshot(stored)?.termination.srn).toBe("SR20261110000001");
    for (const bad of [null, [], "x", { version: 2 }, { ...stored, requests: null }]) expect(readArchiveSnapshot(bad)).toBeNull();
  });
});
