import { describe, expect, it } from "vitest";
import { readArchiveSnapshot } from "@/lib/domain/termination-archive";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { confirmInput, makeBill, readyLine, textedCode } from "@/prisma/test/termination-factories";
import type { ExpectedError } from "../action";
import { db } from "../db";
import { acceptRequest, reopenByStaff, resolveRequest } from "./request-transitions";
import { confirmTermination, sendTerminationCode } from "./termination";
import { completeTermination, getTerminationForStaff } from "./termination-complete";

const DAY = 86_400_000;
const errorKey = async (fn: () => Promise<unknown>) => ((await rejectionOf(fn)) as ExpectedError).key;
const NOTE = "已核实并结清，号码已销户。";

/** A customer's line with a confirmed termination, accepted by an agent. */
async function acceptedTermination() {
  const owner = await makeCustomer();
  await readyLine(owner);
  const agent = await makeStaff("AGENT");
  await sendTerminationCode(owner.actor, { lineId: owner.line.id });
  const { srn } = await confirmTermination(owner.actor, confirmInput(owner.line.id, await textedCode(owner.user.id), { reason: "MOVING_AWAY", note: "搬家" }));
  await acceptRequest(agent.actor, { srn, version: 1, message: "" });
  return { owner, agent, srn, version: 2 };
}

describe("getTerminationForStaff", () => {
  it("shows request-reading staff the line (masked), the checks and the settlement now and as shown", async () => {
    const t = await acceptedTermination();
    for (const role of ["AGENT", "SUPERVISOR", "AUDITOR", "TECHNICIAN"] as const) {
      const view = await getTerminationForStaff((await makeStaff(role)).actor, t.srn);
      expect(view, role).toMatchObject({ line: { kind: "MOBILE", status: "ACTIVE" }, checks: { blocked: false }, settlementNow: { balanceRefundFen: 2380 }, settlementShown: { depositRefundFen: 5000 }, finalSettlement: null });
      expect(view!.canComplete, role).toBe(role === "AGENT" || role === "SUPERVISOR");
      expectNoSecrets(view, [t.owner.line.number]);
    }
  });

  it("is null for roles that cannot read requests and for other request types", async () => {
    const t = await acceptedTermination();
    expect(await getTerminationForStaff((await makeStaff("ADMIN")).actor, t.srn)).toBeNull();
    const fault = await makeRequest(t.owner);
    expect(await getTerminationForStaff(t.agent.actor, fault.srn)).toBeNull();
  });
});

describe("completeTermination", () => {
  it("ends the line, closes the request, archives the record for five years, audits and notifies in every channel", async () => {
    const t = await acceptedTermination();
    // Statutory: sent by SMS and e-mail although the customer switched both off.
    await db.user.update({ where: { id: t.owner.user.id }, data: { notifySms: false, notifyEmail: false } });
    const bill = await makeBill(t.owner, { status: "DUE", totalFen: 1000 });
    const paidBefore = await makeBill(t.owner, { status: "PAID", totalFen: 5800, dueAt: new Date(Date.now() - 20 * DAY) });
    const { archiveId } = await completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE });

    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn: t.srn }, include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } });
    expect(request).toMatchObject({ status: "CLOSED", version: 4 });
    expect(request.resolvedAt).not.toBeNull();
    expect(request.closedAt!.getTime()).toBeGreaterThan(request.resolvedAt!.getTime());
    expect(request.events.map((e) => [e.kind, e.toStatus, e.body])).toEqual([
      ["created", "SUBMITTED", null],
      ["accept", "ACCEPTED", null],
      ["resolve", "RESOLVED", NOTE],
      ["close", "CLOSED", null],
    ]);
    const final = (request.details as { finalSettlement: { unpaidBillsFen: number; balanceRefundFen: number; depositRefundFen: number; netFen: number; finalMonth: { feeFen: number } } }).finalSettlement;
    expect(final).toMatchObject({ unpaidBillsFen: 1000, balanceRefundFen: 2380, depositRefundFen: 5000 });
    expect(final.netFen).toBe(2380 + 5000 - 1000 - final.finalMonth.feeFen);

    const line = await db.line.findUniqueOrThrow({ where: { id: t.owner.line.id } });
    expect(line).toMatchObject({ status: "TERMINATED", balanceFen: 0, depositFen: 0 });
    expect(line.terminatedAt).toEqual(request.resolvedAt);
    expect(await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ status: "PAID", paidAt: request.resolvedAt });
    expect((await db.bill.findUniqueOrThrow({ where: { id: paidBefore.id } })).paidAt).toEqual(paidBefore.paidAt);

    const archive = await db.serviceArchive.findUniqueOrThrow({ where: { id: archiveId } });
    expect(archive).toMatchObject({ customerId: t.owner.customer.id, lineId: line.id, archivedAt: line.terminatedAt });
    const years = new Date(archive.archivedAt);
    years.setUTCFullYear(years.getUTCFullYear() + 5);
    expect(archive.retainUntil.getTime()).toBeGreaterThanOrEqual(years.getTime() - DAY);
    const snapshot = readArchiveSnapshot(archive.snapshot)!;
    expect(snapshot).toMatchObject({
      customer: { name: t.owner.customer.name, type: "PERSONAL" },
      line: { number: line.number, kind: "MOBILE", addOns: ["RINGBACK_TONE"], balanceFen: 2380, depositFen: 5000 },
      plan: { monthlyFeeFen: 1900 },
      termination: { srn: t.srn, reason: "MOVING_AWAY", note: "搬家", portOutDeclined: true, completedBy: t.agent.user.displayName },
      settlement: final,
    });
    expect(snapshot.bills.map((b) => [b.totalFen, b.status, b.items.length])).toEqual([
      [1000, "PAID", 1],
      [5800, "PAID", 1],
    ]);
    expect(snapshot.requests.map((r) => [r.srn, r.status])).toEqual([[t.srn, "CLOSED"]]);
    expect(snapshot.requests[0]!.timeline.map((e) => e.kind)).toEqual(["created", "accept", "resolve", "close"]);
    expectNoSecrets(snapshot);
    expect(JSON.stringify(snapshot)).not.toContain(t.owner.customer.idNumber!);

    expect(await auditRows("termination.complete")).toMatchObject([{ actorId: t.agent.user.id, targetId: request.id, summary: { srn: t.srn, archiveId, billsSettled: 1 } }]);
    const notices = await db.notification.findMany({ where: { recipientId: t.owner.user.id, template: "termination.notice" }, orderBy: { channel: "asc" } });
    expect(notices.map((n) => n.channel)).toEqual(["IN_APP", "SMS", "EMAIL"]);
    expect(notices[0]!.payload).toMatchObject({ srn: t.srn, number: line.number, kind: "MOBILE", balance: "23.80", deposit: "50.00", unpaid: "10.00", net: "refund", endAt: line.terminatedAt!.toISOString() });
  });

  it("keeps the line's other requests in the archive with their customer-visible timeline only", async () => {
    const t = await acceptedTermination();
    const fault = await makeRequest(t.owner, { status: "CLOSED" });
    await db.requestEvent.create({ data: { requestId: fault.id, kind: "note", visibility: "INTERNAL", body: "内部备注" } });
    const { archiveId } = await completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE });
    const snapshot = readArchiveSnapshot((await db.serviceArchive.findUniqueOrThrow({ where: { id: archiveId } })).snapshot)!;
    expect(snapshot.requests.map((r) => r.srn).sort()).toEqual([fault.srn, t.srn].sort());
    expect(JSON.stringify(snapshot)).not.toContain("内部备注");
  });

  it("refuses arrears, a contract term and a line no longer in service, changing nothing", async () => {
    const t = await acceptedTermination();
    const overdue = await makeBill(t.owner, { status: "OVERDUE" });
    const before = await rowCounts();
    expect(await errorKey(() => completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE }))).toBe("errors.terminationArrears");
    await db.bill.update({ where: { id: overdue.id }, data: { status: "PAID" } });
    await db.line.update({ where: { id: t.owner.line.id }, data: { lockInEndsAt: new Date(Date.now() + DAY) } });
    expect(await errorKey(() => completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE }))).toBe("errors.terminationLockIn");
    await db.line.update({ where: { id: t.owner.line.id }, data: { lockInEndsAt: null, status: "PENDING" } });
    expect(await errorKey(() => completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE }))).toBe("errors.lineNotActive");
    expect(await rowCounts()).toEqual(before);
    expect(await db.serviceArchive.count()).toBe(0);
  });

  it("is for agents and supervisors, on an accepted request at the version shown", async () => {
    const t = await acceptedTermination();
    for (const role of ["TECHNICIAN", "AUDITOR", "QUALITY_MANAGER"] as const) {
      const staff = await makeStaff(role);
      expect(await errorKey(() => completeTermination(staff.actor, { srn: t.srn, version: t.version, note: NOTE })), role).toBe("errors.forbidden");
    }
    const admin = await makeStaff("ADMIN");
    expect(await errorKey(() => completeTermination(admin.actor, { srn: t.srn, version: t.version, note: NOTE }))).toBe("errors.notFound");
    expect(await errorKey(() => completeTermination(t.owner.actor as never, { srn: t.srn, version: t.version, note: NOTE }))).toBe("errors.forbidden");
    expect(await errorKey(() => completeTermination(t.agent.actor, { srn: t.srn, version: 1, note: NOTE }))).toBe("errors.conflict");
    const supervisor = await makeStaff("SUPERVISOR");
    await completeTermination(supervisor.actor, { srn: t.srn, version: t.version, note: NOTE });
    expect(await errorKey(() => completeTermination(t.agent.actor, { srn: t.srn, version: 4, note: NOTE }))).toBe("errors.invalidState");
    expect(await db.serviceArchive.count()).toBe(1);
  });

  it("is not possible before acceptance, nor through the generic resolve", async () => {
    const owner = await makeCustomer();
    await readyLine(owner);
    const agent = await makeStaff("AGENT");
    await sendTerminationCode(owner.actor, { lineId: owner.line.id });
    const { srn } = await confirmTermination(owner.actor, confirmInput(owner.line.id, await textedCode(owner.user.id)));
    expect(await errorKey(() => completeTermination(agent.actor, { srn, version: 1, note: NOTE }))).toBe("errors.invalidState");
    await acceptRequest(agent.actor, { srn, version: 1, message: "" });
    expect(await errorKey(() => resolveRequest(agent.actor, { srn, version: 2, result: NOTE }))).toBe("errors.terminationResolveByCompletion");
    expect((await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).status).toBe("ACTIVE");
  });

  it("lets a terminated line drop out of the lines requests are made for", async () => {
    const t = await acceptedTermination();
    await completeTermination(t.agent.actor, { srn: t.srn, version: t.version, note: NOTE });
    const { listLines } = await import("./lines");
    expect((await listLines(t.owner.actor)).map((l) => l.id)).not.toContain(t.owner.line.id);
    const view = await getTerminationForStaff(t.agent.actor, t.srn);
    expect(view).toMatchObject({ checks: null, settlementNow: null, canComplete: false, line: { status: "TERMINATED" } });
    expect(view!.finalSettlement).not.toBeNull();
    expect(view!.archiveId).toBeNull();
    // Completed is final: staff cannot put it back to work (the line is gone and archived).
    const supervisor = await makeStaff("SUPERVISOR");
    expect(await errorKey(() => reopenByStaff(supervisor.actor, { srn: t.srn, version: 4, reason: "客户来电要求恢复号码。" }))).toBe("errors.terminationFinal");
    expect((await getTerminationForStaff((await makeStaff("SUPERVISOR")).actor, t.srn))!.archiveId).toBe((await db.serviceArchive.findFirstOrThrow()).id);
  });
});
