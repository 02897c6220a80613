import { describe, expect, it } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ConflictError, ExpectedError, ForbiddenError } from "../action";
import { db } from "../db";
import { deescalateRequest, escalateIn, escalateRequest } from "./escalation";
import { getRequest } from "./requests";

const keyOf = (error: unknown) => (error as ExpectedError).key;
const REASON = "客户第三次来电，需班长协调网络部门";

async function working(teamId: string | null = null) {
  const owner = await makeCustomer();
  const request = await makeRequest(owner, { status: "IN_PROGRESS", acceptedAt: new Date() });
  if (teamId) await db.serviceRequest.update({ where: { id: request.id }, data: { teamId } });
  return { owner, request };
}

async function supervisorOf(code: string | null) {
  const s = await makeStaff("SUPERVISOR");
  if (code) {
    const team = (await db.team.findUnique({ where: { code } })) ?? (await db.team.create({ data: { code, name: code, nameEn: code } }));
    await db.user.update({ where: { id: s.user.id }, data: { teamId: team.id } });
    return { ...s, teamId: team.id };
  }
  return { ...s, teamId: null };
}

describe("escalateRequest", () => {
  it("goes to a supervisor of the request's team, with an INTERNAL event, audit and a notification; the customer sees nothing", async () => {
    for (const role of STAFF_ROLES.filter((r) => roleCan(r, "request:escalate"))) {
      await db.team.deleteMany({ where: { code: "FIELD" } }).catch(() => undefined);
      const other = await supervisorOf(null);
      const field = await supervisorOf("FIELD");
      const { owner, request } = await working(field.teamId);
      const { actor } = await makeStaff(role);
      const result = await escalateRequest(actor, { srn: request.srn, version: 1, reason: REASON, toId: "" });
      expect(result.toName, role).toBe(field.user.displayName);
      const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
      expect(after).toMatchObject({ escalatedToId: field.user.id, version: 2, status: "IN_PROGRESS" });
      expect(after.escalatedAt).not.toBeNull();
      expect(after.events.find((e) => e.kind === "escalated")).toMatchObject({ visibility: "INTERNAL", actorId: actor.userId });
      expect((await auditRows("request.escalate")).find((r) => r.targetId === request.id)!.summary).toEqual({ srn: request.srn, to: field.user.id, reason: REASON });
      expect(await db.notification.count({ where: { recipientId: field.user.id, template: "staff.escalated", channel: "IN_APP" } })).toBe(1);
      expect(await db.notification.count({ where: { recipientId: other.user.id } })).toBe(0);
      const theirs = await getRequest(owner.actor, request.srn);
      expect(theirs!.events.map((e) => e.kind)).toEqual(["created"]);
      expect(theirs!.escalatedTo).toBeNull();
      // Staff see who it went to.
      expect((await getRequest(actor, request.srn))!.escalatedTo).toMatchObject({ displayName: field.user.displayName });
      await db.serviceRequest.deleteMany();
      await db.user.updateMany({ where: { role: "SUPERVISOR" }, data: { disabled: true } });
    }
  });

  it("without a team supervisor goes to any active one, or to the one chosen", async () => {
    await makeStaff("SUPERVISOR", { disabled: true });
    const any = await supervisorOf(null);
    const chosen = await supervisorOf("NETWORK");
    const { actor } = await makeStaff("AGENT");
    const first = await working();
    expect((await escalateRequest(actor, { srn: first.request.srn, version: 1, reason: REASON, toId: "" })).toName).toBe(any.user.displayName);
    const second = await working();
    expect((await escalateRequest(actor, { srn: second.request.srn, version: 1, reason: REASON, toId: chosen.user.id })).toName).toBe(chosen.user.displayName);
  });

  it("refuses other roles, a second escalation, a stale version, a closed request and a chosen non-supervisor", async () => {
    await supervisorOf(null);
    const agent = await makeStaff("AGENT");
    const { request } = await working();
    const closed = await makeRequest(await makeCustomer(), { status: "CLOSED" });
    const others = await Promise.all(STAFF_ROLES.filter((r) => !roleCan(r, "request:escalate")).map((r) => makeStaff(r)));
    const before = await rowCounts();
    for (const o of others) expect(await rejectionOf(() => escalateRequest(o.actor, { srn: request.srn, version: 1, reason: REASON, toId: "" })), o.actor.role).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(() => escalateRequest(agent.actor, { srn: request.srn, version: 4, reason: REASON, toId: "" }))).toBeInstanceOf(ConflictError);
    expect(keyOf(await rejectionOf(() => escalateRequest(agent.actor, { srn: closed.srn, version: 1, reason: REASON, toId: "" })))).toBe("errors.invalidState");
    expect(keyOf(await rejectionOf(() => escalateRequest(agent.actor, { srn: request.srn, version: 1, reason: REASON, toId: agent.user.id })))).toBe("work.errors.noSupervisor");
    expect(await rowCounts()).toEqual(before);
    await escalateRequest(agent.actor, { srn: request.srn, version: 1, reason: REASON, toId: "" });
    expect(keyOf(await rejectionOf(() => escalateRequest(agent.actor, { srn: request.srn, version: 2, reason: REASON, toId: "" })))).toBe("work.errors.alreadyEscalated");
  });
});

describe("escalateIn (for the breach sweep)", () => {
  it("escalates as the system inside the caller's transaction, and says why when it does not", async () => {
    const { request } = await working();
    expect(await db.$transaction((tx) => escalateIn(tx, { requestId: request.id, by: null, reason: "超时未响应" }))).toEqual({ escalated: false, reason: "noSupervisor" });
    const s = await supervisorOf(null);
    const outcome = await db.$transaction((tx) => escalateIn(tx, { requestId: request.id, by: null, reason: "超时未响应" }));
    expect(outcome).toEqual({ escalated: true, toId: s.user.id, toName: s.user.displayName });
    expect((await auditRows("request.escalate"))[0]).toMatchObject({ actorId: null, actorRole: null });
    expect(await db.$transaction((tx) => escalateIn(tx, { requestId: request.id, by: null, reason: "超时未响应" }))).toEqual({ escalated: false, reason: "alreadyEscalated" });
  });
});

describe("deescalateRequest", () => {
  it("lets a supervisor clear it with a note; refuses others, a request not escalated and a stale version", async () => {
    const s = await supervisorOf(null);
    const agent = await makeStaff("AGENT");
    const { request } = await working();
    expect(keyOf(await rejectionOf(() => deescalateRequest(s.actor, { srn: request.srn, version: 1, note: "" })))).toBe("work.errors.notEscalated");
    await escalateRequest(agent.actor, { srn: request.srn, version: 1, reason: REASON, toId: "" });
    for (const role of STAFF_ROLES.filter((r) => !roleCan(r, "request:deescalate"))) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => deescalateRequest(actor, { srn: request.srn, version: 2, note: "" })), role).toBeInstanceOf(ForbiddenError);
    }
    expect(await rejectionOf(() => deescalateRequest(s.actor, { srn: request.srn, version: 1, note: "" }))).toBeInstanceOf(ConflictError);
    await deescalateRequest(s.actor, { srn: request.srn, version: 2, note: "已协调网络部门" });
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(after).toMatchObject({ escalatedAt: null, escalatedToId: null, version: 3 });
    expect(after.events.find((e) => e.kind === "deescalated")).toMatchObject({ visibility: "INTERNAL", body: "已协调网络部门" });
    expect(await auditRows("request.deescalate")).toHaveLength(1);
  });
});
