import { describe, expect, it } from "vitest";
import { roleCan, type Permission } from "@/lib/domain/permissions";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ConflictError, ExpectedError, ForbiddenError } from "../action";
import type { StaffActor } from "../actor";
import { db } from "../db";
import { resolveRequest } from "./request-transitions";
import { addInternalNote, assignRequest, handOverRequest, replyToCustomer, revealCustomer } from "./request-work";
import { replyTemplatesFor } from "./request-work-options";
import { getRequest } from "./requests";

const rolesWith = (p: Permission) => STAFF_ROLES.filter((r) => roleCan(r, p));
const rolesWithout = (p: Permission) => STAFF_ROLES.filter((r) => !roleCan(r, p) && roleCan(r, "request:read:any"));
const keyOf = (error: unknown) => (error as ExpectedError).key;

async function working(overrides: Parameters<typeof makeRequest>[1] = {}) {
  const owner = await makeCustomer();
  const request = await makeRequest(owner, { status: "IN_PROGRESS", acceptedAt: new Date(), ...overrides });
  return { owner, request };
}

async function staffOnTeam(role: StaffRole, code: string) {
  const team = (await db.team.findUnique({ where: { code } })) ?? (await db.team.create({ data: { code, name: `班组${code}`, nameEn: `Team ${code}` } }));
  const { user, actor } = await makeStaff(role);
  await db.user.update({ where: { id: user.id }, data: { teamId: team.id } });
  return { user, actor: { ...actor, teamId: team.id } as StaffActor, team };
}

describe("revealCustomer", () => {
  it("gives the roles with customer:reveal the full phone and ID number, and records why", async () => {
    for (const role of rolesWith("customer:reveal")) {
      const { owner, request } = await working();
      const { actor } = await makeStaff(role);
      const revealed = await revealCustomer(actor, { srn: request.srn, reason: "需要电话联系客户核实地址" });
      expect(revealed).toEqual({ phone: owner.customer.phone, idNumber: owner.customer.idNumber });
      const [row] = (await auditRows("customer.reveal")).filter((r) => r.actorId === actor.userId);
      expect(row).toMatchObject({ actorRole: role, targetType: "Customer", targetId: owner.customer.id });
      expect(row!.summary).toEqual({ srn: request.srn, requestId: request.id, fields: ["phone", "idNumber"], reason: "需要电话联系客户核实地址" });
    }
  });

  it("refuses every other staff role, and writes nothing", async () => {
    const { request } = await working();
    for (const role of rolesWithout("customer:reveal")) {
      const { actor } = await makeStaff(role);
      const before = await rowCounts();
      expect(await rejectionOf(() => revealCustomer(actor, { srn: request.srn, reason: "需要电话联系客户核实" })), role).toBeInstanceOf(ForbiddenError);
      expect(await rowCounts()).toEqual(before);
    }
  });
});

describe("addInternalNote", () => {
  it("adds an INTERNAL note for the roles with request:note; no status change, the customer neither sees nor hears of it", async () => {
    for (const role of rolesWith("request:note")) {
      const { owner, request } = await working();
      const { actor } = await makeStaff(role);
      await addInternalNote(actor, { srn: request.srn, version: 1, note: "客户说晚上才在家" });
      const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
      expect(after.status).toBe("IN_PROGRESS");
      expect(after.version).toBe(2);
      expect(after.events.find((e) => e.kind === "note")).toMatchObject({ visibility: "INTERNAL", body: "客户说晚上才在家", actorId: actor.userId });
      expect(await db.notification.count({ where: { recipientId: owner.user.id } })).toBe(0);
      expect((await auditRows("request.note")).some((r) => r.actorId === actor.userId)).toBe(true);
      // The customer's own view has no internal event; staff see it.
      const theirs = await getRequest(owner.actor, request.srn);
      expect(theirs!.events.map((e) => e.kind)).toEqual(["created"]);
      expect(JSON.stringify(theirs)).not.toContain("客户说晚上才在家");
      expect((await getRequest(actor, request.srn))!.events.map((e) => e.kind)).toContain("note");
    }
  });

  it("refuses other roles, and a stale version is a conflict", async () => {
    const { request } = await working({ version: 3 });
    for (const role of rolesWithout("request:note")) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => addInternalNote(actor, { srn: request.srn, version: 3, note: "备注内容" })), role).toBeInstanceOf(ForbiddenError);
    }
    const { actor } = await makeStaff("AGENT");
    const before = await rowCounts();
    expect(await rejectionOf(() => addInternalNote(actor, { srn: request.srn, version: 2, note: "备注内容" }))).toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("assignRequest (supervisors)", () => {
  it("gives a request to a technician: owner and their team change, an INTERNAL event, audit, and the technician is notified", async () => {
    const agent = await makeStaff("AGENT");
    const { request } = await working({ ownerId: agent.user.id });
    const tech = await staffOnTeam("TECHNICIAN", "FIELD");
    const { actor } = await makeStaff("SUPERVISOR");
    await assignRequest(actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "请上门检查光猫" });
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(after).toMatchObject({ ownerId: tech.user.id, teamId: tech.team.id, version: 2, status: "IN_PROGRESS" });
    const event = after.events.find((e) => e.kind === "assigned")!;
    expect(event).toMatchObject({ visibility: "INTERNAL", actorId: actor.userId });
    expect(event.body).toContain(`${agent.user.displayName} → ${tech.user.displayName}`);
    expect(event.body).toContain("请上门检查光猫");
    const [row] = await auditRows("request.assign");
    expect(row!.summary).toMatchObject({ srn: request.srn, fromOwner: agent.user.id, toOwner: tech.user.id, toTeam: tech.team.id });
    expect(await db.notification.count({ where: { recipientId: tech.user.id, template: "staff.assigned", channel: "IN_APP" } })).toBe(1);
  });

  it("refuses roles without request:assign, a disabled or unknown target, and a stale version", async () => {
    const { request } = await working();
    const tech = await makeStaff("TECHNICIAN");
    for (const role of rolesWithout("request:assign")) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => assignRequest(actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" })), role).toBeInstanceOf(ForbiddenError);
    }
    const { actor } = await makeStaff("SUPERVISOR");
    const gone = await makeStaff("AGENT", { disabled: true });
    const before = await rowCounts();
    expect(keyOf(await rejectionOf(() => assignRequest(actor, { srn: request.srn, version: 1, ownerId: gone.user.id, teamCode: "", note: "" })))).toBe("errors.assignTargetGone");
    expect(keyOf(await rejectionOf(() => assignRequest(actor, { srn: request.srn, version: 1, ownerId: "", teamCode: "NOPE", note: "" })))).toBe("errors.assignTargetGone");
    expect(await rejectionOf(() => assignRequest(actor, { srn: request.srn, version: 7, ownerId: tech.user.id, teamCode: "", note: "" }))).toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("handOverRequest (首问负责)", () => {
  it("lets the owner hand over to a technician, and dispatch to a team (the team's queue takes it)", async () => {
    const agent = await makeStaff("AGENT");
    const tech = await makeStaff("TECHNICIAN");
    const { request } = await working({ ownerId: agent.user.id });
    await handOverRequest(agent.actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" });
    let after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ ownerId: tech.user.id, version: 2 });
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "handedOver", visibility: "INTERNAL" } })).toBe(1);
    expect((await auditRows("request.handover"))[0]!.summary).toMatchObject({ fromOwner: agent.user.id, toOwner: tech.user.id });
    expect(await db.notification.count({ where: { recipientId: tech.user.id, template: "staff.assigned" } })).toBeGreaterThan(0);

    // The technician, now the owner, dispatches it to a team.
    const team = await db.team.create({ data: { code: "NETWORK", name: "网络运维", nameEn: "Network" } });
    await handOverRequest(tech.actor, { srn: request.srn, version: 2, ownerId: "", teamCode: "NETWORK", note: "基站问题" });
    after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ ownerId: null, teamId: team.id, version: 3 });
  });

  it("refuses anyone but the owner (a supervisor may), and never hands to a supervisor or a retired team", async () => {
    const agent = await makeStaff("AGENT");
    const other = await makeStaff("AGENT");
    const tech = await makeStaff("TECHNICIAN");
    const { request } = await working({ ownerId: agent.user.id });
    const written = async () => ({ ...(await rowCounts()), users: 0 });
    const before = await written();
    expect(keyOf(await rejectionOf(() => handOverRequest(other.actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" })))).toBe("work.errors.notOwner");
    for (const role of rolesWithout("request:handover")) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => handOverRequest(actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" })), role).toBeInstanceOf(ForbiddenError);
    }
    const supervisor = await makeStaff("SUPERVISOR");
    expect(keyOf(await rejectionOf(() => handOverRequest(agent.actor, { srn: request.srn, version: 1, ownerId: supervisor.user.id, teamCode: "", note: "" })))).toBe("errors.assignTargetGone");
    await db.team.create({ data: { code: "OLD", name: "旧班组", nameEn: "Old", active: false } });
    expect(keyOf(await rejectionOf(() => handOverRequest(agent.actor, { srn: request.srn, version: 1, ownerId: "", teamCode: "OLD", note: "" })))).toBe("errors.assignTargetGone");
    expect(keyOf(await rejectionOf(() => handOverRequest(agent.actor, { srn: request.srn, version: 1, ownerId: agent.user.id, teamCode: "", note: "" })))).toBe("work.errors.sameOwner");
    expect(await rejectionOf(() => handOverRequest(agent.actor, { srn: request.srn, version: 9, ownerId: tech.user.id, teamCode: "", note: "" }))).toBeInstanceOf(ConflictError);
    expect(await written()).toEqual(before);
    await handOverRequest(supervisor.actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).ownerId).toBe(tech.user.id);
  });

  it("is for open requests only", async () => {
    const agent = await makeStaff("AGENT");
    const tech = await makeStaff("TECHNICIAN");
    const { request } = await working({ status: "CLOSED", ownerId: agent.user.id });
    expect(keyOf(await rejectionOf(() => handOverRequest(agent.actor, { srn: request.srn, version: 1, ownerId: tech.user.id, teamCode: "", note: "" })))).toBe("errors.invalidState");
  });

  it("keeps the owner when another agent resolves the request: only an explicit handover changes it", async () => {
    const agent = await makeStaff("AGENT");
    const other = await makeStaff("AGENT");
    const { request } = await working({ ownerId: agent.user.id });
    await resolveRequest(other.actor, { srn: request.srn, version: 1, result: "已远程重置，网络恢复" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).ownerId).toBe(agent.user.id);
  });
});

describe("replyToCustomer", () => {
  it("sends a CUSTOMER message that the customer is notified of; the first one meets respond-by", async () => {
    for (const role of rolesWith("request:reply")) {
      const owner = await makeCustomer();
      const request = await makeRequest(owner, { type: "CONSULTATION", status: "ACCEPTED", acceptedAt: new Date() });
      const { actor } = await makeStaff(role);
      const first = await replyToCustomer(actor, { srn: request.srn, version: 1, templateCode: "", message: "您好，本月多出的 30 元是流量包费用。" });
      expect(first.firstResponse).toBe(true);
      const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(after.status).toBe("ACCEPTED");
      expect(after.respondedAt).not.toBeNull();
      await replyToCustomer(actor, { srn: request.srn, version: 2, templateCode: "", message: "补充：流量包可随时退订。" });
      const later = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(later.respondedAt).toEqual(after.respondedAt);
      const theirs = await getRequest(owner.actor, request.srn);
      expect(theirs!.events.filter((e) => e.kind === "message").map((e) => e.body)).toEqual(["您好，本月多出的 30 元是流量包费用。", "补充：流量包可随时退订。"]);
      expect(await db.notification.count({ where: { recipientId: owner.user.id, template: "request.message", channel: "IN_APP" } })).toBe(2);
      expect((await auditRows("request.message")).filter((r) => r.targetId === request.id)).toHaveLength(2);
    }
  });

  it("records the template used", async () => {
    const { request } = await working();
    await db.replyTemplate.create({ data: { code: "t-test", title: "测试", titleEn: "Test", body: "{srn}", bodyEn: "{srn}" } });
    const { actor } = await makeStaff("AGENT");
    await replyToCustomer(actor, { srn: request.srn, version: 1, templateCode: "t-test", message: "您的申请正在处理中。" });
    expect((await auditRows("request.message"))[0]!.summary).toMatchObject({ template: "t-test", srn: request.srn });
  });

  it("refuses other roles, complaints, requests not being worked, leftover variables and stale versions", async () => {
    const { request } = await working();
    const complaint = await working({ type: "COMPLAINT", complaintStage: "INVESTIGATION" });
    const submitted = await working({ status: "SUBMITTED", acceptedAt: null });
    const others = await Promise.all(rolesWithout("request:reply").map((role) => makeStaff(role)));
    const { actor } = await makeStaff("AGENT");
    const before = await rowCounts();
    const reply = (a: StaffActor, srn: string, version = 1, message = "您好，正在处理。") => rejectionOf(() => replyToCustomer(a, { srn, version, templateCode: "", message }));
    for (const other of others) expect(await reply(other.actor, request.srn), other.actor.role).toBeInstanceOf(ForbiddenError);
    expect(keyOf(await reply(actor, request.srn, 1, "预计 {deadline} 完成"))).toBe("work.errors.leftoverVariables");
    expect(await reply(actor, request.srn, 5)).toBeInstanceOf(ConflictError);
    expect(keyOf(await reply(actor, complaint.request.srn))).toBe("work.errors.complaintReply");
    expect(keyOf(await reply(actor, submitted.request.srn))).toBe("errors.invalidState");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("replyTemplatesFor", () => {
  it("fills the type's active templates in the customer's language and flags one with an unknown variable", async () => {
    const { owner, request } = await working();
    await db.user.update({ where: { id: owner.user.id }, data: { locale: "en" } });
    await db.replyTemplate.createMany({
      data: [
        { code: "a-all", title: "通用", titleEn: "Any", body: "{customerName}您好 {srn}", bodyEn: "Dear {customerName}, {typeName} {srn} by {agentName}" },
        { code: "b-fault", title: "故障", titleEn: "Fault", body: "故障", bodyEn: "Fault {custmerName}", types: ["FAULT_REPAIR"] },
        { code: "c-other", title: "咨询", titleEn: "Consultation", body: "咨询", bodyEn: "Q", types: ["CONSULTATION"] },
        { code: "d-retired", title: "停用", titleEn: "Retired", body: "x", bodyEn: "x", active: false },
      ],
    });
    const { actor } = await makeStaff("AGENT");
    const options = await replyTemplatesFor(actor, request.srn);
    expect(options!.locale).toBe("en");
    expect(options!.templates.map((t) => t.code)).toEqual(["a-all", "b-fault"]);
    expect(options!.templates[0]!.text).toBe(`Dear ${owner.customer.name}, Fault repair ${request.srn} by ${actor.displayName}`);
    expect(options!.templates[1]).toMatchObject({ text: null, unknown: ["custmerName"] });
    expect(await replyTemplatesFor((await makeStaff("QUALITY_MANAGER")).actor, request.srn)).toBeNull();
  });
});
