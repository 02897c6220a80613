import { describe, expect, it } from "vitest";
import { addBusinessHours } from "@/lib/domain/business-calendar";
import { CN_STANDARD } from "@/lib/domain/cn-calendar";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { confirmInput, makeBill, readyLine, textedCode, wrongCode } from "@/prisma/test/termination-factories";
import type { ExpectedError } from "../action";
import { db } from "../db";
import { confirmTermination, getTerminationPreview, listMyLines, recordPortingCheck, sendTerminationCode } from "./termination";

const DAY = 86_400_000;
const errorKey = async (fn: () => Promise<unknown>) => ((await rejectionOf(fn)) as ExpectedError).key;

async function readyOwner() {
  const owner = await makeCustomer();
  await readyLine(owner);
  return owner;
}

/** The owner's line confirmed for termination through the DAL, as the wizard does. */
async function confirmed(owner: Awaited<ReturnType<typeof makeCustomer>>) {
  await sendTerminationCode(owner.actor, { lineId: owner.line.id });
  return confirmTermination(owner.actor, confirmInput(owner.line.id, await textedCode(owner.user.id), { reason: "MOVING_AWAY", note: "搬家到外地" }));
}

describe("listMyLines", () => {
  it("lists the owner's lines with plan and status, terminated ones too, and the open termination", async () => {
    const owner = await readyOwner();
    const old = await db.line.create({ data: { customerId: owner.customer.id, number: `139${Date.now() % 1e8}`.slice(0, 11), kind: "MOBILE", planId: owner.line.planId, area: "北京", status: "TERMINATED", terminatedAt: new Date() } });
    const { srn } = await confirmed(owner);
    const lines = await listMyLines(owner.actor);
    expect(lines.map((l) => [l.id, l.status, l.openTermination?.srn ?? null])).toEqual(
      expect.arrayContaining([
        [owner.line.id, "ACTIVE", srn],
        [old.id, "TERMINATED", null],
      ]),
    );
    expect(lines.find((l) => l.id === owner.line.id)).toMatchObject({ plan: { monthlyFeeFen: 1900 }, balanceFen: 2380, addOns: ["RINGBACK_TONE"], archive: null });
    expectNoSecrets(lines);
  });

  it("shows another customer nothing of them, and staff nothing here", async () => {
    const owner = await readyOwner();
    const other = await makeCustomer();
    expect((await listMyLines(other.actor)).map((l) => l.id)).toEqual([other.line.id]);
    expect(await listMyLines((await makeStaff("SUPERVISOR")).actor)).toEqual([]);
    expect((await listMyLines(owner.actor)).map((l) => l.id)).toEqual([owner.line.id]);
  });
});

describe("getTerminationPreview", () => {
  it("records the porting step's eligibility check once per line and day (a churn signal); the other steps record nothing", async () => {
    const owner = await readyOwner();
    // Yesterday's check (the audit table takes inserts only, so the past is written directly).
    const yesterday = new Date(Date.now() - 24 * 3_600_000);
    await db.auditLog.create({ data: { actorId: owner.user.id, actorRole: "CUSTOMER", action: "porting.check", targetType: "Line", targetId: owner.line.id, summary: { eligible: false }, createdAt: yesterday } });
    await getTerminationPreview(owner.actor, owner.line.id);
    expect(await db.auditLog.count({ where: { action: "porting.check" } })).toBe(1);
    await recordPortingCheck(owner.actor, owner.line.id, false);
    await recordPortingCheck(owner.actor, owner.line.id, false);
    const rows = await db.auditLog.findMany({ where: { action: "porting.check" }, orderBy: { createdAt: "asc" }, select: { actorId: true, targetId: true, summary: true, createdAt: true } });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actorId: owner.user.id, targetId: owner.line.id, summary: { eligible: false } });
    expect(rows[1]!.createdAt.getTime()).toBeGreaterThan(yesterday.getTime());
  });

  it("gives the owner the checks, the settlement as of today, the porting alternative and where the code goes", async () => {
    const owner = await readyOwner();
    const preview = await getTerminationPreview(owner.actor, owner.line.id);
    expect(preview).not.toBeNull();
    expect(preview!.checks).toMatchObject({ blocked: false, arrears: { ok: true }, lockIn: { ok: true }, ending: [{ kind: "addOn", addOn: "RINGBACK_TONE" }, { kind: "numberRecycled", days: 90 }] });
    expect(preview!.settlement).toMatchObject({ balanceRefundFen: 2380, depositRefundFen: 5000, unpaidBillsFen: 0 });
    expect(preview!.porting).toMatchObject({ applicable: true, daysOnNetwork: 300 });
    // makeCustomer's customers are not real-name verified.
    expect(preview!.porting.criteria.find((c) => c.key === "realName")).toEqual({ key: "realName", ok: false });
    expect(preview!.codePhone).toBe(`${owner.user.phone!.slice(0, 3)}****${owner.user.phone!.slice(-4)}`);
    expect(preview!.openTermination).toBeNull();
    // The line number is the owner's own (for this mobile line, the phone number itself).
    expect(preview!.line.number).toBe(owner.line.number);
    expectNoSecrets(preview);
  });

  it("reads arrears from the bills: overdue ones block, unpaid ones not yet due are owed", async () => {
    const owner = await readyOwner();
    await makeBill(owner, { status: "DUE", totalFen: 1000 });
    await makeBill(owner, { status: "PAID", totalFen: 99999, dueAt: new Date(Date.now() - 30 * DAY) });
    let preview = await getTerminationPreview(owner.actor, owner.line.id);
    expect(preview!.checks.arrears).toEqual({ ok: true, count: 0, amountFen: 0 });
    expect(preview!.settlement).toMatchObject({ unpaidBills: 1, unpaidBillsFen: 1000 });
    await makeBill(owner, { status: "DUE", totalFen: 4200, dueAt: new Date(Date.now() - DAY) });
    await makeBill(owner, { status: "OVERDUE", totalFen: 5800 });
    preview = await getTerminationPreview(owner.actor, owner.line.id);
    expect(preview!.checks).toMatchObject({ blocked: true, arrears: { ok: false, count: 2, amountFen: 10000 } });
    expect(preview!.porting.criteria.find((c) => c.key === "arrears")?.ok).toBe(false);
  });

  it("is null for another customer's line, for staff and for a terminated line", async () => {
    const owner = await readyOwner();
    const other = await makeCustomer();
    expect(await getTerminationPreview(other.actor, owner.line.id)).toBeNull();
    expect(await getTerminationPreview((await makeStaff("AGENT")).actor, owner.line.id)).toBeNull();
    await db.line.update({ where: { id: owner.line.id }, data: { status: "TERMINATED" } });
    expect(await getTerminationPreview(owner.actor, owner.line.id)).toBeNull();
  });
});

describe("sendTerminationCode", () => {
  it("texts a code to the account phone only, whatever the SMS preference, and never in the app", async () => {
    const owner = await readyOwner();
    await db.user.update({ where: { id: owner.user.id }, data: { notifySms: false, locale: "en" } });
    const result = await sendTerminationCode(owner.actor, { lineId: owner.line.id });
    expect(result.sentTo).toMatch(/^\d{3}\*{4}\d{4}$/);
    const rows = await db.notification.findMany({ where: { recipientId: owner.user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "SMS", address: owner.user.phone, locale: "en", template: "termination.code", status: "PENDING", payload: { number: owner.line.number } });
    expect(await textedCode(owner.user.id)).toMatch(/^\d{6}$/);
    expect(await db.oneTimeCode.findFirstOrThrow()).toMatchObject({ userId: owner.user.id, purpose: "terminate", subject: owner.line.id });
  });

  it("refuses another customer's line, a blocked line and a line with a termination open", async () => {
    const owner = await readyOwner();
    const other = await makeCustomer();
    expect(await errorKey(() => sendTerminationCode(other.actor, { lineId: owner.line.id }))).toBe("errors.lineNotFound");

    await db.line.update({ where: { id: owner.line.id }, data: { lockInEndsAt: new Date(Date.now() + 120 * DAY) } });
    expect(await errorKey(() => sendTerminationCode(owner.actor, { lineId: owner.line.id }))).toBe("errors.terminationBlocked");
    await db.line.update({ where: { id: owner.line.id }, data: { lockInEndsAt: null } });
    const bill = await makeBill(owner, { status: "OVERDUE" });
    expect(await errorKey(() => sendTerminationCode(owner.actor, { lineId: owner.line.id }))).toBe("errors.terminationBlocked");
    await db.bill.update({ where: { id: bill.id }, data: { status: "PAID" } });
    expect(await db.oneTimeCode.count()).toBe(0);

    await confirmed(owner);
    expect(await errorKey(() => sendTerminationCode(owner.actor, { lineId: owner.line.id }))).toBe("errors.terminationOpen");
  });

  it("keeps staff out", async () => {
    const owner = await readyOwner();
    const staff = await makeStaff("AGENT");
    expect(await errorKey(() => sendTerminationCode(staff.actor as never, { lineId: owner.line.id }))).toBe("errors.forbidden");
  });
});

describe("confirmTermination", () => {
  it("creates one TERMINATION request with the reason, the settlement and the declined porting, event, audit and notification", async () => {
    const owner = await readyOwner();
    await makeBill(owner, { status: "DUE", totalFen: 1000 });
    const { srn } = await confirmed(owner);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { events: true } });
    expect(request).toMatchObject({ type: "TERMINATION", status: "SUBMITTED", lineId: owner.line.id, customerId: owner.customer.id, title: "MOVING_AWAY", description: "搬家到外地", createdById: owner.user.id });
    expect(request.details).toMatchObject({
      reason: "MOVING_AWAY",
      settlement: { balanceRefundFen: 2380, depositRefundFen: 5000, unpaidBillsFen: 1000 },
      portOut: { applicable: true, eligible: false, declined: true },
    });
    expect(request.resolveBy!.getTime() - request.createdAt.getTime()).toBe(48 * 3_600_000);
    expect(request.acceptBy).toEqual(addBusinessHours(CN_STANDARD, request.createdAt, 24));
    expect(request.events).toMatchObject([{ kind: "created", toStatus: "SUBMITTED", visibility: "CUSTOMER" }]);
    expect(await auditRows("termination.request")).toMatchObject([{ actorId: owner.user.id, targetId: request.id, summary: { srn, lineId: owner.line.id, reason: "MOVING_AWAY" } }]);
    expect(await auditRows("otp.used")).toHaveLength(1);
    expect(await db.notification.count({ where: { recipientId: owner.user.id, template: "request.created", channel: "IN_APP" } })).toBe(1);
    expect((await db.line.findUniqueOrThrow({ where: { id: owner.line.id } })).status).toBe("ACTIVE");
  });

  it("returns the first request for a repeated submission, and allows one open termination per line", async () => {
    const owner = await readyOwner();
    await sendTerminationCode(owner.actor, { lineId: owner.line.id });
    const input = confirmInput(owner.line.id, await textedCode(owner.user.id));
    const [a, b] = await Promise.all([confirmTermination(owner.actor, input), confirmTermination(owner.actor, input)]);
    expect(a).toEqual(b);
    expect(await confirmTermination(owner.actor, input)).toEqual(a);
    expect(await db.serviceRequest.count({ where: { type: "TERMINATION" } })).toBe(1);
    expect(await errorKey(() => confirmTermination(owner.actor, confirmInput(owner.line.id, "123456")))).toBe("errors.terminationOpen");
  });

  it("changes nothing for a wrong code, another customer or a line that became blocked", async () => {
    const owner = await readyOwner();
    await sendTerminationCode(owner.actor, { lineId: owner.line.id });
    const code = await textedCode(owner.user.id);
    const before = await rowCounts();
    expect(await errorKey(() => confirmTermination(owner.actor, confirmInput(owner.line.id, wrongCode(code))))).toBe("errors.trackingCodeInvalid");
    const other = await makeCustomer();
    expect(await errorKey(() => confirmTermination(other.actor, confirmInput(owner.line.id, code)))).toBe("errors.lineNotFound");
    await makeBill(owner, { status: "OVERDUE" });
    expect(await errorKey(() => confirmTermination(owner.actor, confirmInput(owner.line.id, code)))).toBe("errors.terminationBlocked");
    const after = await rowCounts();
    expect({ ...after, audits: 0, customers: 0, users: 0 }).toEqual({ ...before, audits: 0, customers: 0, users: 0 });
    expect((await db.oneTimeCode.findFirstOrThrow()).consumedAt).toBeNull();
  });

  it("does not take a code sent for another line of the same customer", async () => {
    const owner = await readyOwner();
    const second = await db.line.create({ data: { customerId: owner.customer.id, number: `BB${Date.now()}`, kind: "BROADBAND", planId: owner.line.planId, area: "北京", activatedAt: new Date() } });
    await sendTerminationCode(owner.actor, { lineId: owner.line.id });
    const code = await textedCode(owner.user.id);
    expect(await errorKey(() => confirmTermination(owner.actor, confirmInput(second.id, code)))).toBe("errors.trackingCodeInvalid");
    expect(await confirmTermination(owner.actor, confirmInput(owner.line.id, code))).toHaveProperty("srn");
  });

  it("leaves other requests on the line alone", async () => {
    const owner = await readyOwner();
    const fault = await makeRequest(owner);
    await confirmed(owner);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: fault.id } })).status).toBe("SUBMITTED");
  });
});
