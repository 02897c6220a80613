import { beforeEach, describe, expect, it, vi } from "vitest";
import { rateRequestAction } from "@/app/account/requests/actions";
import type { RequestStatus } from "@/lib/domain/roles";
import { rateRequestSchema, type RateRequestInput } from "@/lib/schemas/rating";
import { auditRows, expectNoSecrets, rejectionOf, rowCounts } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { LOW_RATING_FOLLOW_UP_HOURS, rateRequest } from "./ratings";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const HOUR = 3_600_000;

async function resolvedRequest(status: RequestStatus = "RESOLVED") {
  const owner = await makeCustomer();
  const agent = await makeStaff("AGENT");
  const request = await makeRequest(owner, { status, acceptedAt: new Date(Date.now() - 2 * HOUR), ownerId: agent.user.id });
  return { owner, agent, request };
}

const input = (srn: string, over: Partial<RateRequestInput> = {}) =>
  rateRequestSchema.parse({ srn, score: "4", reasons: ["friendly"], comment: "师傅很耐心", resolved: "yes", ...over });

const lowFollowUps = (requestId: string) => db.followUp.findMany({ where: { requestId, reason: "LOW_RATING" } });

describe("rateRequest", () => {
  it.each(["RESOLVED", "CLOSED"] as const)("lets the owner rate a %s request once, with an audit row and a timeline event", async (status) => {
    const { owner, request } = await resolvedRequest(status);
    const rating = await rateRequest(owner.actor, input(request.srn));
    expect(rating).toMatchObject({ score: 4, reasons: ["friendly"], comment: "师傅很耐心", resolved: true });
    expectNoSecrets(rating, [owner.customer.phone]);
    const row = await db.rating.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(row.customerId).toBe(owner.customer.id);
    expect(await db.requestEvent.count({ where: { requestId: request.id, kind: "rated", visibility: "CUSTOMER" } })).toBe(1);
    const audits = (await auditRows("request.rate")).filter((a) => a.targetId === request.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: owner.user.id, actorRole: "CUSTOMER", summary: { srn: request.srn, score: 4, resolved: true, followUpId: null } });
    expect(await lowFollowUps(request.id)).toEqual([]);
  });

  it("returns the first rating to a second attempt and writes nothing more", async () => {
    const { owner, request } = await resolvedRequest();
    const first = await rateRequest(owner.actor, input(request.srn, { score: "5" }));
    const before = await rowCounts();
    const second = await rateRequest(owner.actor, input(request.srn, { score: "1", resolved: "no" }));
    expect(second).toEqual(first);
    expect(await rowCounts()).toEqual(before);
    expect(await db.rating.count({ where: { requestId: request.id } })).toBe(1);
    expect(await lowFollowUps(request.id)).toEqual([]);
  });

  it("keeps one row when two submissions race", async () => {
    const { owner, request } = await resolvedRequest();
    const results = await Promise.all([rateRequest(owner.actor, input(request.srn, { score: "2" })), rateRequest(owner.actor, input(request.srn, { score: "2" }))]);
    expect(results[0]).toEqual(results[1]);
    expect(await db.rating.count({ where: { requestId: request.id } })).toBe(1);
    expect(await lowFollowUps(request.id)).toHaveLength(1);
    expect((await auditRows("request.rate")).filter((a) => a.targetId === request.id)).toHaveLength(1);
  });

  it("is not-found for another customer, and writes nothing", async () => {
    const { request } = await resolvedRequest();
    const other = await makeCustomer();
    const before = await rowCounts();
    expect(await rejectionOf(() => rateRequest(other.actor, input(request.srn)))).toBeInstanceOf(NotFoundError);
    expect(await rowCounts()).toEqual(before);
    expect(await db.rating.count()).toBe(0);
  });

  it.each(["AGENT", "SUPERVISOR", "ADMIN", "AUDITOR"] as const)("refuses staff (%s), and writes nothing", async (role) => {
    const { request } = await resolvedRequest();
    const staff = await makeStaff(role);
    expect(await rejectionOf(() => rateRequest(staff.actor, input(request.srn)))).toBeInstanceOf(ForbiddenError);
    expect(await db.rating.count({ where: { requestId: request.id } })).toBe(0);
  });

  it.each(["SUBMITTED", "ACCEPTED", "IN_PROGRESS", "AWAITING_INFO", "RETURNED", "WITHDRAWN"] as const)("refuses a %s request", async (status) => {
    const owner = await makeCustomer();
    const request = await makeRequest(owner, { status });
    const before = await rowCounts();
    const error = await rejectionOf(() => rateRequest(owner.actor, input(request.srn)));
    expect(error).toBeInstanceOf(ExpectedError);
    expect((error as ExpectedError).key).toBe("errors.invalidState");
    expect(await rowCounts()).toEqual(before);
    expect(await db.rating.count()).toBe(0);
  });

  it.each([
    ["score 1", { score: "1" }],
    ["score 2", { score: "2" }],
    ["not resolved, score 4", { score: "4", resolved: "no" as const }],
  ])("opens exactly one LOW_RATING return visit after %s, due in 24 hours", async (_, over) => {
    const { owner, agent, request } = await resolvedRequest();
    const before = Date.now();
    await rateRequest(owner.actor, input(request.srn, over));
    const followUps = await lowFollowUps(request.id);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ status: "OPEN", assigneeId: agent.user.id });
    const due = followUps[0]!.dueAt.getTime();
    expect(due).toBeGreaterThanOrEqual(before + LOW_RATING_FOLLOW_UP_HOURS * HOUR);
    expect(due).toBeLessThanOrEqual(Date.now() + LOW_RATING_FOLLOW_UP_HOURS * HOUR);
    const audit = (await auditRows("request.rate")).find((a) => a.targetId === request.id);
    expect(audit?.summary).toMatchObject({ followUpId: followUps[0]!.id });
  });

  it.each([3, 4, 5])("opens no return visit after a resolved score of %i", async (score) => {
    const { owner, request } = await resolvedRequest();
    await rateRequest(owner.actor, input(request.srn, { score: String(score) }));
    expect(await db.followUp.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("does not open a second LOW_RATING return visit when one is open", async () => {
    const { owner, request } = await resolvedRequest();
    const open = await db.followUp.create({ data: { requestId: request.id, reason: "LOW_RATING", dueAt: new Date(Date.now() + HOUR) } });
    await rateRequest(owner.actor, input(request.srn, { score: "1" }));
    expect((await lowFollowUps(request.id)).map((f) => f.id)).toEqual([open.id]);
  });
});

describe("rateRequestAction", () => {
  it("rates for the signed-in owner", async () => {
    const { owner, request } = await resolvedRequest();
    signInAs(owner.user);
    const result = await rateRequestAction({ srn: request.srn, score: "2", reasons: ["tooLong", "unclear"], comment: "", resolved: "yes" });
    expect(result).toEqual({ ok: true, data: { srn: request.srn } });
    expect(await db.rating.findUniqueOrThrow({ where: { requestId: request.id } })).toMatchObject({ score: 2, reasons: ["tooLong", "unclear"], comment: null });
    expect(await lowFollowUps(request.id)).toHaveLength(1);
  });

  it("refuses staff and invalid input, and writes nothing", async () => {
    const { request } = await resolvedRequest();
    const agent = await makeStaff("AGENT");
    signInAs(agent.user);
    expect(await rateRequestAction({ srn: request.srn, score: "5", reasons: [], comment: "", resolved: "yes" })).toEqual({ ok: false, formError: "errors.forbidden" });
    const { owner, request: mine } = await resolvedRequest();
    signInAs(owner.user);
    expect(await rateRequestAction({ srn: mine.srn, score: "", reasons: ["bogus" as never], comment: "x".repeat(501), resolved: "yes" })).toMatchObject({
      ok: false,
      fieldErrors: { score: ["validation.required"], "reasons.0": ["validation.invalid"], comment: ["validation.tooLong.500"] },
    });
    expect(await db.rating.count()).toBe(0);
  });
});
