import { describe, expect, it } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { REQUEST_ACTIONS, REQUEST_TRANSITIONS, type RequestAction } from "@/lib/domain/request-status";
import { REQUEST_STATUSES, ROLES, type RequestStatus, type Role } from "@/lib/domain/roles";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import type { Actor, CustomerActor, StaffActor } from "../actor";
import { db } from "../db";
import {
  acceptRequest,
  closeRequest,
  confirmResolution,
  provideInformation,
  remedyComplaint,
  reopenRequest,
  requestInformation,
  resolveRequest,
  returnRequest,
  startRequest,
  withdrawRequest,
  reopenByStaff,
} from "./request-transitions";

type Owner = Awaited<ReturnType<typeof makeCustomer>>;
const HOUR = 3_600_000;
const REASON = "资料不全，请补充身份证明";
const TEXT = "请提供光猫背面的照片";

// The DAL functions are typed for the actor kind that may call them; the tests also try the
// other kind (as a forged call would) to show that the state machine still says no.
type Spec = {
  run: (actor: Actor, srn: string, version: number) => Promise<unknown>;
  from: RequestStatus;
  template: string;
  body: string | null;
  /** A complaint-only action runs on a complaint under investigation. */
  complaint?: true;
};
const staff = (a: Actor) => a as StaffActor;
const customer = (a: Actor) => a as CustomerActor;
const ACTIONS: Record<RequestAction, Spec> = {
  accept: { run: (a, srn, version) => acceptRequest(staff(a), { srn, version, message: "已受理，工程师将联系您" }), from: "SUBMITTED", template: "request.accepted", body: "已受理，工程师将联系您" },
  return: { run: (a, srn, version) => returnRequest(staff(a), { srn, version, reason: REASON }), from: "SUBMITTED", template: "request.returned", body: REASON },
  withdraw: { run: (a, srn, version) => withdrawRequest(customer(a), { srn, version }), from: "SUBMITTED", template: "request.withdrawn", body: null },
  start: { run: (a, srn, version) => startRequest(staff(a), { srn, version, message: "" }), from: "ACCEPTED", template: "request.started", body: null },
  requestInfo: { run: (a, srn, version) => requestInformation(staff(a), { srn, version, question: TEXT }), from: "IN_PROGRESS", template: "request.infoRequested", body: TEXT },
  provideInfo: { run: (a, srn, version) => provideInformation(customer(a), { srn, version, information: "照片已拍好，光猫型号 HG8145" }), from: "AWAITING_INFO", template: "request.infoProvided", body: "照片已拍好，光猫型号 HG8145" },
  resolve: { run: (a, srn, version) => resolveRequest(staff(a), { srn, version, result: "已更换光猫，网络恢复正常" }), from: "IN_PROGRESS", template: "request.resolved", body: "已更换光猫，网络恢复正常" },
  confirm: { run: (a, srn, version) => confirmResolution(customer(a), { srn, version }), from: "RESOLVED", template: "request.confirmed", body: null },
  reopen: { run: (a, srn, version) => reopenRequest(customer(a), { srn, version, reason: "晚上还是断网" }), from: "RESOLVED", template: "request.reopened", body: "晚上还是断网" },
  close: { run: (a, srn, version) => closeRequest(staff(a), { srn, version, reason: "已电话回访，客户确认恢复" }), from: "RESOLVED", template: "request.closed", body: "已电话回访，客户确认恢复" },
  remedy: { run: (a, srn, version) => remedyComplaint(staff(a), { srn, version, message: "调查已完成，正在核减费用" }), from: "IN_PROGRESS", template: "request.complaintRemedy", body: "调查已完成，正在核减费用", complaint: true },
  staffReopen: { run: (a, srn, version) => reopenByStaff(staff(a), { srn, version, reason: "回访时客户反映仍然断网" }), from: "CLOSED", template: "request.reopenedByStaff", body: "回访时客户反映仍然断网" },
};
const allowed = (action: RequestAction, role: Role) => roleCan(role, REQUEST_TRANSITIONS[action].permission);
const someone = (action: RequestAction) => ROLES.find((r) => allowed(action, r))!;

async function actorFor(role: Role, owner: Owner): Promise<Actor> {
  return role === "CUSTOMER" ? owner.actor : (await makeStaff(role)).actor;
}

/** A request in `status`, as the state machine would have left it (accepted, paused, resolved). */
async function requestIn(status: RequestStatus, options: { complaint?: boolean } = {}) {
  const owner = await makeCustomer();
  const now = Date.now();
  const worked = !["SUBMITTED", "RETURNED", "WITHDRAWN"].includes(status);
  const request = await makeRequest(owner, {
    status,
    ...(options.complaint ? { type: "COMPLAINT" as const, complaintStage: "INVESTIGATION" as const } : {}),
    createdAt: new Date(now - 3 * HOUR),
    resolveBy: new Date(now + 20 * HOUR),
    ...(worked ? { acceptedAt: new Date(now - 2 * HOUR) } : {}),
    ...(status === "AWAITING_INFO" ? { clockPausedAt: new Date(now - HOUR) } : {}),
  });
  return { owner, request };
}

/** Everything a transition may change, to show that a refused one changed nothing. */
async function snapshot(id: string) {
  const row = await db.serviceRequest.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      ownerId: true,
      acceptBy: true,
      acceptedAt: true,
      respondBy: true,
      respondedAt: true,
      resolveBy: true,
      resolvedAt: true,
      clockPausedAt: true,
      closedAt: true,
      updatedAt: true,
    },
  });
  return { row, counts: await rowCounts(), followUps: await db.followUp.count() };
}

describe.each(REQUEST_ACTIONS)("%s", (action) => {
  const spec = ACTIONS[action];
  const rule = REQUEST_TRANSITIONS[action];

  it.each(ROLES.filter((r) => allowed(action, r)))("succeeds for %s and records it", async (role) => {
    const { owner, request } = await requestIn(spec.from, { complaint: spec.complaint });
    const actor = await actorFor(role, owner);
    const result = await spec.run(actor, request.srn, 1);
    expect(result).toEqual({ srn: request.srn, status: rule.to });
    expectNoSecrets(result);

    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(row.status).toBe(rule.to);
    expect(row.version).toBe(2);
    expect(row.events.find((e) => e.kind === action)).toMatchObject({ kind: action, visibility: "CUSTOMER", actorId: actor.userId, fromStatus: spec.from, toStatus: rule.to, body: spec.body });
    expect(await auditRows(`request.${action}`)).toMatchObject([{ actorId: actor.userId, actorRole: role, targetId: request.id, summary: { srn: request.srn, from: spec.from, to: rule.to } }]);
    // In-app, and by SMS and e-mail as the customer's preferences (on by default) say.
    const notes = await db.notification.findMany({ where: { recipientId: owner.user.id }, orderBy: { channel: "asc" } });
    expect(notes).toMatchObject(["IN_APP", "SMS", "EMAIL"].map((channel) => ({ channel, template: spec.template, payload: { srn: request.srn, message: spec.body ?? "" } })));
  });

  it.each(ROLES.filter((r) => !allowed(action, r)))("is refused for %s and changes nothing", async (role) => {
    const { owner, request } = await requestIn(spec.from, { complaint: spec.complaint });
    const actor = await actorFor(role, owner);
    const before = await snapshot(request.id);
    const error = await rejectionOf(() => spec.run(actor, request.srn, 1));
    // Staff who may not read requests at all get the same not-found as for a missing request.
    const seesRequest = role === "CUSTOMER" || roleCan(role, "request:read:any");
    expect(error).toBeInstanceOf(seesRequest ? ForbiddenError : NotFoundError);
    expect(await snapshot(request.id)).toEqual(before);
    expect(await auditRows(`request.${action}`)).toEqual([]);
  });

  it.each(REQUEST_STATUSES.filter((s) => !rule.from.includes(s)))("says invalidState from %s and changes nothing", async (status) => {
    const { owner, request } = await requestIn(status, { complaint: spec.complaint });
    const actor = await actorFor(someone(action), owner);
    const before = await snapshot(request.id);
    const error = await rejectionOf(() => spec.run(actor, request.srn, 1));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.invalidState" });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("says conflict for a stale version", async () => {
    const { owner, request } = await requestIn(spec.from, { complaint: spec.complaint });
    await db.serviceRequest.update({ where: { id: request.id }, data: { version: 3 } });
    const actor = await actorFor(someone(action), owner);
    const before = await snapshot(request.id);
    for (const version of [1, 2, 4]) await expect(spec.run(actor, request.srn, version), String(version)).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(request.id)).toEqual(before);
    await expect(spec.run(actor, request.srn, 3)).resolves.toMatchObject({ status: rule.to });
  });

  it("says conflict, not invalidState, when a stale page acts on a request someone else moved on", async () => {
    const { owner, request } = await requestIn(REQUEST_STATUSES.find((s) => !rule.from.includes(s))!, { complaint: spec.complaint });
    await db.serviceRequest.update({ where: { id: request.id }, data: { version: 2 } });
    const actor = await actorFor(someone(action), owner);
    const before = await snapshot(request.id);
    await expect(spec.run(actor, request.srn, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(spec.run(actor, request.srn, 2)).rejects.toMatchObject({ key: "errors.invalidState" });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("says not found for an unknown SRN and for another customer's request", async () => {
    const { owner, request } = await requestIn(spec.from, { complaint: spec.complaint });
    await expect(spec.run(await actorFor(someone(action), owner), "SR20991231999999", 1)).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await makeCustomer();
    const before = await snapshot(request.id);
    await expect(spec.run(stranger.actor, request.srn, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("lets exactly one of two concurrent attempts through", async () => {
    const { owner, request } = await requestIn(spec.from, { complaint: spec.complaint });
    const role = someone(action);
    const actors = role === "CUSTOMER" ? [owner.actor, owner.actor] : [await actorFor(role, owner), await actorFor(role, owner)];
    const results = await Promise.allSettled(actors.map((actor) => spec.run(actor, request.srn, 1)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected")!;
    expect(failure.reason).toBeInstanceOf(ExpectedError);
    expect(["errors.conflict", "errors.invalidState"]).toContain((failure.reason as ExpectedError).key);
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: action } })).toBe(1);
    expect(await auditRows(`request.${action}`)).toHaveLength(1);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(2);
  });
});

const rowOf = (id: string) => db.serviceRequest.findUniqueOrThrow({ where: { id } });

describe("what each transition sets", () => {
  it("accept: the agent becomes the owner, and for a fault it counts as the first response", async () => {
    const { request } = await requestIn("SUBMITTED");
    const agent = await makeStaff("AGENT");
    await acceptRequest(agent.actor, { srn: request.srn, version: 1, message: "" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(row.ownerId).toBe(agent.user.id);
    expect(row.acceptedAt).toBeInstanceOf(Date);
    expect(row.respondedAt).toEqual(row.acceptedAt);
    expect(row.closedAt).toBeNull();
    expect(row.events.find((e) => e.kind === "accept")?.body).toBeNull();
  });

  it("accept: keeps an earlier response time, sets none without a respond-by, and none for a consultation", async () => {
    const owner = await makeCustomer();
    const earlier = new Date(Date.now() - 60_000);
    const responded = await makeRequest(owner);
    await db.serviceRequest.update({ where: { id: responded.id }, data: { respondedAt: earlier } });
    const untimed = await makeRequest(owner, { respondBy: null });
    const consultation = await makeRequest(owner, { type: "CONSULTATION" });
    const { actor } = await makeStaff("SUPERVISOR");
    for (const r of [responded, untimed, consultation]) await acceptRequest(actor, { srn: r.srn, version: 1, message: "" });
    expect((await rowOf(responded.id)).respondedAt).toEqual(earlier);
    expect((await rowOf(untimed.id)).respondedAt).toBeNull();
    expect((await rowOf(consultation.id)).respondedAt).toBeNull();
  });

  it("return: closes the request, with the returning agent as owner and the reason as a response", async () => {
    const { request } = await requestIn("SUBMITTED");
    const agent = await makeStaff("AGENT");
    await returnRequest(agent.actor, { srn: request.srn, version: 1, reason: REASON });
    const row = await rowOf(request.id);
    expect(row).toMatchObject({ status: "RETURNED", ownerId: agent.user.id, acceptedAt: null });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.respondedAt).toEqual(row.closedAt);
  });

  it("withdraw: closes the request and leaves owner and acceptance empty", async () => {
    const { owner, request } = await requestIn("SUBMITTED");
    await withdrawRequest(owner.actor, { srn: request.srn, version: 1 });
    const row = await rowOf(request.id);
    expect(row).toMatchObject({ status: "WITHDRAWN", ownerId: null, acceptedAt: null, respondedAt: null });
    expect(row.closedAt).toBeInstanceOf(Date);
  });

  it("start: an unowned request becomes the technician's; an owned one keeps its owner", async () => {
    const { request } = await requestIn("ACCEPTED");
    const tech = await makeStaff("TECHNICIAN");
    await startRequest(tech.actor, { srn: request.srn, version: 1, message: "已派单至装维班组" });
    expect(await rowOf(request.id)).toMatchObject({ status: "IN_PROGRESS", ownerId: tech.user.id });
    const owner = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const owned = await makeRequest(owner, { status: "ACCEPTED", ownerId: agent.user.id });
    await startRequest(tech.actor, { srn: owned.srn, version: 1, message: "" });
    expect((await rowOf(owned.id)).ownerId).toBe(agent.user.id);
  });

  it("requestInfo pauses the clocks; provideInfo moves every unmet deadline by the pause", async () => {
    const owner = await makeCustomer();
    const createdAt = new Date(Date.now() - 3 * HOUR);
    const request = await makeRequest(owner, { type: "CONSULTATION", status: "ACCEPTED", createdAt, acceptedAt: createdAt, respondBy: new Date(Date.now() + 20 * HOUR), resolveBy: new Date(Date.now() + 40 * HOUR) });
    const agent = await makeStaff("AGENT");
    await requestInformation(agent.actor, { srn: request.srn, version: 1, question: TEXT });
    const paused = await rowOf(request.id);
    expect(paused.status).toBe("AWAITING_INFO");
    expect(paused.clockPausedAt).toBeInstanceOf(Date);
    // The question is the consultation's response.
    expect(paused.respondedAt).toEqual(paused.clockPausedAt);

    // Pretend the customer took five hours to answer.
    const pausedAt = new Date(paused.clockPausedAt!.getTime() - 5 * HOUR);
    await db.serviceRequest.update({ where: { id: request.id }, data: { clockPausedAt: pausedAt } });
    await provideInformation(owner.actor, { srn: request.srn, version: 2, information: "是 11 月的账单，账号 13800000001" });
    const resumed = await rowOf(request.id);
    expect(resumed.status).toBe("IN_PROGRESS");
    expect(resumed.clockPausedAt).toBeNull();
    const moved = resumed.resolveBy!.getTime() - paused.resolveBy!.getTime();
    expect(moved).toBeGreaterThanOrEqual(5 * HOUR);
    expect(moved).toBeLessThan(5 * HOUR + 60_000);
    // Met deadlines stay put.
    expect(resumed.acceptBy).toEqual(paused.acceptBy);
    expect(resumed.respondBy).toEqual(paused.respondBy);
  });

  it("resolve: records the time and the result; a consultation's response is met by it", async () => {
    const owner = await makeCustomer();
    const request = await makeRequest(owner, { type: "CONSULTATION", status: "IN_PROGRESS", acceptedAt: new Date(), respondBy: new Date(Date.now() + HOUR) });
    const tech = await makeStaff("TECHNICIAN");
    await resolveRequest(tech.actor, { srn: request.srn, version: 1, result: "多出的 30 元是国际漫游费" });
    const row = await rowOf(request.id);
    expect(row.status).toBe("RESOLVED");
    expect(row.resolvedAt).toBeInstanceOf(Date);
    expect(row.respondedAt).toEqual(row.resolvedAt);
    expect(row.closedAt).toBeNull();
  });

  it("confirm and close end the request; close keeps the staff's reason", async () => {
    const a = await requestIn("RESOLVED");
    await confirmResolution(a.owner.actor, { srn: a.request.srn, version: 1 });
    expect((await rowOf(a.request.id)).closedAt).toBeInstanceOf(Date);
    const b = await requestIn("RESOLVED");
    const agent = await makeStaff("AGENT");
    await closeRequest(agent.actor, { srn: b.request.srn, version: 1, reason: "客户电话确认已恢复" });
    const closed = await db.serviceRequest.findUniqueOrThrow({ where: { id: b.request.id }, include: { events: true } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.events.find((e) => e.kind === "close")).toMatchObject({ body: "客户电话确认已恢复", actorId: agent.user.id });
  });

  it("reopen: back in progress, the resolve-by clock runs again, and a follow-up is due in 24 hours", async () => {
    const owner = await makeCustomer();
    const agent = await makeStaff("AGENT");
    const request = await makeRequest(owner, { status: "RESOLVED", acceptedAt: new Date(), ownerId: agent.user.id, resolveBy: new Date(Date.now() + HOUR) });
    await db.serviceRequest.update({ where: { id: request.id }, data: { resolvedAt: new Date() } });
    await reopenRequest(owner.actor, { srn: request.srn, version: 1, reason: "晚上 8 点后还是断网" });
    const row = await rowOf(request.id);
    expect(row).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null, closedAt: null });
    const followUps = await db.followUp.findMany({ where: { requestId: request.id } });
    expect(followUps).toMatchObject([{ reason: "NOT_RESOLVED", status: "OPEN", assigneeId: agent.user.id }]);
    const due = followUps[0]!.dueAt.getTime() - followUps[0]!.createdAt.getTime();
    expect(Math.abs(due - 24 * HOUR)).toBeLessThan(60_000);
  });
});
