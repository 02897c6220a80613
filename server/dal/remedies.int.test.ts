import { beforeEach, describe, expect, it, vi } from "vitest";
import { approveRemedyAction, rejectRemedyAction } from "@/app/admin/remedies/actions";
import { addMonths, cstMonthKey } from "@/lib/domain/time";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { makeRemedy } from "@/prisma/test/remedy-factories";
import { signInAs } from "@/prisma/test/session";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { approveRemedy, listRemedies, listRequestRemedies, rejectRemedy } from "./remedies";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 24 * 3_600_000;
const mid = new Date("2026-11-15T04:00:00Z");

async function bill(lineId: string, customerId: string, month: string, status: "DUE" | "PAID" | "OVERDUE", totalFen = 5800) {
  return db.bill.create({
    data: { lineId, customerId, month, totalFen, status, issuedAt: mid, dueAt: new Date(mid.getTime() + 15 * DAY), items: { create: { kind: "PLAN_FEE", label: "月费", labelEn: "Fee", amountFen: totalFen } } },
  });
}

async function snapshot() {
  const [remedies, bills, items, notifications, audits] = await Promise.all([
    db.remedy.findMany({ select: { id: true, status: true, version: true, billItemId: true }, orderBy: { id: "asc" } }),
    db.bill.findMany({ select: { id: true, totalFen: true }, orderBy: { id: "asc" } }),
    db.billItem.count(),
    db.notification.count(),
    db.auditLog.count(),
  ]);
  return { remedies, bills, items, notifications, audits };
}

describe("approveRemedy", () => {
  it("credits the unpaid bill of the month, keeps its total the sum of its items, links the item and notifies once", async () => {
    const owner = await makeCustomer();
    await db.user.update({ where: { id: owner.user.id }, data: { notifySms: true, notifyEmail: false } });
    const request = await makeRequest(owner);
    const remedy = await makeRemedy(owner, { requestId: request.id, amountFen: 500 });
    const due = await bill(owner.line.id, owner.customer.id, "2026-11", "DUE");
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await approveRemedy(actor, { remedyId: remedy.id, version: 1, note: "" }, mid)).toEqual({ id: remedy.id, status: "APPROVED", version: 2, month: "2026-11" });

    const after = await db.bill.findUniqueOrThrow({ where: { id: due.id }, select: { totalFen: true, items: { select: { kind: true, amountFen: true, label: true, labelEn: true } } } });
    expect(after.totalFen).toBe(5300);
    expect(after.totalFen).toBe(after.items.reduce((s, i) => s + i.amountFen, 0));
    expect(after.items).toContainEqual({ kind: "REMEDY", amountFen: -500, label: "服务补偿：申请未在 24 小时内受理", labelEn: "Service remedy: The request was not accepted within 24 hours" });
    const row = await db.remedy.findUniqueOrThrow({ where: { id: remedy.id }, select: { status: true, decidedById: true, decidedAt: true, billItemId: true, decisionNote: true } });
    expect(row).toMatchObject({ status: "APPROVED", decidedById: actor.userId, decidedAt: mid, decisionNote: null });
    expect(row.billItemId).not.toBeNull();

    const sent = await db.notification.findMany({ where: { template: "remedy.approved" }, select: { recipientId: true, channel: true, payload: true } });
    expect(sent.map((n) => n.channel).sort()).toEqual(["IN_APP", "SMS"]);
    expect(sent[0]).toMatchObject({ recipientId: owner.user.id, payload: { amount: "5.00", billMonth: "2026-11", srn: request.srn, cause: "申请未在 24 小时内受理" } });
    expect(await auditRows("remedy.approve")).toMatchObject([{ actorId: actor.userId, targetId: remedy.id, summary: { amountFen: 500, month: "2026-11", billId: due.id } }]);

    // Approving again is refused and changes nothing.
    const before = await snapshot();
    expect(await rejectionOf(() => approveRemedy(actor, { remedyId: remedy.id, version: 2, note: "" }, mid))).toMatchObject({ key: "remedies.errors.notProposed" });
    expect(await snapshot()).toEqual(before);
  });

  it("creates the month's bill as DUE when it is missing, and moves to the next month when it is paid", async () => {
    const owner = await makeCustomer();
    const { actor } = await makeStaff("SUPERVISOR");
    const first = await makeRemedy(owner, { amountFen: 300 });
    await approveRemedy(actor, { remedyId: first.id, version: 1, note: "客户来电确认" }, mid);
    const created = await db.bill.findUniqueOrThrow({ where: { lineId_month: { lineId: owner.line.id, month: "2026-11" } }, select: { status: true, totalFen: true, customerId: true, items: { select: { amountFen: true } } } });
    expect(created).toEqual({ status: "DUE", totalFen: -300, customerId: owner.customer.id, items: [{ amountFen: -300 }] });

    await db.bill.updateMany({ where: { lineId: owner.line.id, month: "2026-11" }, data: { status: "PAID" } });
    const second = await makeRemedy(owner, { amountFen: 200 });
    expect(await approveRemedy(actor, { remedyId: second.id, version: 1, note: "" }, mid)).toMatchObject({ month: addMonths(cstMonthKey(mid), 1) });
    expect(await db.bill.findUniqueOrThrow({ where: { lineId_month: { lineId: owner.line.id, month: "2026-12" } }, select: { totalFen: true } })).toEqual({ totalFen: -200 });
  });

  it("refuses a stale version (somebody decided first) and changes nothing", async () => {
    const owner = await makeCustomer();
    const remedy = await makeRemedy(owner);
    await db.remedy.update({ where: { id: remedy.id }, data: { version: 2 } });
    const { actor } = await makeStaff("SUPERVISOR");
    const before = await snapshot();
    expect(await rejectionOf(() => approveRemedy(actor, { remedyId: remedy.id, version: 1, note: "" }, mid))).toMatchObject({ key: "remedies.errors.conflict" });
    expect(await rejectionOf(() => rejectRemedy(actor, { remedyId: remedy.id, version: 1, note: "不符合补偿条件" }, mid))).toMatchObject({ key: "remedies.errors.conflict" });
    expect(await snapshot()).toEqual(before);
  });

  it("two supervisors approving at once credit the bill once", async () => {
    const owner = await makeCustomer();
    const remedy = await makeRemedy(owner, { amountFen: 500 });
    const a = await makeStaff("SUPERVISOR");
    const b = await makeStaff("SUPERVISOR");
    const results = await Promise.allSettled([approveRemedy(a.actor, { remedyId: remedy.id, version: 1, note: "" }, mid), approveRemedy(b.actor, { remedyId: remedy.id, version: 1, note: "" }, mid)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.billItem.count({ where: { kind: "REMEDY" } })).toBe(1);
    expect(await db.notification.count({ where: { template: "remedy.approved", channel: "IN_APP" } })).toBe(1);
  });
});

describe("rejectRemedy", () => {
  it("records the reason, audits, credits nothing and notifies nobody", async () => {
    const owner = await makeCustomer();
    const remedy = await makeRemedy(owner);
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await rejectRemedy(actor, { remedyId: remedy.id, version: 1, note: "故障由客户设备引起" }, mid)).toEqual({ id: remedy.id, status: "REJECTED", version: 2 });
    expect(await db.remedy.findUniqueOrThrow({ where: { id: remedy.id }, select: { status: true, decisionNote: true, billItemId: true } })).toEqual({ status: "REJECTED", decisionNote: "故障由客户设备引起", billItemId: null });
    expect(await db.billItem.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
    expect(await auditRows("remedy.reject")).toMatchObject([{ actorId: actor.userId, targetId: remedy.id }]);
  });
});

describe("permissions and input, through the actions", () => {
  it("lets only remedy:decide decide; read-only staff and customers change nothing", async () => {
    const owner = await makeCustomer();
    const remedy = await makeRemedy(owner);
    const before = await snapshot();
    for (const role of ["QUALITY_MANAGER", "AUDITOR", "ADMIN", "AGENT"] as const) {
      const staff = await makeStaff(role);
      signInAs(staff.user);
      expect(await approveRemedyAction({ remedyId: remedy.id, version: 1, note: "" }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectRemedyAction({ remedyId: remedy.id, version: 1, note: "不符合补偿条件" }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectionOf(() => approveRemedy(staff.actor, { remedyId: remedy.id, version: 1, note: "" }))).toBeInstanceOf(ForbiddenError);
    }
    signInAs(owner.user);
    expect(await approveRemedyAction({ remedyId: remedy.id, version: 1, note: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await rejectionOf(() => approveRemedy(owner.actor, { remedyId: remedy.id, version: 1, note: "" }))).toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toMatchObject({ remedies: before.remedies, bills: before.bills, items: before.items, notifications: before.notifications });
  });

  it("refuses bad input with a field error and changes nothing", async () => {
    const owner = await makeCustomer();
    const remedy = await makeRemedy(owner);
    const supervisor = await makeStaff("SUPERVISOR");
    signInAs(supervisor.user);
    const before = await snapshot();
    const noNote = await rejectRemedyAction({ remedyId: remedy.id, version: 1, note: "  " });
    expect(noNote).toMatchObject({ ok: false, fieldErrors: { note: ["validation.tooShort.5"] } });
    expect(await approveRemedyAction({ remedyId: remedy.id, version: 0, note: "" })).toMatchObject({ ok: false, fieldErrors: { version: expect.any(Array) } });
    expect(await approveRemedyAction({ remedyId: remedy.id, version: 1, note: "x".repeat(501) })).toMatchObject({ ok: false, fieldErrors: { note: ["validation.tooLong.500"] } });
    expect(await approveRemedyAction({ remedyId: "nope", version: 1, note: "" })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await snapshot()).toEqual(before);
    expect(await approveRemedyAction({ remedyId: remedy.id, version: 1, note: "已核实" })).toMatchObject({ ok: true, data: { status: "APPROVED" } });
  });
});

describe("listRemedies and listRequestRemedies", () => {
  it("pages the proposals oldest first, masks the customer, and gives read-only staff the list but customers nothing", async () => {
    const owner = await makeCustomer();
    const ids: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      const r = await makeRemedy(owner);
      await db.remedy.update({ where: { id: r.id }, data: { createdAt: new Date(mid.getTime() + i * 60_000) } });
      ids.push(r.id);
    }
    const { actor } = await makeStaff("AUDITOR");
    const first = await listRemedies(actor, { status: "PROPOSED", after: null });
    expect(first.items.map((r) => r.id)).toEqual(ids.slice(0, 20));
    const second = await listRemedies(actor, { status: "PROPOSED", after: first.next });
    expect(second.items.map((r) => r.id)).toEqual(ids.slice(20));
    expect(second.next).toBeNull();
    expectNoSecrets(first, [owner.customer.phone]);
    expect(first.items[0]!.customer.name).not.toBe(owner.customer.name);
    expect((await listRemedies(actor, { status: "APPROVED", after: null })).items).toEqual([]);
    expect(await listRemedies(actor, { status: "PROPOSED", after: "garbage" })).toMatchObject({ staleCursor: true });
    expect((await listRemedies(owner.actor, { status: "PROPOSED", after: null })).items).toEqual([]);
    expect((await listRemedies((await makeStaff("AGENT")).actor, { status: "PROPOSED", after: null })).items).toEqual([]);
  });

  it("shows a request's approved remedies to its owner only", async () => {
    const owner = await makeCustomer();
    const other = await makeCustomer();
    const request = await makeRequest(owner);
    const remedy = await makeRemedy(owner, { requestId: request.id, amountFen: 500 });
    await makeRemedy(owner, { requestId: request.id, measure: "RESPOND_GENERAL" });
    expect(await listRequestRemedies(owner.actor, request.srn)).toEqual([]);
    await approveRemedy((await makeStaff("SUPERVISOR")).actor, { remedyId: remedy.id, version: 1, note: "" }, mid);
    expect(await listRequestRemedies(owner.actor, request.srn)).toEqual([{ id: remedy.id, measure: "ACCEPT", amountFen: 500, billMonth: "2026-11" }]);
    expect(await listRequestRemedies(other.actor, request.srn)).toEqual([]);
  });
});
