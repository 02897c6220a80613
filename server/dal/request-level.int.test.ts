import { describe, expect, it, vi } from "vitest";
import { signInAs } from "@/prisma/test/session";
import { auditRows, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { computeDeadlines } from "@/lib/domain/sla";
import { DEFAULT_POLICIES, policyToColumns } from "@/lib/domain/sla-policy";
import { ConflictError, ExpectedError } from "../action";
import { db } from "../db";
import { setRequestLevel } from "./request-level";
import { newRequestDeadlines } from "./sla-policies";
import { setLevelAction } from "@/app/admin/requests/actions";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));

const HOUR = 3_600_000;

/** A general fault (level 2) made under the built-in policy, created an hour ago. */
async function faultRequest(overrides: Parameters<typeof makeRequest>[1] = {}) {
  const owner = await makeCustomer();
  const createdAt = new Date(Date.now() - HOUR);
  const d = computeDeadlines({ type: "FAULT_REPAIR", level: 2, special: false, createdAt });
  const request = await makeRequest(owner, { createdAt, acceptBy: d.acceptBy, respondBy: d.respondBy, resolveBy: d.resolveBy, ...overrides });
  return { owner, request, createdAt };
}

describe("setRequestLevel (分级)", () => {
  it("recomputes the unmet deadlines, writes an internal event and an audit row, and tells the customer", async () => {
    const { owner, request, createdAt } = await faultRequest();
    const agent = await makeStaff("AGENT");
    await setRequestLevel(agent.actor, { srn: request.srn, version: 1, level: 1, special: false });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ level: 1, version: 2, acceptBy: request.acceptBy });
    expect(row.respondBy).toEqual(new Date(createdAt.getTime() + HOUR));
    expect(row.resolveBy).toEqual(new Date(createdAt.getTime() + 2 * HOUR));
    expect(await db.requestEvent.findMany({ where: { requestId: request.id, kind: "levelChanged" } })).toMatchObject([{ visibility: "INTERNAL", actorId: agent.user.id }]);
    const [entry] = await auditRows("request.setLevel");
    expect(entry).toMatchObject({ actorId: agent.user.id, targetId: request.id, summary: { srn: request.srn, from: { level: 2, resolveBy: request.resolveBy!.toISOString() }, to: { level: 1, resolveBy: row.resolveBy!.toISOString() } } });
    expect(await db.notification.count({ where: { recipientId: owner.user.id, template: "request.deadlinesChanged", channel: "IN_APP" } })).toBe(1);
  });

  it("keeps met clocks where they were and sends nothing when no deadline moved", async () => {
    const { owner, request } = await faultRequest({ status: "ACCEPTED", acceptedAt: new Date() });
    await db.serviceRequest.update({ where: { id: request.id }, data: { respondedAt: new Date(), resolvedAt: new Date(), status: "RESOLVED" } });
    const agent = await makeStaff("AGENT");
    await setRequestLevel(agent.actor, { srn: request.srn, version: 1, level: 3, special: false });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ level: 3, acceptBy: request.acceptBy, respondBy: request.respondBy, resolveBy: request.resolveBy });
    expect(await db.notification.count({ where: { recipientId: owner.user.id, template: "request.deadlinesChanged" } })).toBe(0);
  });

  it("recomputes from the request's own policy version, not the newest one", async () => {
    const v1 = await db.slaPolicy.create({ data: { type: "FAULT_REPAIR", version: 1, ...policyToColumns(DEFAULT_POLICIES.FAULT_REPAIR) } });
    const owner = await makeCustomer();
    const createdAt = new Date(Date.now() - HOUR);
    const d = await newRequestDeadlines(db, { type: "FAULT_REPAIR", level: 2, special: false, createdAt });
    expect(d.slaPolicyId).toBe(v1.id);
    const request = await makeRequest(owner, { createdAt, acceptBy: d.acceptBy, respondBy: d.respondBy, resolveBy: d.resolveBy });
    await db.serviceRequest.update({ where: { id: request.id }, data: { slaPolicyId: v1.id } });
    // A newer version promises a major fault restored in 1 hour; this request keeps version 1's 2 hours.
    await db.slaPolicy.create({ data: { type: "FAULT_REPAIR", version: 2, ...policyToColumns({ ...DEFAULT_POLICIES.FAULT_REPAIR, resolveHours: { 1: 1, 2: 3, 3: 12 } }) } });
    const agent = await makeStaff("SUPERVISOR");
    await setRequestLevel(agent.actor, { srn: request.srn, version: 1, level: 1, special: false });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).resolveBy).toEqual(new Date(createdAt.getTime() + 2 * HOUR));
    // A new request takes version 2.
    expect((await newRequestDeadlines(db, { type: "FAULT_REPAIR", level: 1, special: false, createdAt })).resolveBy).toEqual(new Date(createdAt.getTime() + HOUR));
  });

  it("sets the special flag only before acceptance", async () => {
    const { request } = await faultRequest();
    const agent = await makeStaff("AGENT");
    await setRequestLevel(agent.actor, { srn: request.srn, version: 1, level: 2, special: true });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.special).toBe(true);
    expect(row.acceptBy.getTime()).toBeGreaterThan(request.acceptBy.getTime());
    const accepted = (await faultRequest({ status: "ACCEPTED", acceptedAt: new Date() })).request;
    const error = await rejectionOf(() => setRequestLevel(agent.actor, { srn: accepted.srn, version: 1, level: 2, special: true }));
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).key).toBe("sla.errors.specialAfterAccept");
  });

  it("refuses a stale version, an ended request and no change, and writes nothing", async () => {
    const { request } = await faultRequest();
    const agent = await makeStaff("AGENT");
    const before = await rowCounts();
    expect(await rejectionOf(() => setRequestLevel(agent.actor, { srn: request.srn, version: 7, level: 1, special: false }))).toBeInstanceOf(ConflictError);
    expect(((await rejectionOf(() => setRequestLevel(agent.actor, { srn: request.srn, version: 1, level: 2, special: false }))) as ExpectedError).key).toBe("sla.errors.noChange");
    const closed = (await faultRequest({ status: "CLOSED" })).request;
    expect(((await rejectionOf(() => setRequestLevel(agent.actor, { srn: closed.srn, version: 1, level: 1, special: false }))) as ExpectedError).key).toBe("errors.invalidState");
    const after = await rowCounts();
    expect({ ...after, requests: before.requests, customers: before.customers, users: before.users, events: before.events }).toEqual(before);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).level).toBe(2);
  });
});

describe("setLevelAction", () => {
  it.each(STAFF_ROLES)("%s: allowed only for agents and supervisors", async (role) => {
    const { request } = await faultRequest();
    const staff = await makeStaff(role);
    signInAs(staff.user);
    const result = await setLevelAction({ srn: request.srn, version: 1, level: "1", special: false });
    const allowed = role === "AGENT" || role === "SUPERVISOR";
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toEqual({ ok: false, formError: "errors.forbidden" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).level).toBe(allowed ? 1 : 2);
  });

  it("a customer is refused; a bad level is a field error", async () => {
    const { owner, request } = await faultRequest();
    signInAs(owner.user);
    expect(await setLevelAction({ srn: request.srn, version: 1, level: "1", special: false })).toEqual({ ok: false, formError: "errors.forbidden" });
    const agent = await makeStaff("AGENT");
    signInAs(agent.user);
    const bad = await setLevelAction({ srn: request.srn, version: 1, level: "4" as "1", special: false });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? null : bad.fieldErrors?.level).toEqual(["sla.validation.level"]);
  });
});
