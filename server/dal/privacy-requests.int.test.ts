import { beforeEach, describe, expect, it, vi } from "vitest";
import { completePrivacyRequestAction, refusePrivacyRequestAction } from "@/app/admin/privacy/actions";
import { createPrivacyRequestAction } from "@/app/account/privacy/actions";
import { ERASABLE_CATEGORIES, PRIVACY_REQUEST_DUE_DAYS } from "@/lib/domain/privacy";
import { completePrivacyRequestSchema } from "@/lib/schemas/privacy";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makePlan, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { completePrivacyRequest, createPrivacyRequest, getPrivacyRequest, listMyPrivacyRequests, listPrivacyRequests, refusePrivacyRequest } from "./privacy-requests";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

type Owner = Awaited<ReturnType<typeof makeCustomer>>;
const DAY = 24 * 3_600_000;
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const deletion = { kind: "DELETION" as const, details: "请删除我的通知记录、评价留言和营销同意。" };
const complete = (id: string, version: number, erase: string[] = [...ERASABLE_CATEGORIES]) =>
  completePrivacyRequestSchema.parse({ id, version, outcome: "已按您的要求删除可删除的信息。", erase });

describe("createPrivacyRequest", () => {
  it("opens a request due in 15 days, audits it and notifies the customer", async () => {
    const c = await makeCustomer();
    const request = await createPrivacyRequest(c.actor, deletion, NOW);
    expect(request).toMatchObject({ kind: "DELETION", status: "OPEN", details: deletion.details, outcome: null, refusalReason: null });
    expect(request.dueAt.getTime() - NOW.getTime()).toBe(PRIVACY_REQUEST_DUE_DAYS * DAY);
    expect(await auditRows("privacy.request_create")).toMatchObject([{ actorId: c.user.id, targetId: request.id, summary: { kind: "DELETION" } }]);
    expect(await db.notification.findFirst({ where: { recipientId: c.user.id, channel: "IN_APP" } })).toMatchObject({ template: "privacy.requestReceived", payload: { kind: "DELETION" } });
  });

  it("keeps one open request of a kind; another kind is fine", async () => {
    const c = await makeCustomer();
    await createPrivacyRequest(c.actor, deletion);
    expect(((await rejectionOf(() => createPrivacyRequest(c.actor, deletion))) as ExpectedError).key).toBe("privacy.errors.requestOpen");
    await createPrivacyRequest(c.actor, { kind: "CORRECTION", details: "我的证件号码登记错了，最后一位应为 X。" });
    expect(await db.privacyRequest.count({ where: { customerId: c.customer.id } })).toBe(2);
  });

  it("keeps one row when a double submit races", async () => {
    const c = await makeCustomer();
    const results = await Promise.allSettled([createPrivacyRequest(c.actor, deletion), createPrivacyRequest(c.actor, deletion)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.privacyRequest.count()).toBe(1);
  });

  it("refuses staff, and the action refuses a short description", async () => {
    const staff = await makeStaff("SUPERVISOR");
    expect(await rejectionOf(() => createPrivacyRequest(staff.actor, deletion))).toBeInstanceOf(ForbiddenError);
    const c = await makeCustomer();
    signInAs(c.user);
    expect(await createPrivacyRequestAction({ kind: "DELETION", details: "删" })).toMatchObject({ ok: false, fieldErrors: { details: ["validation.tooShort.10"] } });
    expect(await db.privacyRequest.count()).toBe(0);
  });
});

describe("who sees privacy requests", () => {
  it("a customer sees only their own; handlers see all with the phone masked; others are refused", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const mine = await createPrivacyRequest(a.actor, deletion);
    await createPrivacyRequest(b.actor, deletion);
    expect((await listMyPrivacyRequests(a.actor)).map((r) => r.id)).toEqual([mine.id]);
    for (const role of ["SUPERVISOR", "ADMIN"] as const) {
      const staff = await makeStaff(role);
      const list = await listPrivacyRequests(staff.actor, "open");
      expect(list).toHaveLength(2);
      expect(JSON.stringify(list)).not.toContain(a.customer.phone);
      expect((await getPrivacyRequest(staff.actor, mine.id))?.customer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    for (const role of ["AGENT", "TECHNICIAN", "QUALITY_MANAGER", "AUDITOR"] as const) {
      const staff = await makeStaff(role);
      expect(await rejectionOf(() => listPrivacyRequests(staff.actor)), role).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => getPrivacyRequest(staff.actor, mine.id)), role).toBeInstanceOf(ForbiddenError);
    }
    expect(await rejectionOf(() => listPrivacyRequests(a.actor))).toBeInstanceOf(ForbiddenError);
    const admin = await makeStaff("ADMIN");
    expect(await rejectionOf(() => listMyPrivacyRequests(admin.actor))).toBeInstanceOf(ForbiddenError);
  });

  it("lists open requests by deadline, overdue first", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const late = await createPrivacyRequest(a.actor, deletion, ago(20));
    const fresh = await createPrivacyRequest(b.actor, deletion, NOW);
    const staff = await makeStaff("SUPERVISOR");
    expect((await listPrivacyRequests(staff.actor, "open")).map((r) => r.id)).toEqual([late.id, fresh.id]);
  });
});

/** A customer with data in every erasable category, some past retention and some not. */
async function withData(owner: Owner) {
  const oldRequest = await makeRequest(owner, { type: "CONSULTATION", status: "CLOSED", createdAt: ago(1200) });
  await db.serviceRequest.update({ where: { id: oldRequest.id }, data: { closedAt: ago(1190) } });
  const oldRated = await makeRequest(owner, { status: "CLOSED", createdAt: ago(1300) });
  await db.serviceRequest.update({ where: { id: oldRated.id }, data: { closedAt: ago(1299) } });
  await db.rating.create({ data: { requestId: oldRated.id, customerId: owner.customer.id, score: 4, reasons: [], comment: "旧评价" } });
  const recent = await makeRequest(owner, { status: "CLOSED", createdAt: ago(30) });
  await db.serviceRequest.update({ where: { id: recent.id }, data: { closedAt: ago(29) } });
  const open = await makeRequest(owner, { status: "IN_PROGRESS", createdAt: ago(1500) });
  // An old request behind a plan change stays with the line's record.
  const planned = await makeRequest(owner, { type: "PLAN_CHANGE", status: "CLOSED", createdAt: ago(1400) });
  await db.serviceRequest.update({ where: { id: planned.id }, data: { closedAt: ago(1400) } });
  await db.planChange.create({ data: { lineId: owner.line.id, fromPlanId: owner.line.planId, toPlanId: (await makePlan()).id, requestId: planned.id, effectiveAt: ago(1390), feeDiffFen: 0 } });
  await db.rating.create({ data: { requestId: recent.id, customerId: owner.customer.id, score: 2, reasons: ["tooLong"], comment: "等太久了" } });
  const wave = await db.surveyWave.create({ data: { code: `W-${owner.customer.id}`, kind: "NPS", title: "调查", titleEn: "Survey", startsAt: ago(10), endsAt: NOW } });
  await db.surveyResponse.create({ data: { waveId: wave.id, customerId: owner.customer.id, score: 3, reason: "信号差" } });
  await db.notification.createMany({
    data: [
      { recipientId: owner.user.id, channel: "IN_APP", template: "request.created", payload: {}, status: "SENT" },
      { recipientId: owner.user.id, channel: "SMS", address: owner.user.phone, template: "request.created", payload: {}, status: "FAILED" },
      { recipientId: owner.user.id, channel: "EMAIL", address: owner.user.email, template: "request.created", payload: {}, status: "PENDING" },
    ],
  });
  await db.consent.createMany({
    data: [
      { userId: owner.user.id, kind: "PRIVACY_NOTICE", granted: true, noticeVersion: "2026-06", source: "register", createdAt: ago(100) },
      { userId: owner.user.id, kind: "MARKETING_SMS", granted: true, source: "register", createdAt: ago(99) },
      { userId: owner.user.id, kind: "MARKETING_EMAIL", granted: false, source: "register", createdAt: ago(98) },
    ],
  });
  await db.usageRecord.createMany({ data: [{ lineId: owner.line.id, month: "2024-01" }, { lineId: owner.line.id, month: "2026-11" }] });
  await db.auditLog.createMany({
    data: [
      { actorId: owner.user.id, action: "auth.login", targetType: "User", createdAt: ago(400) },
      { actorId: owner.user.id, action: "auth.login", targetType: "User", createdAt: ago(10) },
      { actorId: owner.user.id, action: "request.create", targetType: "ServiceRequest", createdAt: ago(400) },
    ],
  });
  await db.oneTimeCode.createMany({
    data: [
      { userId: owner.user.id, purpose: "phone-change", subject: "13700000001", codeHash: "x", expiresAt: ago(1) },
      { userId: owner.user.id, purpose: "phone-change", subject: "13700000002", codeHash: "y", expiresAt: new Date(NOW.getTime() + 600_000) },
    ],
  });
  await db.serviceArchive.create({ data: { customerId: owner.customer.id, lineId: owner.line.id, snapshot: {}, archivedAt: ago(10), retainUntil: new Date(NOW.getTime() + 1800 * DAY) } });
  return { oldRequest, oldRated, recent, open, planned };
}

describe("completePrivacyRequest", () => {
  it("erases what may be erased, keeps what the law requires, audits the counts and tells the customer", async () => {
    const c = await makeCustomer();
    const other = await makeCustomer();
    const r = await withData(c);
    await withData(other);
    const request = await createPrivacyRequest(c.actor, deletion);
    const staff = await makeStaff("SUPERVISOR");

    const result = await completePrivacyRequest(staff.actor, complete(request.id, request.version), NOW);
    expect(result.erased).toEqual({ usage: 1, requests: 2, feedback: 2, notifications: 3, consents: 1, logs: 2 });

    // Requests: finished and closed more than 3 years ago go (with their ratings); recent, open and plan-change ones stay.
    const left = (await db.serviceRequest.findMany({ where: { customerId: c.customer.id }, select: { id: true } })).map((x) => x.id).sort();
    expect(left).toEqual([r.recent.id, r.open.id, r.planned.id].sort());
    expect(await db.rating.count({ where: { requestId: r.oldRated.id } })).toBe(0);
    // Feedback: the text goes, the score stays.
    expect(await db.rating.findUniqueOrThrow({ where: { requestId: r.recent.id } })).toMatchObject({ score: 2, comment: null, reasons: ["tooLong"] });
    expect(await db.surveyResponse.findFirstOrThrow({ where: { customerId: c.customer.id } })).toMatchObject({ score: 3, reason: null });
    // Messages: sent and failed ones go; those still waiting to go out stay, and the completion notice is new.
    const messages = await db.notification.findMany({ where: { recipientId: c.user.id }, select: { template: true, status: true, channel: true } });
    expect(messages.filter((m) => m.status !== "PENDING").map((m) => m.template)).toEqual(["privacy.requestCompleted"]);
    expect(messages.filter((m) => m.template === "request.created")).toEqual([{ template: "request.created", status: "PENDING", channel: "EMAIL" }]);
    // Consents: marketing withdrawn by a new row; the notice consent and the history are kept.
    const consents = await db.consent.findMany({ where: { userId: c.user.id }, orderBy: { createdAt: "asc" } });
    expect(consents.map((x) => [x.kind, x.granted, x.source])).toEqual([
      ["PRIVACY_NOTICE", true, "register"],
      ["MARKETING_SMS", true, "register"],
      ["MARKETING_EMAIL", false, "register"],
      ["MARKETING_SMS", false, "deletion-request"],
    ]);
    // Usage past 5 months, sign-in logs past 6 months and dead codes go; the rest stays.
    expect((await db.usageRecord.findMany({ where: { lineId: c.line.id } })).map((u) => u.month)).toEqual(["2026-11"]);
    expect(await db.auditLog.count({ where: { actorId: c.user.id, action: "auth.login" } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: c.user.id, action: "request.create" } })).toBe(1);
    expect((await db.oneTimeCode.findMany({ where: { userId: c.user.id } })).map((x) => x.subject)).toEqual(["13700000002"]);
    // Kept: identity, lines, archives, privacy requests.
    expect(await db.customer.findUniqueOrThrow({ where: { id: c.customer.id } })).toMatchObject({ name: c.customer.name, idNumber: c.customer.idNumber });
    expect(await db.serviceArchive.count({ where: { customerId: c.customer.id } })).toBe(1);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "COMPLETED", handledById: staff.user.id, version: 2 });

    // The other customer's data is untouched.
    expect(await db.serviceRequest.count({ where: { customerId: other.customer.id } })).toBe(5);
    expect(await db.notification.count({ where: { recipientId: other.user.id } })).toBe(3);
    expect(await db.rating.count({ where: { customerId: other.customer.id, comment: { not: null } } })).toBe(2);

    expect(await auditRows("privacy.request_complete")).toMatchObject([{ actorId: staff.user.id, targetId: request.id, summary: { kind: "DELETION", erased: result.erased } }]);
    const [mine] = await listMyPrivacyRequests(c.actor);
    expect(mine).toMatchObject({ status: "COMPLETED", outcome: "已按您的要求删除可删除的信息。", erased: result.erased });
  });

  it("erases only the categories staff chose", async () => {
    const c = await makeCustomer();
    await withData(c);
    const request = await createPrivacyRequest(c.actor, deletion);
    const result = await completePrivacyRequest((await makeStaff("ADMIN")).actor, complete(request.id, 1, ["notifications"]));
    expect(result.erased).toEqual({ notifications: 3 });
    expect(await db.rating.count({ where: { customerId: c.customer.id, comment: { not: null } } })).toBe(2);
  });

  it("completes a correction with an outcome and erases nothing; erasing is for deletions only", async () => {
    const c = await makeCustomer();
    await withData(c);
    const request = await createPrivacyRequest(c.actor, { kind: "CORRECTION", details: "证件号码最后一位应为 X，请更正。" });
    const staff = await makeStaff("SUPERVISOR");
    expect(((await rejectionOf(() => completePrivacyRequest(staff.actor, complete(request.id, 1, ["notifications"])))) as ExpectedError).key).toBe("privacy.errors.eraseOnlyDeletion");
    expect(await completePrivacyRequest(staff.actor, complete(request.id, 1, []))).toMatchObject({ status: "COMPLETED", erased: {} });
    expect(await db.notification.count({ where: { recipientId: c.user.id, template: "request.created" } })).toBe(3);
  });

  it("conflicts on a stale version and refuses a request already handled", async () => {
    const c = await makeCustomer();
    const request = await createPrivacyRequest(c.actor, deletion);
    const [a, b] = [await makeStaff("SUPERVISOR"), await makeStaff("ADMIN")];
    const results = await Promise.allSettled([completePrivacyRequest(a.actor, complete(request.id, 1)), refusePrivacyRequest(b.actor, { id: request.id, version: 1, reason: "无法核实申请人身份，请到营业厅办理。" })]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(await rejectionOf(() => completePrivacyRequest(a.actor, complete(request.id, 1)))).toBeInstanceOf(ConflictError);
    expect(((await rejectionOf(() => completePrivacyRequest(a.actor, complete(request.id, 2)))) as ExpectedError).key).toBe("errors.invalidState");
    expect((await auditRows("privacy.request_complete")).length + (await auditRows("privacy.request_refuse")).length).toBe(1);
  });

  it("is not-found for an unknown id and refused for customers and non-handlers", async () => {
    const c = await makeCustomer();
    const request = await createPrivacyRequest(c.actor, deletion);
    const [admin, agent] = [await makeStaff("ADMIN"), await makeStaff("AGENT")];
    expect(await rejectionOf(() => completePrivacyRequest(admin.actor, complete("nope", 1)))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(() => completePrivacyRequest(c.actor, complete(request.id, 1)))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => completePrivacyRequest(agent.actor, complete(request.id, 1)))).toBeInstanceOf(ForbiddenError);
    signInAs(c.user);
    expect(await completePrivacyRequestAction({ id: request.id, version: 1, outcome: "自己处理自己的申请", erase: [] })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");
  });
});

describe("refusePrivacyRequest", () => {
  it("refuses with the reason the customer reads, audits and notifies", async () => {
    const c = await makeCustomer();
    await withData(c);
    const request = await createPrivacyRequest(c.actor, deletion);
    const staff = await makeStaff("ADMIN");
    const reason = "您要求删除的实名信息须依法保存至服务终止后 2 年，暂不能删除。";
    expect(await refusePrivacyRequest(staff.actor, { id: request.id, version: 1, reason })).toEqual({ id: request.id, status: "REFUSED" });
    const [mine] = await listMyPrivacyRequests(c.actor);
    expect(mine).toMatchObject({ status: "REFUSED", refusalReason: reason, outcome: null, erased: null });
    expect(await db.notification.findFirst({ where: { recipientId: c.user.id, template: "privacy.requestRefused" } })).toMatchObject({ payload: { kind: "DELETION", reason } });
    expect(await auditRows("privacy.request_refuse")).toMatchObject([{ actorId: staff.user.id, targetId: request.id }]);
    // Nothing was erased.
    expect(await db.notification.count({ where: { recipientId: c.user.id, template: "request.created" } })).toBe(3);
  });

  it("needs a reason of at least 10 characters (through the action)", async () => {
    const c = await makeCustomer();
    const request = await createPrivacyRequest(c.actor, deletion);
    const staff = await makeStaff("SUPERVISOR");
    signInAs(staff.user);
    expect(await refusePrivacyRequestAction({ id: request.id, version: 1, reason: "不行" })).toMatchObject({ ok: false, fieldErrors: { reason: ["validation.tooShort.10"] } });
    expect((await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");
  });
});
