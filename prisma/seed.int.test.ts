import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeCustomer } from "./test/factories";
import { runSeed } from "./seed";
import { DEMO_PASSWORD, customers, requests, staff } from "./demo-data";
import { DEMO_COMPLAINTS } from "./demo/complaints";
import { REPORT_CUSTOMERS } from "./demo/reports";
import { appealEligibility, replyByOf } from "@/lib/domain/complaints";
import { verifyPassword } from "@/server/passwords";

const options = { ifEmpty: false, description: "test database" };
// The requests of demo-data.ts; each area's seeder (prisma/demo/) tests its own (the termination
// seeder's history of an archived line is of these types too, on its terminated line).
// The reports seeder's six months of closed counter work belongs to customers of its own
// (prisma/demo/reports.int.test.ts tests it).
const reportHistory = { phone: { in: REPORT_CUSTOMERS.map((c) => c.phone) } };
const core = {
  customer: { NOT: reportHistory },
  type: { in: ["SERVICE_OPENING" as const, "FAULT_REPAIR" as const, "BUSINESS_CHANGE" as const, "CONSULTATION" as const] },
  OR: [{ lineId: null }, { line: { status: { not: "TERMINATED" as const } } }],
  // The incidents seeder's fault report, linked to its outage (prisma/demo/incidents.int.test.ts).
  incidentId: null,
};

describe("demo seed", () => {
  it("seeds an empty database with the documented accounts and requests in several states", async () => {
    expect(await runSeed(db, options)).toBe("seeded");
    const users = await db.user.findMany({ select: { phone: true, email: true, role: true, passwordHash: true } });
    expect(users).toHaveLength(customers.length + staff.length);
    for (const c of customers) expect(users.some((u) => u.phone === c.phone && u.role === "CUSTOMER")).toBe(true);
    for (const s of staff) expect(users.some((u) => u.email === s.email && u.role === s.role)).toBe(true);
    expect(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    const statuses = new Set((await db.serviceRequest.findMany({ where: core, select: { status: true } })).map((r) => r.status));
    expect(await db.serviceRequest.count({ where: core })).toBe(requests.length);
    expect([...statuses].sort()).toEqual(["ACCEPTED", "AWAITING_INFO", "CLOSED", "IN_PROGRESS", "RESOLVED", "RETURNED", "SUBMITTED", "WITHDRAWN"]);
    for (const r of await db.serviceRequest.findMany({ select: { srn: true } })) expect(r.srn).toMatch(/^SR\d{14}$/);
  });

  it("shows every request type built here, a paused clock, breached clocks, one awaiting confirmation and closed ones", async () => {
    const now = new Date();
    await runSeed(db, { ...options, now });
    const rows = await db.serviceRequest.findMany({ where: core, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect([...new Set(rows.map((r) => r.type))].sort()).toEqual(["BUSINESS_CHANGE", "CONSULTATION", "FAULT_REPAIR", "SERVICE_OPENING"]);

    const paused = rows.filter((r) => r.clockPausedAt);
    expect(paused.map((r) => r.status)).toEqual(["AWAITING_INFO"]);
    expect(paused[0]!.events.at(-1)).toMatchObject({ kind: "requestInfo", toStatus: "AWAITING_INFO" });
    expect(paused[0]!.clockPausedAt).toEqual(paused[0]!.events.at(-1)!.createdAt);

    const breached = (deadline: Date | null, met: Date | null) => !!deadline && !met && deadline < now;
    const open = rows.filter((r) => !["CLOSED", "RETURNED", "WITHDRAWN"].includes(r.status) && !r.clockPausedAt);
    expect(open.some((r) => breached(r.acceptBy, r.acceptedAt)), "accept-by").toBe(true);
    expect(open.some((r) => breached(r.respondBy, r.respondedAt)), "respond-by").toBe(true);
    expect(open.some((r) => breached(r.resolveBy, r.resolvedAt)), "resolve-by").toBe(true);

    const awaiting = rows.filter((r) => r.status === "RESOLVED");
    expect(awaiting).toHaveLength(1);
    expect(awaiting[0]!.resolvedAt).toEqual(awaiting[0]!.events.at(-1)!.createdAt);
    const closed = rows.filter((r) => r.status === "CLOSED");
    const lastStep = (r: (typeof rows)[number]) => r.events.filter((e) => e.kind !== "rated").at(-1)!;
    expect(closed.map((r) => lastStep(r).kind).sort()).toEqual(["close", "confirm", "confirm"]);
    for (const r of closed) expect(r.closedAt).toEqual(lastStep(r).createdAt);
  });

  it("has a rated request and unrated resolved ones to rate", async () => {
    await runSeed(db, options);
    const rows = await db.serviceRequest.findMany({ where: { ...core, status: { in: ["RESOLVED", "CLOSED"] } }, include: { rating: true, events: true } });
    const rated = rows.filter((r) => r.rating);
    expect(rated.map((r) => r.rating!.score).sort()).toEqual([2, 5]);
    for (const r of rated) {
      expect(r.events.filter((e) => e.kind === "rated")).toHaveLength(1);
      expect(r.rating!.customerId).toBe(r.customerId);
    }
    expect(rows.filter((r) => !r.rating).map((r) => r.status).sort()).toEqual(["CLOSED", "RESOLVED"]);
    // The low rating waits for a return visit, as rateRequest would have left it.
    const low = rated.find((r) => r.rating!.score === 2)!;
    expect(await db.followUp.findMany({ where: { reason: "LOW_RATING", request: { customer: { NOT: reportHistory } } }, select: { requestId: true, status: true } })).toEqual([{ requestId: low.id, status: "OPEN" }]);
  });

  it("writes histories the state machine allows: versions, owners and one notification per event", async () => {
    await runSeed(db, options);
    const rows = await db.serviceRequest.findMany({ where: core, include: { events: { orderBy: { createdAt: "asc" } } } });
    for (const row of rows) {
      // A rating is on the timeline but changes no status: it has no version and no notification.
      const r = { ...row, events: row.events.filter((e) => e.kind !== "rated") };
      expect(r.version, r.srn).toBe(r.events.length);
      expect(r.events[0], r.srn).toMatchObject({ kind: "created", toStatus: "SUBMITTED" });
      expect(r.events.at(-1)!.toStatus, r.srn).toBe(r.status);
      for (const [i, e] of r.events.entries()) if (i > 0) expect(e.fromStatus, `${r.srn} ${e.kind}`).toBe(r.events[i - 1]!.toStatus);
      expect(r.ownerId === null, r.srn).toBe(["SUBMITTED", "WITHDRAWN"].includes(r.status));
    }
    const events = await db.requestEvent.count({ where: { kind: { not: "rated" }, request: core } });
    // The notifications about these requests (other areas' requests notify too).
    const srns = new Set(rows.map((r) => r.srn));
    const notes = (await db.notification.findMany({ where: { template: { startsWith: "request." } }, select: { payload: true, readAt: true } })).filter((n) =>
      srns.has(String((n.payload as { srn?: unknown }).srn)),
    );
    expect(notes).toHaveLength(events);
    expect(notes.filter((n) => n.readAt === null)).toHaveLength(rows.length);
  });

  it("has complaints near the 15-day limit, past it without a reply, with a rejected reply, one accepted, and a level-1 one", async () => {
    const now = new Date("2026-11-28T06:00:00Z");
    await runSeed(db, { ...options, now });
    const complaints = await db.serviceRequest.findMany({
      where: { type: "COMPLAINT", customer: { NOT: reportHistory } },
      include: { customer: { select: { phone: true } }, team: { select: { code: true } }, relatedRequest: { select: { customerId: true, type: true } }, events: { orderBy: { createdAt: "asc" } } },
      orderBy: { createdAt: "asc" },
    });
    expect(complaints).toHaveLength(DEMO_COMPLAINTS.length);
    const state = (c: (typeof complaints)[number]) => ({
      phone: c.customer.phone,
      status: c.status,
      stage: c.complaintStage,
      appeal: appealEligibility({ status: c.status, replyBy: replyByOf(c), events: c.events }, now),
      daysLeft: Math.floor((replyByOf(c).getTime() - now.getTime()) / 86_400_000),
    });
    expect(complaints.map(state)).toEqual([
      // 李娜: 17 days without a reply.
      { phone: "13800000002", status: "IN_PROGRESS", stage: "INVESTIGATION", appeal: { open: true, reasons: ["noReplyInTime"] }, daysLeft: -2 },
      // 张伟: in 处理 with about a day of the 15 left.
      { phone: "13800000001", status: "IN_PROGRESS", stage: "REMEDY", appeal: { open: false, reasons: [] }, daysLeft: 1 },
      // 李娜: answered and accepted.
      { phone: "13800000002", status: "CLOSED", stage: "FEEDBACK", appeal: { open: false, reasons: [] }, daysLeft: 12 },
      // 星河科技: the reply rejected, back in 处理.
      { phone: "13800000003", status: "IN_PROGRESS", stage: "REMEDY", appeal: { open: true, reasons: ["replyRejected"] }, daysLeft: 12 },
      // 星河科技: a level-1 complaint in 处理, its reply to be approved by a supervisor.
      { phone: "13800000003", status: "IN_PROGRESS", stage: "REMEDY", appeal: { open: false, reasons: [] }, daysLeft: 13 },
    ]);
    for (const c of complaints) {
      expect(c.team?.code, c.srn).toBe("COMPLAINTS");
      expect(c.resolveBy!.getTime() - c.createdAt.getTime(), c.srn).toBe(15 * 86_400_000);
      if (c.relatedRequest) expect(c.relatedRequest.customerId, c.srn).toBe(c.customerId);
    }
    expect(complaints.map((c) => c.level)).toEqual([2, 2, 2, 2, 1]);
    expect(complaints.filter((c) => c.relatedRequest).map((c) => c.relatedRequest!.type).sort()).toEqual(["CONSULTATION", "FAULT_REPAIR"]);
    // The rejected reply met the statutory deadline for good, and left a follow-up.
    const rejected = complaints[3]!;
    expect(rejected.resolvedAt).toEqual(rejected.events.find((e) => e.kind === "resolve")!.createdAt);
    expect(await db.followUp.count({ where: { requestId: rejected.id, reason: "NOT_RESOLVED" } })).toBe(1);
    const templates = await db.notification.findMany({ where: { template: { startsWith: "request.complaint" } }, select: { template: true } });
    expect(new Set(templates.map((n) => n.template))).toEqual(
      new Set(["request.complaintCreated", "request.complaintAccepted", "request.complaintInvestigating", "request.complaintRemedy", "request.complaintReplied", "request.complaintReplyAccepted", "request.complaintReplyRejected"]),
    );
  });

  it("opens an NPS wave now for 30 days and invites every demo customer in the app", async () => {
    const now = new Date("2026-11-28T06:00:00Z");
    await runSeed(db, { ...options, now });
    // The NPS wave of the core seed (the surveys area adds last quarter's closed CSI wave).
    const waves = await db.surveyWave.findMany({ where: { kind: "NPS" } });
    expect(waves).toHaveLength(1);
    expect(waves[0]).toMatchObject({ code: "NPS-2026Q4", kind: "NPS", startsAt: now, endsAt: new Date(now.getTime() + 30 * 24 * 3_600_000) });
    const invitations = await db.notification.findMany({ where: { template: "survey.nps" }, include: { recipient: { select: { phone: true } } } });
    expect(invitations.map((n) => n.recipient!.phone).sort()).toEqual(customers.map((c) => c.phone).sort());
    for (const n of invitations) expect(n).toMatchObject({ channel: "IN_APP", status: "SENT", readAt: null, payload: { code: "NPS-2026Q4" } });
    expect(await db.surveyResponse.count({ where: { wave: { kind: "NPS" } } })).toBe(0);
  });

  it("is deterministic: seeding again gives the same people, lines and requests", async () => {
    const now = new Date("2026-11-28T06:00:00Z");
    await runSeed(db, { ...options, now });
    const first = await db.serviceRequest.findMany({ select: { srn: true, status: true, description: true }, orderBy: { srn: "asc" } });
    await runSeed(db, { ...options, now });
    const second = await db.serviceRequest.findMany({ select: { srn: true, status: true, description: true }, orderBy: { srn: "asc" } });
    expect(second).toEqual(first);
    // The demo lines, the termination seeder's archived line and the reports seeder's customers' lines.
    expect(await db.line.count()).toBe(customers.reduce((n, c) => n + c.lines.length, 0) + 1 + REPORT_CUSTOMERS.reduce((n, c) => n + c.lines.length, 0));
  });

  it("with --if-empty leaves an already seeded database alone", async () => {
    await runSeed(db, options);
    const before = await db.serviceRequest.findMany({ select: { id: true } });
    expect(await runSeed(db, { ...options, ifEmpty: true })).toBe("already-seeded");
    expect(await db.serviceRequest.findMany({ select: { id: true } })).toEqual(before);
  });

  it("refuses to touch a database that holds non-demo data", async () => {
    const real = await makeCustomer();
    await expect(runSeed(db, options)).rejects.toThrow(/non-demo data/);
    expect(await runSeed(db, { ...options, ifEmpty: true })).toBe("skipped-real-data");
    expect(await db.customer.findUnique({ where: { id: real.customer.id } })).not.toBeNull();
    expect(await db.plan.count({ where: { code: "M58" } })).toBe(0);
  });
});
