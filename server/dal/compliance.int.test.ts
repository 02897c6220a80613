import { describe, expect, it } from "vitest";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { figuresOf, readCompliance, recomputeCompliance, type CachedFigures } from "./compliance";

// Thursday 2026-11-26 12:00 in China: every request below runs on working time of that week, so
// the accept-by clocks (CN-STANDARD, whole working days) count the same as the wall clock.
const NOW = new Date("2026-11-26T04:00:00Z");
const H = 3_600_000;
const MIN = 60_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
let srn = 0;

type Row = {
  type?: "FAULT_REPAIR" | "COMPLAINT" | "CONSULTATION";
  status?: "SUBMITTED" | "ACCEPTED" | "IN_PROGRESS" | "AWAITING_INFO" | "RESOLVED" | "WITHDRAWN";
  level?: number;
  special?: boolean;
  incidentId?: string;
  createdAt: Date;
  acceptBy: Date;
  acceptedAt?: Date;
  respondBy?: Date;
  respondedAt?: Date;
  resolveBy?: Date;
  resolvedAt?: Date;
  closedAt?: Date;
  clockPausedAt?: Date;
  events?: Array<{ kind: "requestInfo" | "provideInfo"; createdAt: Date }>;
};

async function request(owner: Awaited<ReturnType<typeof makeCustomer>>, r: Row) {
  const { events, ...fields } = r;
  return db.serviceRequest.create({
    data: {
      srn: `SR20200202${String(++srn).padStart(6, "0")}`,
      type: "FAULT_REPAIR",
      level: 2,
      customerId: owner.customer.id,
      lineId: owner.line.id,
      title: "NO_SIGNAL",
      description: "没有信号。",
      ...fields,
      events: { create: (events ?? []).map((e) => ({ ...e, visibility: "CUSTOMER" as const })) },
    },
    select: { id: true },
  });
}

async function seedCases() {
  const owner = await makeCustomer();
  const { user } = await makeStaff("SUPERVISOR");
  const incident = (kind: "NETWORK" | "BUSINESS", startedAt: Date, restoredAt: Date | null) =>
    db.incident.create({
      data: { code: `INC20261126${String(++srn).padStart(3, "0")}`, title: "故障", summary: "故障", kind, level: "II", services: ["MOBILE"], areas: ["北京"], status: restoredAt ? "RESTORED" : "ACTIVE", startedAt, restoredAt, declaredById: user.id },
      select: { id: true },
    });
  // Outages: network restored in 90 min; business active for 5 h (target 4 h); network active for 30 min.
  await incident("NETWORK", ago(72 * H), ago(72 * H - 90 * MIN));
  const active = await incident("BUSINESS", ago(5 * H), null);
  await incident("NETWORK", ago(30 * MIN), null);
  // A: major fault; accepted in 60 min, answered in 30, restored late (240 min against 180).
  await request(owner, { level: 1, status: "RESOLVED", createdAt: ago(5 * H), acceptBy: ago(-19 * H), acceptedAt: ago(4 * H), respondBy: ago(4 * H), respondedAt: ago(4.5 * H), resolveBy: ago(3 * H), resolvedAt: ago(H) });
  // B: general fault waiting for the customer since before its restore deadline.
  await request(owner, { status: "AWAITING_INFO", createdAt: ago(10 * H), acceptBy: ago(-14 * H), acceptedAt: ago(9 * H), respondBy: ago(8 * H), respondedAt: ago(9 * H), resolveBy: ago(6 * H), clockPausedAt: ago(7 * H), events: [{ kind: "requestInfo", createdAt: ago(7 * H) }] });
  // C: general fault paused 2 h (its deadline moved by it), restored in 7 h − 2 h = 300 min.
  await request(owner, { status: "RESOLVED", createdAt: ago(10 * H), acceptBy: ago(-14 * H), acceptedAt: ago(9.5 * H), respondBy: ago(8 * H), respondedAt: ago(9.5 * H), resolveBy: ago(2 * H), resolvedAt: ago(3 * H), events: [{ kind: "requestInfo", createdAt: ago(8 * H) }, { kind: "provideInfo", createdAt: ago(6 * H) }] });
  // D: general fault linked to the active business outage: measured by the outage.
  await request(owner, { status: "IN_PROGRESS", incidentId: active.id, createdAt: ago(3 * H), acceptBy: ago(-21 * H), acceptedAt: ago(2.75 * H), respondBy: ago(H), respondedAt: ago(2.5 * H), resolveBy: ago(-H) });
  // E: a complaint answered on day 14 of 15.
  await request(owner, { type: "COMPLAINT", status: "RESOLVED", createdAt: ago(20 * 24 * H), acceptBy: ago(18 * 24 * H), acceptedAt: ago(20 * 24 * H - H), resolveBy: ago(5 * 24 * H), resolvedAt: ago(6 * 24 * H) });
  // F: a special request accepted late, 41 days ago (Friday 16 October, 09:00 → 11:00 China time).
  await request(owner, { type: "CONSULTATION", special: true, status: "ACCEPTED", createdAt: new Date("2026-10-16T01:00:00Z"), acceptBy: new Date("2026-10-16T02:00:00Z"), acceptedAt: new Date("2026-10-16T03:00:00Z") });
  // G: withdrawn before acceptance.
  await request(owner, { type: "CONSULTATION", status: "WITHDRAWN", createdAt: ago(2 * H), acceptBy: ago(-22 * H), closedAt: ago(H) });
}

const pick = (all: CachedFigures[], measure: Parameters<typeof figuresOf>[1], days: 30 | 90) => {
  const f = figuresOf(all, measure)[days]!;
  return { cases: f.cases, met: f.met, medianMinutes: f.medianMinutes, worstMinutes: f.worstMinutes, excluded: f.excluded };
};

describe("measured compliance", () => {
  it("computes each measure from the requests and outages as worked out by hand", async () => {
    await seedCases();
    const all = await recomputeCompliance(NOW);
    expect(pick(all, "ACCEPT", 30)).toEqual({ cases: 4, met: 4, medianMinutes: 45, worstMinutes: 60, excluded: { withdrawn: 1, complaint: 1 } });
    expect(pick(all, "ACCEPT_SPECIAL", 30)).toEqual({ cases: 0, met: 0, medianMinutes: null, worstMinutes: null, excluded: {} });
    expect(pick(all, "ACCEPT_SPECIAL", 90)).toEqual({ cases: 1, met: 0, medianMinutes: 120, worstMinutes: 120, excluded: {} });
    expect(pick(all, "RESPOND_MAJOR", 30)).toEqual({ cases: 1, met: 1, medianMinutes: 30, worstMinutes: 30, excluded: {} });
    expect(pick(all, "RESPOND_GENERAL", 30)).toEqual({ cases: 2, met: 2, medianMinutes: 45, worstMinutes: 60, excluded: { linkedToIncident: 1 } });
    expect(pick(all, "RESTORE_NETWORK", 30)).toEqual({ cases: 2, met: 1, medianMinutes: 165, worstMinutes: 240, excluded: { notYetDue: 1 } });
    expect(pick(all, "RESTORE_BUSINESS", 30)).toEqual({ cases: 2, met: 1, medianMinutes: 300, worstMinutes: 300, excluded: { paused: 1, linkedToIncident: 1 } });
    expect(pick(all, "COMPLAINT_REPLY", 30)).toEqual({ cases: 1, met: 1, medianMinutes: 14 * 24 * 60, worstMinutes: 14 * 24 * 60, excluded: {} });

    // The cache holds the same, one row per measure and window.
    const stored = await db.complianceFigure.findMany({ where: { measure: "RESTORE_BUSINESS", windowDays: 30 } });
    expect(stored).toMatchObject([{ cases: 2, met: 1, excluded: 2, medianMinutes: 300, worstMinutes: 300, exclusions: { paused: 1, linkedToIncident: 1 }, computedAt: NOW }]);
    expect(await db.complianceFigure.count()).toBe(14);
  });

  it("reuses the cached figures for five minutes and recomputes them after", async () => {
    const owner = await makeCustomer();
    const first = await readCompliance(NOW);
    expect(pick(first, "ACCEPT", 30).cases).toBe(0);
    expect(first.every((f) => f.computedAt.getTime() === NOW.getTime())).toBe(true);

    // A new acceptance, 15 minutes after its request.
    await request(owner, { type: "CONSULTATION", status: "ACCEPTED", createdAt: ago(H), acceptBy: ago(-23 * H), acceptedAt: ago(45 * MIN) });
    const within = await readCompliance(new Date(NOW.getTime() + 4 * MIN));
    expect(pick(within, "ACCEPT", 30).cases).toBe(0);
    expect(within.every((f) => f.computedAt.getTime() === NOW.getTime())).toBe(true);

    const later = new Date(NOW.getTime() + 5 * MIN);
    const after = await readCompliance(later);
    expect(pick(after, "ACCEPT", 30)).toMatchObject({ cases: 1, met: 1, medianMinutes: 15 });
    expect(after.every((f) => f.computedAt.getTime() === later.getTime())).toBe(true);
    expect(await db.complianceFigure.count()).toBe(14);
  });
});
