import { describe, expect, it } from "vitest";
import {
  DATA_CATEGORIES,
  ERASABLE_CATEGORIES,
  PRIVACY_REQUEST_DUE_DAYS,
  acceptedNotice,
  categoryTables,
  currentConsents,
  dataCategory,
  privacyRequestDueAt,
  privacyRequestOverdue,
  retentionCutoff,
  retentionPeriod,
} from "./privacy";

const DAY = 24 * 3_600_000;

describe("DATA_CATEGORIES", () => {
  it("has the twelve categories the centre lists, each once", () => {
    const keys = DATA_CATEGORIES.map((c) => c.key);
    expect(keys).toEqual(["identity", "contact", "lines", "usage", "bills", "requests", "feedback", "notifications", "consents", "privacyRequests", "archives", "logs"]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps the periods the requirements set", () => {
    // Real-name data: life of the service + 2 years (工信部令第25号).
    expect(dataCategory("identity").retention).toEqual({ from: "afterServiceEnd", months: 24 });
    // Consultations ≥ 3 years (R2.2).
    expect(dataCategory("requests").retention).toEqual({ from: "afterClosed", months: 36 });
    // Termination archives ≥ 5 years (R2.5).
    expect(dataCategory("archives").retention).toEqual({ from: "afterCreated", months: 60 });
    // Network and sign-in logs ≥ 6 months (Cybersecurity Law art. 21).
    expect(dataCategory("logs").retention).toEqual({ from: "afterCreated", months: 6 });
    // Raw billing data 5 months.
    expect(dataCategory("usage").retention).toEqual({ from: "afterCreated", months: 5 });
  });

  it("never erases what a law makes us keep", () => {
    for (const key of ["identity", "archives", "privacyRequests", "bills", "lines", "contact"] as const) expect(dataCategory(key).erasure, key).toBe("keep");
    // Records under a retention period go only once it has passed.
    for (const key of ["requests", "usage", "logs"] as const) expect(dataCategory(key).erasure, key).toBe("expired");
    expect(ERASABLE_CATEGORIES).toEqual(["usage", "requests", "feedback", "notifications", "consents", "logs"]);
  });

  it("names at least one legal basis and one table for each, and only consent-based feedback is optional", () => {
    for (const c of DATA_CATEGORIES) {
      expect(c.basis.length, c.key).toBeGreaterThan(0);
      expect(c.tables.length, c.key).toBeGreaterThan(0);
    }
    expect(DATA_CATEGORIES.filter((c) => c.basis.length === 1 && c.basis[0] === "consent").map((c) => c.key)).toEqual(["feedback"]);
  });

  it("lists every table once in categoryTables", () => {
    const tables = categoryTables();
    expect(tables).toEqual([...new Set(tables)].sort());
    expect(tables).toEqual(expect.arrayContaining(["Customer", "User", "ServiceRequest", "AuditLog", "Consent", "ServiceArchive", "BillItem"]));
  });
});

describe("retention helpers", () => {
  it("retentionCutoff goes back whole calendar months", () => {
    expect(retentionCutoff(6, new Date("2026-11-28T00:00:00Z")).toISOString()).toBe("2026-05-28T00:00:00.000Z");
    expect(retentionCutoff(36, new Date("2026-11-28T12:00:00Z")).toISOString()).toBe("2023-11-28T12:00:00.000Z");
  });

  it("retentionPeriod shows years when whole", () => {
    expect(retentionPeriod(24)).toEqual({ unit: "years", count: 2 });
    expect(retentionPeriod(5)).toEqual({ unit: "months", count: 5 });
    expect(retentionPeriod(6)).toEqual({ unit: "months", count: 6 });
  });
});

describe("currentConsents", () => {
  const at = (d: string) => new Date(`2026-${d}T00:00:00Z`);
  const row = (kind: string, granted: boolean, when: string, noticeVersion: string | null = null) => ({ kind, granted, noticeVersion, source: "test", createdAt: at(when) });

  it("takes the latest row of each kind, whatever the order", () => {
    const history = [row("MARKETING_SMS", false, "03-01"), row("MARKETING_SMS", true, "01-01"), row("PRIVACY_NOTICE", true, "01-01", "2025-01"), row("PRIVACY_NOTICE", true, "06-02", "2026-06")];
    const now = currentConsents(history);
    expect(now.MARKETING_SMS).toMatchObject({ granted: false });
    expect(now.PRIVACY_NOTICE).toMatchObject({ noticeVersion: "2026-06" });
    expect(now.MARKETING_EMAIL).toBeNull();
  });

  it("gives a tie on time to the later row, and ignores unknown kinds", () => {
    const history = [row("MARKETING_EMAIL", true, "05-05"), row("MARKETING_EMAIL", false, "05-05"), row("SOMETHING", true, "05-06")];
    expect(currentConsents(history).MARKETING_EMAIL).toMatchObject({ granted: false });
  });

  it("acceptedNotice wants a grant of the current version", () => {
    expect(acceptedNotice(row("PRIVACY_NOTICE", true, "06-02", "2026-06"), "2026-06")).toBe(true);
    expect(acceptedNotice(row("PRIVACY_NOTICE", true, "01-01", "2025-01"), "2026-06")).toBe(false);
    expect(acceptedNotice(row("PRIVACY_NOTICE", false, "06-02", "2026-06"), "2026-06")).toBe(false);
    expect(acceptedNotice(null, "2026-06")).toBe(false);
    expect(acceptedNotice(row("PRIVACY_NOTICE", true, "06-02", "2026-06"), null)).toBe(false);
  });
});

describe("privacy request deadline", () => {
  it("is due 15 days after it was made", () => {
    expect(PRIVACY_REQUEST_DUE_DAYS).toBe(15);
    const created = new Date("2026-11-28T08:00:00Z");
    expect(privacyRequestDueAt(created).toISOString()).toBe("2026-12-13T08:00:00.000Z");
  });

  it("is overdue only while open and past the deadline", () => {
    const dueAt = new Date("2026-12-13T08:00:00Z");
    expect(privacyRequestOverdue({ status: "OPEN", dueAt }, new Date(dueAt.getTime() + 1))).toBe(true);
    expect(privacyRequestOverdue({ status: "OPEN", dueAt }, dueAt)).toBe(false);
    expect(privacyRequestOverdue({ status: "COMPLETED", dueAt }, new Date(dueAt.getTime() + DAY))).toBe(false);
    expect(privacyRequestOverdue({ status: "REFUSED", dueAt }, new Date(dueAt.getTime() + DAY))).toBe(false);
  });
});
