import { beforeEach, describe, expect, it, vi } from "vitest";
import { approveReplyAction, rejectReplyAction } from "@/app/admin/approvals/actions";
import { resolveRequestAction } from "@/app/admin/requests/actions";
import { firstReplyAt, replyDeadlineState, replyByOf } from "@/lib/domain/complaints";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/roles";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ConflictError, ExpectedError, ForbiddenError } from "../action";
import type { StaffActor } from "../actor";
import { db } from "../db";
import { approveReplyDraft, countPendingDrafts, getReplyDraftState, listPendingDrafts, rejectReplyDraft } from "./reply-drafts";
import { resolveRequest } from "./request-transitions";
import { getRequest } from "./requests";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const DAY = 86_400_000;
const REPLY = "经核查，重复扣费属实，已为您退还 10 元。";
type Owner = Awaited<ReturnType<typeof makeCustomer>>;

async function team(code = "COMPLAINTS") {
  return db.team.create({ data: { code, name: `组 ${code}`, nameEn: `Team ${code}` } });
}

/** A complaint in 处理 (REMEDY), received 10 days ago, of the given level, for the given team. */
async function complaint(owner: Owner, level: number, teamId: string | null = null) {
  const createdAt = new Date(Date.now() - 10 * DAY);
  const row = await makeRequest(owner, { type: "COMPLAINT", status: "IN_PROGRESS", complaintStage: "REMEDY", level, createdAt, acceptedAt: new Date(createdAt.getTime() + 3_600_000), respondBy: null, resolveBy: new Date(createdAt.getTime() + 15 * DAY) });
  if (teamId) await db.serviceRequest.update({ where: { id: row.id }, data: { teamId } });
  return row;
}

async function staffIn(role: StaffRole, teamId: string | null = null) {
  const s = await makeStaff(role);
  if (teamId) await db.user.update({ where: { id: s.user.id }, data: { teamId } });
  const actor: StaffActor = { ...s.actor, teamId };
  return { ...s, actor };
}

const versionOf = async (id: string) => (await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const draftsOf = (requestId: string) => db.replyDraft.findMany({ where: { requestId }, orderBy: { createdAt: "asc" } });
const notices = (recipientId: string, template: string) => db.notification.count({ where: { recipientId, template, channel: "IN_APP" } });

describe("a reply to a level-1 complaint by an agent", () => {
  it("is saved as a pending draft, not sent: the customer sees nothing and the statutory clock keeps running", async () => {
    const t = await team();
    const owner = await makeCustomer();
    const c = await complaint(owner, 1, t.id);
    const agent = await staffIn("AGENT", t.id);
    const teamSupervisor = await staffIn("SUPERVISOR", t.id);
    const otherSupervisor = await staffIn("SUPERVISOR");

    const result = await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY });
    expect(result).toEqual({ srn: c.srn, status: "IN_PROGRESS", drafted: true });

    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: c.id }, include: { events: true } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", complaintStage: "REMEDY", resolvedAt: null, version: 2 });
    expect(row.events.map((e) => [e.kind, e.visibility])).toEqual([
      ["created", "CUSTOMER"],
      ["replyDrafted", "INTERNAL"],
    ]);
    expect(await draftsOf(c.id)).toMatchObject([{ status: "PENDING", body: REPLY, authorId: agent.user.id, deciderId: null }]);
    expect((await auditRows("complaint.replyDraft")).map((a) => a.actorId)).toEqual([agent.user.id]);
    // The team's supervisor is told, not every supervisor; the customer hears nothing yet.
    expect(await notices(teamSupervisor.user.id, "staff.replyPending")).toBe(1);
    expect(await notices(otherSupervisor.user.id, "staff.replyPending")).toBe(0);
    expect(await db.notification.count({ where: { recipientId: owner.user.id } })).toBe(0);

    const seen = await getRequest(owner.actor, c.srn);
    expect(seen!.events.map((e) => e.kind)).toEqual(["created"]);
    expect(replyDeadlineState({ status: seen!.status, replyBy: replyByOf(row), events: seen!.events }, new Date()).state).toBe("pending");
  });

  it("tells every active supervisor when the complaint's team has none", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1, (await team()).id);
    const agent = await staffIn("AGENT");
    const [s1, s2] = [await staffIn("SUPERVISOR"), await staffIn("SUPERVISOR")];
    const disabled = await makeStaff("SUPERVISOR", { disabled: true });
    await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY });
    expect([await notices(s1.user.id, "staff.replyPending"), await notices(s2.user.id, "staff.replyPending"), await notices(disabled.user.id, "staff.replyPending")]).toEqual([1, 1, 0]);
  });

  it("allows one pending draft at a time: a second submit gets its own message and writes nothing", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1);
    const agent = await staffIn("AGENT");
    const other = await staffIn("AGENT");
    await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY });
    for (const [who, version] of [
      [agent, 1],
      [other, 2],
    ] as const) {
      const error = await rejectionOf(() => resolveRequest(who.actor, { srn: c.srn, version, result: "另一份答复草稿内容" }));
      expect(error).toBeInstanceOf(ExpectedError);
      expect((error as ExpectedError).key).toBe("approvals.errors.pendingExists");
    }
    expect(await draftsOf(c.id)).toHaveLength(1);
    expect(await versionOf(c.id)).toBe(2);
  });

  it("goes through the reply form's action the same way, and a stale page is a conflict", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1);
    const agent = await makeStaff("AGENT");
    signInAs(agent.user);
    expect(await resolveRequestAction({ srn: c.srn, version: 5, result: REPLY })).toEqual({ ok: false, formError: "errors.conflict" });
    expect(await resolveRequestAction({ srn: c.srn, version: 1, result: REPLY })).toEqual({ ok: true, data: { srn: c.srn, status: "IN_PROGRESS", drafted: true } });
  });
});

describe("approveReplyDraft", () => {
  async function drafted(level = 1) {
    const owner = await makeCustomer();
    const c = await complaint(owner, level);
    const agent = await staffIn("AGENT");
    const supervisor = await staffIn("SUPERVISOR");
    await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY });
    const [draft] = await draftsOf(c.id);
    return { owner, c, agent, supervisor, draft: draft! };
  }

  it("sends the reply in one step: the draft approved (as edited), the complaint replied to with the author as its handler, the statutory clock met now", async () => {
    const { owner, c, agent, supervisor, draft } = await drafted();
    const [pending] = await listPendingDrafts(supervisor.actor);
    expect(pending).toMatchObject({ id: draft.id, body: REPLY, author: { displayName: agent.user.displayName }, request: { srn: c.srn, version: 2, replyBy: c.resolveBy } });
    expectNoSecrets(pending, [owner.customer.phone]);
    expect(await countPendingDrafts(supervisor.actor)).toBe(1);

    const edited = `${REPLY}如有疑问请致电 10000。`;
    const before = new Date();
    const result = await approveReplyDraft(supervisor.actor, { draftId: draft.id, version: 2, body: edited });
    expect(result).toEqual({ srn: c.srn, status: "RESOLVED" });

    expect(await draftsOf(c.id)).toMatchObject([{ status: "APPROVED", body: edited, deciderId: supervisor.user.id, decidedAt: expect.any(Date) }]);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "RESOLVED", complaintStage: "FEEDBACK", version: 3 });
    const reply = row.events.find((e) => e.kind === "resolve")!;
    expect(reply).toMatchObject({ visibility: "CUSTOMER", body: edited, actorId: agent.user.id });
    // Met at the approval, not when the reply was drafted.
    expect(reply.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(reply.createdAt.getTime()).toBeGreaterThan(draft.createdAt.getTime());
    expect(row.resolvedAt).toEqual(reply.createdAt);
    expect(firstReplyAt(row)).toEqual(reply.createdAt);
    expect(row.events.filter((e) => e.kind === "replyApproved")).toMatchObject([{ visibility: "INTERNAL", actorId: supervisor.user.id }]);

    const [resolveAudit] = await auditRows("request.resolve");
    expect(resolveAudit).toMatchObject({ actorId: supervisor.user.id, summary: { srn: c.srn, to: "RESOLVED", approvedDraftId: draft.id, handlerId: agent.user.id } });
    expect(await auditRows("complaint.replyApprove")).toMatchObject([{ actorId: supervisor.user.id, targetId: draft.id, summary: { edited: true } }]);
    expect(await notices(owner.user.id, "request.complaintReplied")).toBe(1);
    expect(await notices(agent.user.id, "staff.replyApproved")).toBe(1);

    // The customer now reads the reply, from its author.
    const seen = await getRequest(owner.actor, c.srn);
    expect(seen!.events.filter((e) => e.kind === "resolve")).toMatchObject([{ body: edited, actor: { displayName: agent.user.displayName } }]);
    expect(seen!.events.map((e) => e.kind)).not.toContain("replyApproved");
    expect(await listPendingDrafts(supervisor.actor)).toEqual([]);
  });

  it("is a conflict when the complaint changed since the supervisor's page, and writes nothing", async () => {
    const { c, supervisor, draft } = await drafted();
    const error = await rejectionOf(() => approveReplyDraft(supervisor.actor, { draftId: draft.id, version: 1, body: REPLY }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(await draftsOf(c.id)).toMatchObject([{ status: "PENDING", deciderId: null }]);
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2, resolvedAt: null });
    expect(await auditRows("complaint.replyApprove")).toEqual([]);
  });

  it("is for supervisors only: every other role, and a customer, is refused by the DAL and the action", async () => {
    const { owner, c, draft } = await drafted();
    for (const role of STAFF_ROLES.filter((r) => r !== "SUPERVISOR")) {
      const staff = await makeStaff(role);
      expect(await rejectionOf(() => approveReplyDraft(staff.actor, { draftId: draft.id, version: 2, body: REPLY })), role).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => rejectReplyDraft(staff.actor, { draftId: draft.id, note: "请补充退费到账时间" })), role).toBeInstanceOf(ForbiddenError);
      signInAs(staff.user);
      expect(await approveReplyAction({ draftId: draft.id, version: 2, body: REPLY }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectReplyAction({ draftId: draft.id, note: "请补充退费到账时间" }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await listPendingDrafts(staff.actor), role).toEqual([]);
    }
    expect(await rejectionOf(() => approveReplyDraft(owner.actor, { draftId: draft.id, version: 2, body: REPLY }))).toBeInstanceOf(ForbiddenError);
    signInAs(owner.user);
    expect(await approveReplyAction({ draftId: draft.id, version: 2, body: REPLY })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await draftsOf(c.id)).toMatchObject([{ status: "PENDING" }]);
  });

  it("works through the action for a supervisor, and a decided draft cannot be decided again", async () => {
    const { supervisor, draft } = await drafted();
    signInAs(supervisor.user);
    expect(await approveReplyAction({ draftId: draft.id, version: 2, body: "短" })).toMatchObject({ ok: false, fieldErrors: { body: ["validation.tooShort.5"] } });
    expect(await approveReplyAction({ draftId: draft.id, version: 2, body: REPLY })).toMatchObject({ ok: true });
    expect(await approveReplyAction({ draftId: draft.id, version: 3, body: REPLY })).toEqual({ ok: false, formError: "approvals.errors.alreadyDecided" });
    expect(await rejectReplyAction({ draftId: draft.id, note: "请补充退费到账时间" })).toEqual({ ok: false, formError: "approvals.errors.alreadyDecided" });
  });
});

describe("rejectReplyDraft", () => {
  it("returns the draft to its author with the note; the complaint stays where it was and can be drafted again", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1);
    const agent = await staffIn("AGENT");
    const supervisor = await staffIn("SUPERVISOR");
    await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY });
    const [draft] = await draftsOf(c.id);
    signInAs(supervisor.user);
    expect(await rejectReplyAction({ draftId: draft!.id, note: "" })).toMatchObject({ ok: false, fieldErrors: { note: ["validation.tooShort.5"] } });
    await rejectReplyDraft(supervisor.actor, { draftId: draft!.id, note: "请写明退费到账的时间。" });

    expect(await draftsOf(c.id)).toMatchObject([{ status: "REJECTED", decisionNote: "请写明退费到账的时间。", deciderId: supervisor.user.id }]);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", complaintStage: "REMEDY", version: 2, resolvedAt: null });
    expect(row.events.at(-1)).toMatchObject({ kind: "replyRejected", visibility: "INTERNAL", body: "请写明退费到账的时间。" });
    expect(await auditRows("complaint.replyReject")).toMatchObject([{ actorId: supervisor.user.id, targetId: draft!.id }]);
    expect(await notices(agent.user.id, "staff.replyRejected")).toBe(1);
    expect(await db.notification.count({ where: { recipientId: owner.user.id } })).toBe(0);
    expect(await getReplyDraftState(agent.actor, c.srn)).toMatchObject({ pending: null, lastRejected: { decisionNote: "请写明退费到账的时间。" } });

    await resolveRequest(agent.actor, { srn: c.srn, version: 2, result: `${REPLY}退费将在 3 个工作日内到账。` });
    expect(await getReplyDraftState(agent.actor, c.srn)).toMatchObject({ pending: { status: "PENDING" }, lastRejected: null });
  });
});

describe("replies that need no approval", () => {
  it("a supervisor's own reply to a level-1 complaint goes straight out, recorded as self-approved", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1);
    const supervisor = await staffIn("SUPERVISOR");
    expect(await resolveRequest(supervisor.actor, { srn: c.srn, version: 1, result: REPLY })).toEqual({ srn: c.srn, status: "RESOLVED" });
    expect(await draftsOf(c.id)).toEqual([]);
    expect(await auditRows("request.resolve")).toMatchObject([{ actorId: supervisor.user.id, summary: { selfApproved: true } }]);
    expect(await notices(owner.user.id, "request.complaintReplied")).toBe(1);
  });

  it("a supervisor replying directly while a draft waits is told to decide the draft first", async () => {
    const owner = await makeCustomer();
    const c = await complaint(owner, 1);
    await resolveRequest((await staffIn("AGENT")).actor, { srn: c.srn, version: 1, result: REPLY });
    const error = await rejectionOf(async () => resolveRequest((await staffIn("SUPERVISOR")).actor, { srn: c.srn, version: 2, result: REPLY }));
    expect((error as ExpectedError).key).toBe("approvals.errors.decidePendingFirst");
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2 });
  });

  it("replies to level-2 and level-3 complaints, and to other requests of level 1, go out as before", async () => {
    const owner = await makeCustomer();
    const agent = await staffIn("AGENT");
    for (const level of [2, 3]) {
      const c = await complaint(owner, level);
      expect(await resolveRequest(agent.actor, { srn: c.srn, version: 1, result: REPLY }), `level ${level}`).toEqual({ srn: c.srn, status: "RESOLVED" });
      expect((await auditRows("request.resolve")).at(-1)!.summary).not.toHaveProperty("selfApproved");
    }
    const fault = await makeRequest(owner, { status: "IN_PROGRESS", level: 1 });
    expect(await resolveRequest(agent.actor, { srn: fault.srn, version: 1, result: REPLY })).toEqual({ srn: fault.srn, status: "RESOLVED" });
    expect(await db.replyDraft.count()).toBe(0);
  });
});
