import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createComplaintOnBehalfAction, createRequestOnBehalfAction } from "@/app/admin/customers/actions";
import { maskEmail, maskIdNumber, maskPhone } from "@/lib/domain/mask";
import { addBusinessHours } from "@/lib/domain/business-calendar";
import { CN_STANDARD } from "@/lib/domain/cn-calendar";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { faultInput, makeCustomer, makePlan, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { createComplaintOnBehalf, listComplaintTargetsFor, listOpenComplaintsFor } from "./complaints";
import { CUSTOMER_PAGE_SIZE, customerForRequest, searchCustomers, viewCustomer } from "./customer-360";
import { createRequest, createRequestOnBehalf, listOpenRequestsFor } from "./request-create";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const HOUR = 3_600_000;
const READERS: StaffRole[] = ["AGENT", "TECHNICIAN", "SUPERVISOR", "QUALITY_MANAGER", "AUDITOR"];
const CREATORS: StaffRole[] = ["AGENT", "SUPERVISOR"];

const complaint = (over: Record<string, unknown> = {}) => ({
  category: "BILLING" as const,
  relatedSrn: "",
  description: "上个月账单多收了 30 元流量费，我没有超出套餐流量。",
  desiredOutcome: "退还多收的 30 元",
  allowDuplicate: false,
  idempotencyKey: randomUUID(),
  ...over,
});

describe("searchCustomers", () => {
  it("finds a customer by name, full phone, phone tail, line or account number and SRN, masked", async () => {
    const agent = await makeStaff("AGENT");
    const a = await makeCustomer({ name: "周敏测试" });
    const b = await makeCustomer({ name: "李娜测试" });
    const broadband = await db.line.create({ data: { customerId: a.customer.id, number: `BB${Date.now()}`, kind: "BROADBAND", planId: (await makePlan("BROADBAND")).id, area: "北京" } });
    const request = await makeRequest(b);
    const ids = async (q: string) => (await searchCustomers(agent.actor, { q })).items.map((c) => c.id);

    expect(await ids("周敏")).toEqual([a.customer.id]);
    expect(await ids(a.customer.phone)).toEqual([a.customer.id]);
    expect(await ids(a.customer.phone.slice(-4))).toContain(a.customer.id);
    expect(await ids(a.customer.phone.slice(-4))).not.toContain(b.customer.id);
    expect(await ids(broadband.number.toLowerCase())).toEqual([a.customer.id]);
    expect(await ids(request.srn)).toEqual([b.customer.id]);
    expect(await ids("没有这个人")).toEqual([]);

    const result = await searchCustomers(agent.actor, { q: a.customer.phone });
    expect(result.items[0]).toMatchObject({ name: "周敏测试", phone: maskPhone(a.customer.phone), type: "PERSONAL" });
    expect(result.items[0]!.lines.map((l) => l.number).sort()).toEqual([broadband.number, maskPhone(a.line.number)].sort());
    expectNoSecrets(result, [a.customer.phone]);
  });

  it("filters by type and lifecycle stage", async () => {
    const agent = await makeStaff("AGENT");
    const personal = await makeCustomer({ name: "筛选个人" });
    const enterprise = await makeCustomer({ name: "筛选企业", type: "ENTERPRISE" });
    await db.customer.update({ where: { id: enterprise.customer.id }, data: { lifecycleStage: "AT_RISK" } });
    const ids = async (f: Parameters<typeof searchCustomers>[1]) => (await searchCustomers(agent.actor, { q: "筛选", ...f })).items.map((c) => c.id);
    expect(await ids({ type: "ENTERPRISE" })).toEqual([enterprise.customer.id]);
    expect(await ids({ stage: "AT_RISK" })).toEqual([enterprise.customer.id]);
    expect(await ids({ stage: "NEW" })).toEqual([personal.customer.id]);
    expect(await ids({ type: "GOVERNMENT" })).toEqual([]);
  });

  it("pages by keyset in name order without repeats, and starts again on a forged cursor", async () => {
    const agent = await makeStaff("SUPERVISOR");
    for (let i = 0; i < CUSTOMER_PAGE_SIZE + 3; i++) await makeCustomer({ name: `翻页${String(i).padStart(2, "0")}` });
    const first = await searchCustomers(agent.actor, { q: "翻页" });
    expect(first.items).toHaveLength(CUSTOMER_PAGE_SIZE);
    expect(first.next).toBeTruthy();
    const second = await searchCustomers(agent.actor, { q: "翻页", after: first.next! });
    expect(second.items.map((c) => c.name)).toEqual(["翻页20", "翻页21", "翻页22"]);
    expect(second.next).toBeNull();
    const names = [...first.items, ...second.items].map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(CUSTOMER_PAGE_SIZE + 3);
    const forged = await searchCustomers(agent.actor, { q: "翻页", after: "bm90LWpzb24" });
    expect(forged.staleCursor).toBe(true);
    expect(forged.items[0]!.name).toBe("翻页00");
  });

  it("gives nothing to staff without customer:read", async () => {
    await makeCustomer({ name: "无权查看" });
    for (const role of STAFF_ROLES.filter((r) => !READERS.includes(r))) {
      expect((await searchCustomers((await makeStaff(role)).actor, { q: "无权查看" })).items, role).toEqual([]);
    }
    for (const role of READERS) expect((await searchCustomers((await makeStaff(role)).actor, { q: "无权查看" })).items, role).toHaveLength(1);
  });
});

describe("viewCustomer", () => {
  it("reads the whole record, masked, and writes one customer.view audit row per view", async () => {
    const agent = await makeStaff("AGENT");
    const a = await makeCustomer({ name: "全景客户" });
    await db.line.update({ where: { id: a.line.id }, data: { status: "ACTIVE" } });
    const old = await db.line.create({ data: { customerId: a.customer.id, number: `139${String(Date.now()).slice(-8)}`, kind: "MOBILE", planId: a.line.planId, area: "北京", status: "TERMINATED", terminatedAt: new Date() } });
    const open = await makeRequest(a);
    const closed = await makeRequest(a, { status: "CLOSED" });
    await db.serviceRequest.update({ where: { id: closed.id }, data: { closedAt: new Date() } });
    const filed = await makeRequest(a, { type: "COMPLAINT" });
    await db.serviceRequest.update({ where: { id: filed.id }, data: { details: { category: "BILLING", desiredOutcome: "退款" }, relatedRequestId: closed.id } });
    await db.rating.create({ data: { requestId: closed.id, customerId: a.customer.id, score: 2, reasons: ["tooLong"], comment: "等了三天", resolved: false } });
    await db.followUp.create({ data: { requestId: closed.id, reason: "LOW_RATING", dueAt: new Date(Date.now() + 24 * HOUR), outcome: "NOT_REACHED", attempts: 1 } });
    await db.consent.create({ data: { userId: a.user.id, kind: "PRIVACY_NOTICE", granted: true, noticeVersion: "2025-01", source: "register", createdAt: new Date(Date.now() - 2 * HOUR) } });
    await db.consent.create({ data: { userId: a.user.id, kind: "MARKETING_SMS", granted: true, source: "register", createdAt: new Date(Date.now() - 2 * HOUR) } });
    await db.consent.create({ data: { userId: a.user.id, kind: "MARKETING_SMS", granted: false, source: "privacy-centre" } });
    await db.privacyRequest.create({ data: { customerId: a.customer.id, requesterId: a.user.id, kind: "DELETION", details: "删除营销数据", dueAt: new Date(Date.now() + 15 * 24 * HOUR) } });
    const other = await makeCustomer();
    await makeRequest(other);

    const view = (await viewCustomer(agent.actor, a.customer.id))!;
    expect(view.profile).toMatchObject({
      id: a.customer.id,
      name: "全景客户",
      type: "PERSONAL",
      lifecycleStage: "NEW",
      phone: maskPhone(a.customer.phone),
      email: maskEmail(a.customer.email),
      maskedIdNumber: maskIdNumber(a.customer.idNumber),
      hasAccount: true,
    });
    expect(view.lines.map((l) => [l.number, l.status])).toEqual([
      [maskPhone(a.line.number), "ACTIVE"],
      [maskPhone(old.number), "TERMINATED"],
    ]);
    expect(view.openRequests.map((r) => r.srn)).toEqual([open.srn]);
    expect(view.pastRequests.map((r) => r.srn)).toEqual([closed.srn]);
    expect(view.complaints).toMatchObject([{ srn: filed.srn, category: "BILLING", relatedSrn: closed.srn, channel: "WEB" }]);
    expect(view.ratings).toMatchObject([{ srn: closed.srn, score: 2, comment: "等了三天", resolved: false }]);
    expect(view.followUps).toMatchObject([{ srn: closed.srn, reason: "LOW_RATING", status: "OPEN", outcome: "NOT_REACHED" }]);
    expect(view.consents.current.MARKETING_SMS).toMatchObject({ granted: false, source: "privacy-centre" });
    expect(view.consents.current.PRIVACY_NOTICE).toMatchObject({ granted: true, noticeVersion: "2025-01" });
    expect(view.consents.history).toHaveLength(3);
    expect(view.privacyRequests).toMatchObject([{ kind: "DELETION", status: "OPEN" }]);
    expectNoSecrets(view, [a.customer.phone, a.line.number, old.number, a.customer.email!, a.customer.idNumber!]);

    await viewCustomer(agent.actor, a.customer.id);
    expect(await auditRows("customer.view")).toMatchObject([
      { actorId: agent.user.id, actorRole: "AGENT", targetType: "Customer", targetId: a.customer.id },
      { actorId: agent.user.id, actorRole: "AGENT", targetType: "Customer", targetId: a.customer.id },
    ]);
  });

  it("lets auditors read (audited) and keeps out staff without customer:read; an unknown id writes nothing", async () => {
    const a = await makeCustomer();
    const auditor = await makeStaff("AUDITOR");
    expect((await viewCustomer(auditor.actor, a.customer.id))?.profile.id).toBe(a.customer.id);
    expect(await auditRows("customer.view")).toMatchObject([{ actorRole: "AUDITOR", targetId: a.customer.id }]);
    for (const role of STAFF_ROLES.filter((r) => !READERS.includes(r))) expect(await viewCustomer((await makeStaff(role)).actor, a.customer.id), role).toBeNull();
    expect(await viewCustomer(auditor.actor, "cnotacustomer0000000000")).toBeNull();
    expect(await auditRows("customer.view")).toHaveLength(1);
  });
});

describe("createRequestOnBehalf", () => {
  it("files a fault by phone for the customer: channel, staff creator, the customer's deadlines, audit row and notification", async () => {
    const agent = await makeStaff("AGENT");
    const a = await makeCustomer();
    const { srn } = await createRequestOnBehalf(agent.actor, { ...faultInput(a.line.id), customerId: a.customer.id, channel: "PHONE" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { events: true } });
    expect(row).toMatchObject({ type: "FAULT_REPAIR", status: "SUBMITTED", channel: "PHONE", customerId: a.customer.id, lineId: a.line.id, createdById: agent.user.id, level: 2 });
    // The same clocks as the customer's own form: accepted within 24 business hours, a level-2
    // fault answered in 2 h and restored in 4 h around the clock (lib/domain/sla-policy.ts).
    expect(row.acceptBy).toEqual(addBusinessHours(CN_STANDARD, row.createdAt, 24));
    expect(row.respondBy!.getTime() - row.createdAt.getTime()).toBe(2 * HOUR);
    expect(row.resolveBy!.getTime() - row.createdAt.getTime()).toBe(4 * HOUR);
    const mine = await createRequest(a.actor, faultInput(a.line.id, { allowDuplicate: true }));
    const own = await db.serviceRequest.findUniqueOrThrow({ where: { srn: mine.srn } });
    expect(own.channel).toBe("WEB");
    expect(own.createdById).toBe(a.user.id);
    expect(row.events).toMatchObject([{ kind: "created", visibility: "CUSTOMER", actorId: agent.user.id, toStatus: "SUBMITTED" }]);
    expect(await auditRows("request.createOnBehalf")).toMatchObject([
      { actorId: agent.user.id, actorRole: "AGENT", targetId: row.id, summary: { srn, type: "FAULT_REPAIR", customerId: a.customer.id, channel: "PHONE" } },
    ]);
    const notes = await db.notification.findMany({ where: { recipientId: a.user.id, template: "request.created", payload: { path: ["srn"], equals: srn } } });
    expect(notes.map((n) => n.channel).sort()).toEqual(["EMAIL", "IN_APP", "SMS"]);
  });

  it("keeps 一事一报: an open request on the line is a duplicate until confirmed", async () => {
    const supervisor = await makeStaff("SUPERVISOR");
    const a = await makeCustomer();
    await createRequest(a.actor, faultInput(a.line.id));
    expect((await listOpenRequestsFor(supervisor.actor, a.customer.id, "FAULT_REPAIR")).map((r) => r.lineId)).toEqual([a.line.id]);
    const before = await rowCounts();
    await expect(createRequestOnBehalf(supervisor.actor, { ...faultInput(a.line.id), customerId: a.customer.id, channel: "COUNTER" })).rejects.toMatchObject({ key: "errors.duplicateOpen" });
    expect(await rowCounts()).toEqual(before);
    const { srn } = await createRequestOnBehalf(supervisor.actor, { ...faultInput(a.line.id, { allowDuplicate: true }), customerId: a.customer.id, channel: "COUNTER" });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).toMatchObject({ channel: "COUNTER", createdById: supervisor.user.id });
  });

  it("refuses the roles without request:create:onBehalf, another customer's line, an unknown customer and the web channel", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const before = await rowCounts();
    for (const role of STAFF_ROLES.filter((r) => !CREATORS.includes(r))) {
      const error = await rejectionOf(() => createRequestOnBehalf(makeActor(role), { ...faultInput(a.line.id), customerId: a.customer.id, channel: "PHONE" }));
      expect(error, role).toBeInstanceOf(ForbiddenError);
      expect(await listOpenRequestsFor(makeActor(role), a.customer.id), role).toEqual([]);
      expect(await customerForRequest(makeActor(role), a.customer.id), role).toBeNull();
    }
    const agent = (await makeStaff("AGENT")).actor;
    const counts = await rowCounts();
    await expect(createRequestOnBehalf(agent, { ...faultInput(b.line.id), customerId: a.customer.id, channel: "PHONE" })).rejects.toMatchObject({ key: "errors.lineNotFound" });
    expect(await rejectionOf(() => createRequestOnBehalf(agent, { ...faultInput(a.line.id), customerId: "cnotacustomer0000000000", channel: "PHONE" }))).toBeInstanceOf(NotFoundError);
    const web = await rejectionOf(() => createRequestOnBehalf(agent, { ...faultInput(a.line.id), customerId: a.customer.id, channel: "WEB" as "PHONE" }));
    expect(web).toBeInstanceOf(ExpectedError);
    expect(await rowCounts()).toEqual(counts);
    expect(counts.requests).toBe(before.requests);
  });

  it("gives the form the customer's lines in service, masked", async () => {
    const agent = (await makeStaff("AGENT")).actor;
    const a = await makeCustomer();
    await db.line.create({ data: { customerId: a.customer.id, number: `139${String(Date.now()).slice(-8)}`, kind: "MOBILE", planId: a.line.planId, area: "北京", status: "TERMINATED" } });
    const form = (await customerForRequest(agent, a.customer.id))!;
    expect(form.lines.map((l) => l.number)).toEqual([maskPhone(a.line.number)]);
    expectNoSecrets(form, [a.customer.phone]);
  });
});

describe("createComplaintOnBehalf", () => {
  it("files a complaint at the counter about one of the customer's requests, and keeps its 一事一报", async () => {
    const agent = await makeStaff("AGENT");
    const a = await makeCustomer();
    const b = await makeCustomer();
    const fault = await makeRequest(a, { status: "RESOLVED", acceptedAt: new Date() });
    const theirs = await makeRequest(b);
    expect((await listComplaintTargetsFor(agent.actor, a.customer.id)).map((r) => r.srn)).toEqual([fault.srn]);
    await expect(createComplaintOnBehalf(agent.actor, { ...complaint({ relatedSrn: theirs.srn }), customerId: a.customer.id, channel: "COUNTER" })).rejects.toMatchObject({
      key: "complaints.errors.relatedNotFound",
    });
    const { srn } = await createComplaintOnBehalf(agent.actor, { ...complaint({ relatedSrn: fault.srn }), customerId: a.customer.id, channel: "COUNTER" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({ type: "COMPLAINT", channel: "COUNTER", createdById: agent.user.id, customerId: a.customer.id, relatedRequestId: fault.id });
    expect(row.resolveBy!.getTime() - row.createdAt.getTime()).toBe(15 * 24 * HOUR);
    expect(await listOpenComplaintsFor(agent.actor, a.customer.id)).toEqual([{ srn, status: "SUBMITTED", relatedSrn: fault.srn }]);
    await expect(createComplaintOnBehalf(agent.actor, { ...complaint({ relatedSrn: fault.srn }), customerId: a.customer.id, channel: "PHONE" })).rejects.toMatchObject({
      key: "complaints.errors.duplicateOpen",
    });
    expect(await auditRows("request.createOnBehalf")).toMatchObject([{ targetId: row.id, summary: { type: "COMPLAINT", channel: "COUNTER" } }]);
    expect(await db.notification.count({ where: { recipientId: a.user.id, template: "request.complaintCreated" } })).toBe(3);
  });
});

describe("the on-behalf actions", () => {
  it("validate with the customer forms' schemas plus the customer and channel, and refuse other roles", async () => {
    const a = await makeCustomer();
    const agent = await makeStaff("AGENT");
    signInAs(agent.user);
    const bad = await createRequestOnBehalfAction({ ...faultInput(a.line.id, { description: "短" }), customerId: a.customer.id, channel: "PHONE" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { description: ["validation.tooShort.10"] } });
    const noChannel = await createRequestOnBehalfAction({ ...faultInput(a.line.id), customerId: a.customer.id, channel: "" as "PHONE" });
    expect(noChannel).toMatchObject({ ok: false, fieldErrors: { channel: ["validation.choose"] } });
    const ok = await createRequestOnBehalfAction({ ...faultInput(a.line.id), customerId: a.customer.id, channel: "PHONE" });
    expect(ok).toEqual({ ok: true, data: { srn: expect.stringMatching(/^SR\d{14}$/) } });
    const filed = await createComplaintOnBehalfAction({ ...complaint(), customerId: a.customer.id, channel: "PHONE" });
    expect(filed).toEqual({ ok: true, data: { srn: expect.stringMatching(/^SR\d{14}$/) } });

    const auditor = await makeStaff("AUDITOR");
    signInAs(auditor.user);
    const before = await rowCounts();
    expect(await createRequestOnBehalfAction({ ...faultInput(a.line.id), customerId: a.customer.id, channel: "PHONE" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await createComplaintOnBehalfAction({ ...complaint(), customerId: a.customer.id, channel: "PHONE" })).toEqual({ ok: false, formError: "errors.forbidden" });
    signInAs(a.user);
    expect(await createRequestOnBehalfAction({ ...faultInput(a.line.id), customerId: a.customer.id, channel: "PHONE" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await rowCounts()).toEqual(before);
  });
});

/** A staff actor that need not exist: the permission check comes first. */
function makeActor(role: StaffRole) {
  return { kind: "staff" as const, userId: "cnobody000000000000000000", role, teamId: null, displayName: role };
}
