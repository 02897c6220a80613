import { describe, expect, it } from "vitest";
import { auditRows } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { db } from "../db";
import { runSlaSweep } from "./sla-sweep";

const HOUR = 3_600_000;
const now = new Date();
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

/** A general fault, accepted and answered, whose 4-hour restore clock started `hoursAgo` ago. */
async function fault(hoursAgo: number, extra: Parameters<typeof makeRequest>[1] = {}) {
  const owner = await makeCustomer();
  const createdAt = ago(hoursAgo);
  const r = await makeRequest(owner, { status: "IN_PROGRESS", createdAt, acceptedAt: createdAt, respondBy: new Date(createdAt.getTime() + 2 * HOUR), resolveBy: new Date(createdAt.getTime() + 4 * HOUR), ...extra });
  await db.serviceRequest.update({ where: { id: r.id }, data: { respondedAt: createdAt } });
  return r;
}

describe("runSlaSweep", () => {
  it("warns the owner at 80 % and does nothing earlier", async () => {
    const agent = await makeStaff("AGENT");
    const early = await fault(3, { ownerId: agent.user.id });
    const late = await fault(3.5, { ownerId: agent.user.id });
    expect(await runSlaSweep(now)).toEqual({ alerts: 1 });
    expect(await db.slaAlert.findMany({ select: { requestId: true, clock: true, kind: true } })).toEqual([{ requestId: late.id, clock: "resolveBy", kind: "WARNING" }]);
    expect(await db.notification.findMany({ where: { template: "staff.slaWarning", channel: "IN_APP" }, select: { recipientId: true, payload: true } })).toEqual([
      { recipientId: agent.user.id, payload: { srn: late.srn, clock: "resolveBy", deadline: late.resolveBy!.toISOString() } },
    ]);
    expect(await db.slaAlert.count({ where: { requestId: early.id } })).toBe(0);
  });

  it("warns the team's supervisors when the request has no owner", async () => {
    const team = await db.team.create({ data: { code: "NET", name: "网络", nameEn: "Network" } });
    const lead = await makeStaff("SUPERVISOR");
    await db.user.update({ where: { id: lead.user.id }, data: { teamId: team.id } });
    await makeStaff("SUPERVISOR");
    const r = await fault(3.5);
    await db.serviceRequest.update({ where: { id: r.id }, data: { teamId: team.id } });
    await runSlaSweep(now);
    expect(await db.notification.findMany({ where: { template: "staff.slaWarning", channel: "IN_APP" }, select: { recipientId: true } })).toEqual([{ recipientId: lead.user.id }]);
  });

  it("on a breach notifies every supervisor (no team) and escalates once, with an event and an audit row", async () => {
    const s1 = await makeStaff("SUPERVISOR");
    const s2 = await makeStaff("SUPERVISOR");
    await makeStaff("SUPERVISOR", { disabled: true });
    const agent = await makeStaff("AGENT");
    const r = await fault(5, { ownerId: agent.user.id });
    expect(await runSlaSweep(now)).toEqual({ alerts: 1 });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.escalatedAt).toEqual(now);
    expect(row.escalatedToId).toBe(s1.user.id);
    // The supervisor it was escalated to hears once (staff.escalated); the others get the breach notice.
    const told = await db.notification.findMany({ where: { template: "staff.slaBreach", channel: "IN_APP" }, select: { recipientId: true } });
    expect(told.map((n) => n.recipientId).sort()).toEqual([s2.user.id, agent.user.id].sort());
    const escalated = await db.notification.findMany({ where: { template: "staff.escalated", channel: "IN_APP" }, select: { recipientId: true } });
    expect(escalated).toEqual([{ recipientId: s1.user.id }]);
    const perPerson = await db.notification.groupBy({ by: ["recipientId"], where: { channel: "IN_APP", template: { in: ["staff.slaBreach", "staff.escalated"] } }, _count: true });
    expect(perPerson.every((p) => p._count === 1)).toBe(true);
    expect(await db.requestEvent.findMany({ where: { requestId: r.id, kind: "escalated" }, select: { visibility: true, actorId: true } })).toEqual([{ visibility: "INTERNAL", actorId: null }]);
    expect(await auditRows("request.escalate")).toMatchObject([{ actorId: null, targetId: r.id, summary: { srn: r.srn, to: s1.user.id, reason: expect.stringContaining("解决时限已超时") } }]);
  });

  it("is idempotent: a second run, and two runs at once, send nothing more", async () => {
    await makeStaff("SUPERVISOR");
    const agent = await makeStaff("AGENT");
    await fault(5, { ownerId: agent.user.id });
    await fault(3.5, { ownerId: agent.user.id });
    expect(await runSlaSweep(now)).toEqual({ alerts: 2 });
    expect(await runSlaSweep(now)).toEqual({ alerts: 0 });
    await fault(3.6, { ownerId: agent.user.id });
    const [a, b] = await Promise.all([runSlaSweep(now), runSlaSweep(now)]);
    expect(a.alerts + b.alerts).toBe(1);
    expect(await db.slaAlert.count()).toBe(3);
    // One warning to the owner; for the breach, the escalation to the one supervisor and the breach notice to the owner.
    expect(await db.notification.count({ where: { channel: "IN_APP", template: { in: ["staff.slaWarning", "staff.slaBreach", "staff.escalated"] } } })).toBe(4);
    expect(await auditRows("request.escalate")).toHaveLength(1);
  });

  it("leaves paused, met and ended clocks alone, and warns again for a moved deadline", async () => {
    await makeStaff("SUPERVISOR");
    const paused = await fault(5, { status: "AWAITING_INFO", clockPausedAt: ago(4.5) });
    const closed = await fault(5, { status: "CLOSED" });
    const r = await fault(3.5);
    expect(await runSlaSweep(now)).toEqual({ alerts: 1 });
    expect(await db.slaAlert.count({ where: { requestId: { in: [paused.id, closed.id] } } })).toBe(0);
    // A pause moved the deadline: the new one may warn again (a new alert row).
    await db.serviceRequest.update({ where: { id: r.id }, data: { resolveBy: new Date(r.resolveBy!.getTime() + 10 * 60_000) } });
    expect(await runSlaSweep(new Date(now.getTime() + 20 * 60_000))).toEqual({ alerts: 1 });
    expect(await db.slaAlert.count({ where: { requestId: r.id } })).toBe(2);
  });
});
