import { describe, expect, it } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { REQUEST_TRANSITIONS, type RequestAction } from "@/lib/domain/request-status";
import { ROLES, type RequestStatus, type Role } from "@/lib/domain/roles";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError } from "../action";
import type { Actor, CustomerActor, StaffActor } from "../actor";
import { db } from "../db";
import { acceptRequest, returnRequest, withdrawRequest } from "./request-transitions";

type Owner = Awaited<ReturnType<typeof makeCustomer>>;
const REASON = "资料不全，请补充身份证明";

// The DAL functions are typed for the actor kind that may call them; the tests also try the
// other kind (as a forged call would) to show that the state machine still says no.
const ACTIONS: Record<RequestAction, { run: (actor: Actor, srn: string, version: number) => Promise<unknown>; to: RequestStatus; template: string; body: string | null }> = {
  accept: { run: (actor, srn, version) => acceptRequest(actor as StaffActor, { srn, version, message: "已受理，工程师将联系您" }), to: "ACCEPTED", template: "request.accepted", body: "已受理，工程师将联系您" },
  return: { run: (actor, srn, version) => returnRequest(actor as StaffActor, { srn, version, reason: REASON }), to: "RETURNED", template: "request.returned", body: REASON },
  withdraw: { run: (actor, srn, version) => withdrawRequest(actor as CustomerActor, { srn, version }), to: "WITHDRAWN", template: "request.withdrawn", body: null },
};
const actionNames = Object.keys(ACTIONS) as RequestAction[];
const allowed = (action: RequestAction, role: Role) => roleCan(role, REQUEST_TRANSITIONS[action].permission);

async function actorFor(role: Role, owner: Owner): Promise<Actor> {
  return role === "CUSTOMER" ? owner.actor : (await makeStaff(role)).actor;
}

async function submitted(status: RequestStatus = "SUBMITTED") {
  const owner = await makeCustomer();
  const request = await makeRequest(owner, { status });
  return { owner, request };
}

/** Everything a transition may change, to show that a refused one changed nothing. */
async function snapshot(id: string) {
  const row = await db.serviceRequest.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, ownerId: true, acceptedAt: true, respondedAt: true, closedAt: true, updatedAt: true },
  });
  return { row, counts: await rowCounts() };
}

describe.each(actionNames)("%s", (action) => {
  const spec = ACTIONS[action];

  it.each(ROLES.filter((r) => allowed(action, r)))("succeeds for %s and records it", async (role) => {
    const { owner, request } = await submitted();
    const actor = await actorFor(role, owner);
    await expect(spec.run(actor, request.srn, 1)).resolves.toEqual({ srn: request.srn, status: spec.to });

    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(row.status).toBe(spec.to);
    expect(row.version).toBe(2);
    expect(row.events.find((e) => e.kind === action)).toMatchObject({ kind: action, visibility: "CUSTOMER", actorId: actor.userId, fromStatus: "SUBMITTED", toStatus: spec.to, body: spec.body });
    expect(await auditRows(`request.${action}`)).toMatchObject([{ actorId: actor.userId, actorRole: role, targetId: request.id, summary: { srn: request.srn, from: "SUBMITTED", to: spec.to } }]);
    const notes = await db.notification.findMany({ where: { recipientId: owner.user.id }, orderBy: { channel: "asc" } });
    expect(notes).toMatchObject(["IN_APP", "SMS", "EMAIL"].map((channel) => ({ channel, template: spec.template, payload: { srn: request.srn } })));
  });

  it.each(ROLES.filter((r) => !allowed(action, r)))("is refused for %s and changes nothing", async (role) => {
    const { owner, request } = await submitted();
    const actor = await actorFor(role, owner);
    const before = await snapshot(request.id);
    const error = await rejectionOf(() => spec.run(actor, request.srn, 1));
    // Staff who may not read requests at all get the same not-found as for a missing request.
    const seesRequest = role === "CUSTOMER" || roleCan(role, "request:read:any");
    expect(error).toBeInstanceOf(seesRequest ? ForbiddenError : NotFoundError);
    expect(await snapshot(request.id)).toEqual(before);
    expect(await auditRows(`request.${action}`)).toEqual([]);
  });

  it.each(["ACCEPTED", "RETURNED", "WITHDRAWN", "CLOSED"] as const)("says invalidState from %s", async (status) => {
    const { owner, request } = await submitted(status);
    const actor = await actorFor(ROLES.find((r) => allowed(action, r))!, owner);
    const before = await snapshot(request.id);
    const error = await rejectionOf(() => spec.run(actor, request.srn, 1));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "errors.invalidState" });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("says conflict for a stale version", async () => {
    const { owner, request } = await submitted();
    await db.serviceRequest.update({ where: { id: request.id }, data: { version: 3 } });
    const role = ROLES.find((r) => allowed(action, r))!;
    const actor = await actorFor(role, owner);
    const before = await snapshot(request.id);
    for (const version of [1, 2, 4]) await expect(spec.run(actor, request.srn, version), String(version)).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(request.id)).toEqual(before);
    await expect(spec.run(actor, request.srn, 3)).resolves.toMatchObject({ status: spec.to });
  });

  it("says conflict, not invalidState, when a stale page acts on a request someone else moved on", async () => {
    const { owner, request } = await submitted("ACCEPTED");
    await db.serviceRequest.update({ where: { id: request.id }, data: { version: 2 } });
    const actor = await actorFor(ROLES.find((r) => allowed(action, r))!, owner);
    const before = await snapshot(request.id);
    await expect(spec.run(actor, request.srn, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(spec.run(actor, request.srn, 2)).rejects.toMatchObject({ key: "errors.invalidState" });
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("says not found for an unknown SRN and for another customer's request", async () => {
    const { owner, request } = await submitted();
    const role = ROLES.find((r) => allowed(action, r))!;
    await expect(spec.run(await actorFor(role, owner), "SR20991231999999", 1)).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await makeCustomer();
    const before = await snapshot(request.id);
    await expect(spec.run(stranger.actor, request.srn, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(request.id)).toEqual(before);
  });

  it("lets exactly one of two concurrent attempts through", async () => {
    const { owner, request } = await submitted();
    const role = ROLES.find((r) => allowed(action, r))!;
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

describe("what each transition sets", () => {
  it("accept: the agent becomes the owner, and it counts as the first response", async () => {
    const { request } = await submitted();
    const agent = await makeStaff("AGENT");
    await acceptRequest(agent.actor, { srn: request.srn, version: 1, message: "" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(row.ownerId).toBe(agent.user.id);
    expect(row.acceptedAt).toBeInstanceOf(Date);
    expect(row.respondedAt).toEqual(row.acceptedAt);
    expect(row.closedAt).toBeNull();
    expect(row.events.find((e) => e.kind === "accept")?.body).toBeNull();
  });

  it("accept: keeps an earlier response time, and sets none without a respond-by", async () => {
    const owner = await makeCustomer();
    const earlier = new Date(Date.now() - 60_000);
    const responded = await makeRequest(owner);
    await db.serviceRequest.update({ where: { id: responded.id }, data: { respondedAt: earlier } });
    const untimed = await makeRequest(owner, { respondBy: null });
    const { actor } = await makeStaff("SUPERVISOR");
    await acceptRequest(actor, { srn: responded.srn, version: 1, message: "" });
    await acceptRequest(actor, { srn: untimed.srn, version: 1, message: "" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: responded.id } })).respondedAt).toEqual(earlier);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: untimed.id } })).respondedAt).toBeNull();
  });

  it("return: closes the request, with the returning agent as owner and the reason as a response", async () => {
    const { request } = await submitted();
    const agent = await makeStaff("AGENT");
    await returnRequest(agent.actor, { srn: request.srn, version: 1, reason: REASON });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "RETURNED", ownerId: agent.user.id, acceptedAt: null });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.respondedAt).toEqual(row.closedAt);
  });

  it("withdraw: closes the request and leaves owner and acceptance empty", async () => {
    const { owner, request } = await submitted();
    await withdrawRequest(owner.actor, { srn: request.srn, version: 1 });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "WITHDRAWN", ownerId: null, acceptedAt: null, respondedAt: null });
    expect(row.closedAt).toBeInstanceOf(Date);
  });
});
