import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createComplaintAction } from "@/app/account/complaints/actions";
import { remedyComplaintAction } from "@/app/admin/requests/actions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import type { CreateComplaintInput } from "@/lib/schemas/complaint";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { COMPLAINTS_TEAM, createComplaint, getAppealPack, listComplaintTargets, listOpenComplaints } from "./complaints";
import { confirmResolution, provideInformation, remedyComplaint, reopenRequest, requestInformation, resolveRequest, startRequest, acceptRequest } from "./request-transitions";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 86_400_000;
type Owner = Awaited<ReturnType<typeof makeCustomer>>;

const complaintInput = (over: Partial<CreateComplaintInput> = {}): CreateComplaintInput => ({
  category: "BILLING",
  relatedSrn: "",
  description: "上个月账单多收了 30 元流量费，我没有超出套餐流量。",
  desiredOutcome: "退还多收的 30 元",
  allowDuplicate: false,
  idempotencyKey: randomUUID(),
  ...over,
});

async function complaintsTeam() {
  return db.team.upsert({ where: { code: COMPLAINTS_TEAM }, create: { code: COMPLAINTS_TEAM, name: "投诉处理", nameEn: "Complaints" }, update: {} });
}

/** A resolved fault of the owner's, which they may complain about. */
const resolvedRequest = (owner: Owner) => makeRequest(owner, { status: "RESOLVED", acceptedAt: new Date(Date.now() - DAY) });

describe("createComplaint", () => {
  it("files a complaint for the complaints team with the statutory 15-day reply deadline, its event, audit row and notifications", async () => {
    const team = await complaintsTeam();
    const a = await makeCustomer();
    const input = complaintInput();
    const result = await createComplaint(a.actor, input);
    expect(result).toEqual({ srn: expect.stringMatching(/^SR\d{14}$/) });
    expectNoSecrets(result, [a.customer.phone]);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn: result.srn }, include: { events: true } });
    expect(row).toMatchObject({
      type: "COMPLAINT",
      status: "SUBMITTED",
      customerId: a.customer.id,
      teamId: team.id,
      lineId: null,
      relatedRequestId: null,
      complaintStage: null,
      title: "BILLING",
      description: input.description,
      details: { category: "BILLING", desiredOutcome: input.desiredOutcome },
      respondBy: null,
      version: 1,
    });
    // The complaint team accepts within 48 hours, around the clock (lib/domain/sla-policy.ts).
    expect(row.acceptBy.getTime() - row.createdAt.getTime()).toBe(48 * 3_600_000);
    expect(row.resolveBy!.getTime() - row.createdAt.getTime()).toBe(15 * DAY);
    expect(row.events).toMatchObject([{ kind: "created", visibility: "CUSTOMER", actorId: a.user.id, toStatus: "SUBMITTED" }]);
    expect(await auditRows("request.create")).toMatchObject([
      { actorId: a.user.id, actorRole: "CUSTOMER", targetId: row.id, summary: { srn: result.srn, type: "COMPLAINT", category: "BILLING", relatedSrn: null, duplicateConfirmed: false } },
    ]);
    const notes = await db.notification.findMany({ where: { recipientId: a.user.id }, orderBy: { channel: "asc" } });
    expect(notes).toMatchObject(
      ["IN_APP", "SMS", "EMAIL"].map((channel) => ({ channel, template: "request.complaintCreated", payload: { srn: result.srn, acceptBy: row.acceptBy.toISOString(), replyBy: row.resolveBy!.toISOString() } })),
    );
  });

  it("links one of the customer's own requests, and takes its line", async () => {
    const a = await makeCustomer();
    const fault = await resolvedRequest(a);
    const { srn } = await createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn, category: "HANDLING_TIME" }));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({ relatedRequestId: fault.id, lineId: a.line.id, title: "HANDLING_TIME" });
    expect((await auditRows("request.create")).at(-1)?.summary).toMatchObject({ relatedSrn: fault.srn });
  });

  it("works without the complaints team (a fresh database): no team", async () => {
    const a = await makeCustomer();
    const { srn } = await createComplaint(a.actor, complaintInput());
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).teamId).toBeNull();
  });

  it("refuses another customer's request, a complaint and an unknown SRN as the linked request, and writes nothing", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const theirs = await resolvedRequest(b);
    const { srn: ownComplaint } = await createComplaint(a.actor, complaintInput());
    const before = await rowCounts();
    for (const relatedSrn of [theirs.srn, ownComplaint, "SR20991231999999"]) {
      const error = await rejectionOf(() => createComplaint(a.actor, complaintInput({ relatedSrn })));
      expect(error, relatedSrn).toBeInstanceOf(ExpectedError);
      expect(error).toMatchObject({ key: "complaints.errors.relatedNotFound", fieldErrors: { relatedSrn: ["complaints.errors.relatedNotFound"] } });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("一事一报: warns about an open complaint on the same request until the customer confirms", async () => {
    const a = await makeCustomer();
    const fault = await resolvedRequest(a);
    const first = await createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn }));
    const before = await rowCounts();
    await expect(createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn }))).rejects.toMatchObject({ key: "complaints.errors.duplicateOpen" });
    expect(await rowCounts()).toEqual(before);
    const second = await createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn, allowDuplicate: true }));
    expect(second.srn).not.toBe(first.srn);
    expect((await auditRows("request.create")).at(-1)?.summary).toMatchObject({ duplicateConfirmed: true });
    // Complaints without a linked request never clash.
    await createComplaint(a.actor, complaintInput());
    await expect(createComplaint(a.actor, complaintInput())).resolves.toMatchObject({ srn: expect.any(String) });
  });

  it("does not count a closed complaint about the same request as a duplicate", async () => {
    const a = await makeCustomer();
    const fault = await resolvedRequest(a);
    const { srn } = await createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn }));
    await db.serviceRequest.update({ where: { srn }, data: { status: "CLOSED" } });
    await expect(createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn }))).resolves.toMatchObject({ srn: expect.any(String) });
  });

  it("returns the first complaint to a repeated submission, and one to two racing ones", async () => {
    const a = await makeCustomer();
    const input = complaintInput();
    const first = await createComplaint(a.actor, input);
    const before = await rowCounts();
    expect(await createComplaint(a.actor, { ...input, description: "另一段文字，同一个表单" })).toEqual(first);
    expect(await rowCounts()).toEqual(before);
    const racing = complaintInput();
    const results = await Promise.all([createComplaint(a.actor, racing), createComplaint(a.actor, racing)]);
    expect(results[0]).toEqual(results[1]);
    expect(await db.serviceRequest.count({ where: { customerId: a.customer.id, idempotencyKey: racing.idempotencyKey } })).toBe(1);
  });

  it.each(STAFF_ROLES)("refuses staff (%s) and writes nothing", async (role) => {
    const { actor } = await makeStaff(role);
    const before = await rowCounts();
    expect(await rejectionOf(() => createComplaint(actor as never, complaintInput()))).toBeInstanceOf(ForbiddenError);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("createComplaintAction", () => {
  it("files the signed-in customer's complaint and answers with its SRN", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const result = await createComplaintAction(complaintInput());
    expect(result).toEqual({ ok: true, data: { srn: expect.stringMatching(/^SR\d{14}$/) } });
  });

  it("gives translated field errors for bad input and writes nothing", async () => {
    const a = await makeCustomer();
    signInAs(a.user);
    const before = await rowCounts();
    const result = await createComplaintAction({ ...complaintInput(), category: "" as never, description: "短", desiredOutcome: "", relatedSrn: "abc" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: { category: ["validation.choose"], description: ["validation.tooShort.10"], desiredOutcome: ["validation.tooShort.5"], relatedSrn: ["validation.srn"] },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses staff and anonymous callers", async () => {
    const { user } = await makeStaff("AGENT");
    signInAs(user);
    expect(await createComplaintAction(complaintInput())).toEqual({ ok: false, formError: "errors.forbidden" });
    signInAs(null);
    expect(await createComplaintAction(complaintInput())).toEqual({ ok: false, formError: "errors.signInRequired" });
  });
});

describe("listComplaintTargets and listOpenComplaints", () => {
  it("offer the owner their own requests (not complaints) and their open complaints; nobody else sees them", async () => {
    const a = await makeCustomer();
    const b = await makeCustomer();
    const fault = await resolvedRequest(a);
    const other = await resolvedRequest(b);
    const { srn: complaint } = await createComplaint(a.actor, complaintInput({ relatedSrn: fault.srn }));
    const targets = await listComplaintTargets(a.actor);
    expect(targets.map((t) => t.srn)).toEqual([fault.srn]);
    expect(targets[0]).toEqual({ srn: fault.srn, type: "FAULT_REPAIR", title: "NO_SIGNAL", status: "RESOLVED", createdAt: expect.any(Date) });
    expectNoSecrets(targets, [a.customer.phone]);
    expect(await listOpenComplaints(a.actor)).toEqual([{ srn: complaint, status: "SUBMITTED", relatedSrn: fault.srn }]);
    expect((await listComplaintTargets(b.actor)).map((t) => t.srn)).toEqual([other.srn]);
    expect(await listOpenComplaints(b.actor)).toEqual([]);
    for (const role of ["AGENT", "SUPERVISOR", "AUDITOR"] as const) {
      const { actor } = await makeStaff(role);
      expect(await listComplaintTargets(actor), role).toEqual([]);
      expect(await listOpenComplaints(actor), role).toEqual([]);
    }
  });
});

describe("the complaint workflow through the request transitions", () => {
  it("受理 → 调查 → 处理 → 反馈, told in the complaint's notifications, with the reply meeting the statutory deadline", async () => {
    const a = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const { srn } = await createComplaint(a.actor, complaintInput());
    await acceptRequest(agent.actor, { srn, version: 1, message: "" });
    await startRequest(agent.actor, { srn, version: 2, message: "" });
    const stage = async () => (await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).complaintStage;
    expect(await stage()).toBe("INVESTIGATION");
    await expect(remedyComplaint(agent.actor, { srn, version: 3, message: "已核实多收费用，正在退费" })).resolves.toEqual({ srn, status: "IN_PROGRESS" });
    expect(await stage()).toBe("REMEDY");
    await resolveRequest(agent.actor, { srn, version: 4, result: "已退还 30 元，并致歉。" });
    const replied = await db.serviceRequest.findUniqueOrThrow({ where: { srn }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(replied).toMatchObject({ status: "RESOLVED", complaintStage: "FEEDBACK", version: 5 });
    expect(replied.resolvedAt).toEqual(replied.events.at(-1)!.createdAt);
    expect(replied.events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["created", null, "SUBMITTED"],
      ["accept", "SUBMITTED", "ACCEPTED"],
      ["start", "ACCEPTED", "IN_PROGRESS"],
      ["remedy", "IN_PROGRESS", "IN_PROGRESS"],
      ["resolve", "IN_PROGRESS", "RESOLVED"],
    ]);
    expect(await auditRows("request.remedy")).toMatchObject([{ actorId: agent.user.id, summary: { srn, from: "IN_PROGRESS", to: "IN_PROGRESS", stageFrom: "INVESTIGATION", stageTo: "REMEDY" } }]);
    const inApp = await db.notification.findMany({ where: { recipientId: a.user.id, channel: "IN_APP" }, orderBy: { createdAt: "asc" } });
    expect(inApp.map((n) => n.template)).toEqual([
      "request.complaintCreated",
      "request.complaintAccepted",
      "request.complaintInvestigating",
      "request.complaintRemedy",
      "request.complaintReplied",
    ]);
    expect(inApp.at(-1)!.payload).toEqual({ srn, message: "已退还 30 元，并致歉。", replyBy: replied.resolveBy!.toISOString() });
  });

  it("the customer rejects the reply: back to 处理, the first reply still meets the deadline, a follow-up is due; then accepts a second reply", async () => {
    const a = await makeCustomer();
    const agent = await makeStaff("SUPERVISOR");
    const { srn } = await createComplaint(a.actor, complaintInput());
    await acceptRequest(agent.actor, { srn, version: 1, message: "" });
    await startRequest(agent.actor, { srn, version: 2, message: "" });
    await resolveRequest(agent.actor, { srn, version: 3, result: "经核查计费无误。" });
    const firstReply = (await db.serviceRequest.findUniqueOrThrow({ where: { srn } })).resolvedAt;
    await reopenRequest(a.actor, { srn, version: 4, reason: "详单显示重复扣费，答复不对。" });
    let row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", complaintStage: "REMEDY", resolvedAt: firstReply });
    expect(await db.followUp.count({ where: { requestId: row.id, reason: "NOT_RESOLVED" } })).toBe(1);
    // 处理 again is not a stage move from 处理.
    await expect(remedyComplaint(agent.actor, { srn, version: 5, message: "" })).rejects.toMatchObject({ key: "errors.invalidState" });
    await resolveRequest(agent.actor, { srn, version: 5, result: "已退还重复扣除的 10 元。" });
    await confirmResolution(a.actor, { srn, version: 6 });
    row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({ status: "CLOSED", complaintStage: "FEEDBACK", resolvedAt: firstReply });
    const templates = (await db.notification.findMany({ where: { recipientId: a.user.id, channel: "IN_APP" }, orderBy: { createdAt: "asc" } })).map((n) => n.template);
    expect(templates.slice(-3)).toEqual(["request.complaintReplyRejected", "request.complaintReplied", "request.complaintReplyAccepted"]);
  });

  it("waiting for the customer never moves the statutory reply deadline", async () => {
    const a = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const { srn } = await createComplaint(a.actor, complaintInput());
    await acceptRequest(agent.actor, { srn, version: 1, message: "" });
    await startRequest(agent.actor, { srn, version: 2, message: "" });
    const { resolveBy } = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    await requestInformation(agent.actor, { srn, version: 3, question: "请提供扣费短信的截图" });
    await db.serviceRequest.update({ where: { srn }, data: { clockPausedAt: new Date(Date.now() - 3 * DAY) } });
    await provideInformation(a.actor, { srn, version: 4, information: "截图已上传，请查收" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", complaintStage: "INVESTIGATION", clockPausedAt: null, resolveBy });
    const templates = (await db.notification.findMany({ where: { recipientId: a.user.id, channel: "IN_APP" }, orderBy: { createdAt: "asc" } })).map((n) => n.template);
    expect(templates.slice(-2)).toEqual(["request.complaintInfoRequested", "request.complaintInfoProvided"]);
  });
});

describe("remedyComplaint", () => {
  async function investigating() {
    const owner = await makeCustomer();
    const request = await makeRequest(owner, { type: "COMPLAINT", status: "IN_PROGRESS", complaintStage: "INVESTIGATION", acceptedAt: new Date(), resolveBy: new Date(Date.now() + 10 * DAY) });
    return { owner, request };
  }

  it.each(["AGENT", "SUPERVISOR"] as const)("lets %s move a complaint to 处理; an unowned one becomes theirs", async (role) => {
    const { request } = await investigating();
    const { actor, user } = await makeStaff(role);
    await remedyComplaint(actor, { srn: request.srn, version: 1, message: "" });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ complaintStage: "REMEDY", status: "IN_PROGRESS", ownerId: user.id, version: 2 });
  });

  it.each(["TECHNICIAN", "QUALITY_MANAGER", "AUDITOR", "ADMIN"] as const)("refuses %s and changes nothing", async (role) => {
    const { request } = await investigating();
    const { actor } = await makeStaff(role);
    const before = await rowCounts();
    const error = await rejectionOf(() => remedyComplaint(actor, { srn: request.srn, version: 1, message: "" }));
    expect(error).toBeInstanceOf(role === "ADMIN" ? NotFoundError : ForbiddenError);
    expect(await rowCounts()).toEqual(before);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).complaintStage).toBe("INVESTIGATION");
  });

  it("is not-found for a customer's forged call on another's complaint, and forbidden on their own", async () => {
    const { owner, request } = await investigating();
    const stranger = await makeCustomer();
    await expect(remedyComplaint(stranger.actor as never, { srn: request.srn, version: 1, message: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(remedyComplaint(owner.actor as never, { srn: request.srn, version: 1, message: "" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is an invalid state for a request that is not a complaint, and a conflict for a stale page", async () => {
    const owner = await makeCustomer();
    const fault = await makeRequest(owner, { status: "IN_PROGRESS", complaintStage: "INVESTIGATION", acceptedAt: new Date() });
    const { actor } = await makeStaff("AGENT");
    await expect(remedyComplaint(actor, { srn: fault.srn, version: 1, message: "" })).rejects.toMatchObject({ key: "errors.invalidState" });
    const { request } = await investigating();
    await expect(remedyComplaint(actor, { srn: request.srn, version: 2, message: "" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("goes through remedyComplaintAction for staff only", async () => {
    const { owner, request } = await investigating();
    signInAs(owner.user);
    expect(await remedyComplaintAction({ srn: request.srn, version: 1, message: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    const { user } = await makeStaff("AGENT");
    signInAs(user);
    expect(await remedyComplaintAction({ srn: request.srn, version: 1, message: "x".repeat(501) })).toMatchObject({ ok: false, fieldErrors: { message: ["validation.tooLong.500"] } });
    expect(await remedyComplaintAction({ srn: request.srn, version: 1, message: "调查结束" })).toEqual({ ok: true, data: { srn: request.srn, status: "IN_PROGRESS" } });
  });
});

describe("getAppealPack", () => {
  async function answered() {
    const owner = await makeCustomer({ name: "王小明" });
    const fault = await resolvedRequest(owner);
    const agent = await makeStaff("AGENT");
    const { srn } = await createComplaint(owner.actor, complaintInput({ relatedSrn: fault.srn, category: "SERVICE_ATTITUDE", desiredOutcome: "请当面道歉" }));
    await acceptRequest(agent.actor, { srn, version: 1, message: "已受理" });
    await startRequest(agent.actor, { srn, version: 2, message: "" });
    await resolveRequest(agent.actor, { srn, version: 3, result: "已约谈当事客服并致歉。" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { srn } });
    await db.requestEvent.create({ data: { requestId: row.id, kind: "note", visibility: "INTERNAL", actorId: agent.user.id, body: "内部备注：客户情绪激动" } });
    return { owner, fault, agent, srn, row };
  }

  it("gives the owner their complaint, masked phone, linked request and only the customer-visible events", async () => {
    const { owner, fault, agent, srn, row } = await answered();
    const pack = await getAppealPack(owner.actor, srn);
    expect(pack).toMatchObject({
      srn,
      status: "RESOLVED",
      complaintStage: "FEEDBACK",
      category: "SERVICE_ATTITUDE",
      desiredOutcome: "请当面道歉",
      description: row.description,
      replyBy: row.resolveBy,
      createdAt: row.createdAt,
      relatedRequest: { srn: fault.srn, type: "FAULT_REPAIR", title: "NO_SIGNAL" },
      customer: { name: "王小明", phone: `${owner.customer.phone.slice(0, 3)}****${owner.customer.phone.slice(-4)}` },
    });
    expect(pack!.events.map((e) => e.kind)).toEqual(["created", "accept", "start", "resolve"]);
    expect(pack!.events[3]).toMatchObject({ body: "已约谈当事客服并致歉。", actor: { displayName: agent.user.displayName, role: "AGENT" } });
    expect(JSON.stringify(pack)).not.toContain("内部备注");
    expectNoSecrets(pack, [owner.customer.phone]);
    expect(pack).not.toHaveProperty("details");
  });

  it("is null for another customer, for every staff role, for a request that is not a complaint and for an unknown SRN", async () => {
    const { owner, fault, srn } = await answered();
    const stranger = await makeCustomer();
    expect(await getAppealPack(stranger.actor, srn)).toBeNull();
    for (const role of STAFF_ROLES) expect(await getAppealPack((await makeStaff(role)).actor, srn), role).toBeNull();
    expect(await getAppealPack(owner.actor, fault.srn)).toBeNull();
    expect(await getAppealPack(owner.actor, "SR20991231999999")).toBeNull();
  });
});
