import { afterEach, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, isSampled } from "@/lib/domain/follow-ups";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { ConflictError, ForbiddenError } from "../action";
import { db } from "../db";
import { getFollowUp, listFollowUps, recordFollowUp } from "./follow-ups";
import { closeRequest } from "./request-transitions";

const HOUR = 3_600_000;

async function taskFor(status: "RESOLVED" | "CLOSED" | "IN_PROGRESS", reason: "LOW_RATING" | "NOT_RESOLVED" | "SAMPLED" = "LOW_RATING", dueInHours = 24) {
  const owner = await makeCustomer();
  const request = await makeRequest(owner, { status, acceptedAt: new Date(), version: 4 });
  const task = await db.followUp.create({ data: { requestId: request.id, reason, dueAt: new Date(Date.now() + dueInHours * HOUR) } });
  return { owner, request, task };
}

afterEach(() => {
  delete process.env.FOLLOW_UP_SAMPLE_PERCENT;
});

describe("listFollowUps and getFollowUp", () => {
  it("are for staff with followup:handle, with the customer's phone masked", async () => {
    const { owner, task } = await taskFor("RESOLVED");
    for (const role of STAFF_ROLES) {
      const { actor } = await makeStaff(role);
      if (roleCan(role, "followup:handle")) {
        const list = await listFollowUps(actor, "open");
        expect(list.items.map((f) => f.id), role).toContain(task.id);
        const detail = await getFollowUp(actor, task.id);
        expect(detail?.request.customer.name).toBe(owner.customer.name);
        expectNoSecrets([list, detail], [owner.customer.phone]);
      } else {
        expect(await rejectionOf(() => listFollowUps(actor, "open")), role).toBeInstanceOf(ForbiddenError);
        expect(await rejectionOf(() => getFollowUp(actor, task.id)), role).toBeInstanceOf(ForbiddenError);
      }
    }
    expect(await getFollowUp((await makeStaff("AGENT")).actor, "nope")).toBeNull();
  });

  it("sorts open tasks by due time and filters mine and overdue", async () => {
    const { actor, user } = await makeStaff("AGENT");
    const late = await taskFor("RESOLVED", "LOW_RATING", -2);
    const mine = await taskFor("RESOLVED", "SAMPLED", 1);
    await db.followUp.update({ where: { id: mine.task.id }, data: { assigneeId: user.id } });
    const open = (await listFollowUps(actor, "open")).items.map((f) => f.id);
    expect(open.indexOf(late.task.id)).toBeLessThan(open.indexOf(mine.task.id));
    expect((await listFollowUps(actor, "mine")).items.map((f) => f.id)).toEqual([mine.task.id]);
    const overdue = (await listFollowUps(actor, "overdue")).items.map((f) => f.id);
    expect(overdue).toContain(late.task.id);
    expect(overdue).not.toContain(mine.task.id);
  });
});

describe("recordFollowUp", () => {
  it("closes a satisfied visit with an internal event and an audit row", async () => {
    const { task, request } = await taskFor("CLOSED");
    const { actor } = await makeStaff("AGENT");
    const audits = (await auditRows("followUp.record")).length;
    expect(await recordFollowUp(actor, { id: task.id, version: 1, outcome: "SATISFIED", note: "客户表示已正常", retry: true })).toMatchObject({ done: true, reopened: false });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "DONE", outcome: "SATISFIED", attempts: 1, assigneeId: actor.userId });
    expect(await db.requestEvent.findFirst({ where: { requestId: request.id, kind: "followUp" } })).toMatchObject({ visibility: "INTERNAL" });
    expect((await auditRows("followUp.record")).length).toBe(audits + 1);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("CLOSED");
  });

  it("reopens a closed request when the problem persists, telling the customer why", async () => {
    const { task, request, owner } = await taskFor("CLOSED", "SAMPLED");
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await recordFollowUp(actor, { id: task.id, version: 1, outcome: "PROBLEM_PERSISTS", note: "晚上八点后仍然断网", retry: false })).toMatchObject({ reopened: true });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row).toMatchObject({ status: "IN_PROGRESS", closedAt: null, resolvedAt: null, version: 5 });
    expect(await db.requestEvent.findFirst({ where: { requestId: request.id, kind: "staffReopen" } })).toMatchObject({ visibility: "CUSTOMER", body: "晚上八点后仍然断网" });
    expect(await db.notification.count({ where: { recipientId: owner.user.id, template: "request.reopenedByStaff" } })).toBeGreaterThan(0);
  });

  it("does not reopen a request that is already being worked on", async () => {
    const { task, request } = await taskFor("IN_PROGRESS", "NOT_RESOLVED");
    const { actor } = await makeStaff("AGENT");
    expect(await recordFollowUp(actor, { id: task.id, version: 1, outcome: "PROBLEM_PERSISTS", note: "还是没有信号", retry: false })).toMatchObject({ reopened: false, done: true });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: request.id } })).version).toBe(4);
  });

  it("brings a not-reached visit back later, and ends it after the last attempt", async () => {
    const { task } = await taskFor("RESOLVED");
    const { actor } = await makeStaff("AGENT");
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await recordFollowUp(actor, { id: task.id, version: attempt, outcome: "NOT_REACHED", note: "", retry: true })).toMatchObject({ done: false });
      const row = await db.followUp.findUniqueOrThrow({ where: { id: task.id } });
      expect(row).toMatchObject({ status: "OPEN", attempts: attempt });
      expect(row.dueAt.getTime()).toBeGreaterThan(Date.now() + 23 * HOUR);
    }
    expect(await recordFollowUp(actor, { id: task.id, version: MAX_ATTEMPTS, outcome: "NOT_REACHED", note: "", retry: true })).toMatchObject({ done: true });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "DONE", attempts: MAX_ATTEMPTS, outcome: "NOT_REACHED" });
  });

  it("gives the second of two staff a conflict, and refuses a closed task and the wrong roles", async () => {
    const { task } = await taskFor("RESOLVED");
    const a = await makeStaff("AGENT");
    const b = await makeStaff("AGENT");
    await recordFollowUp(a.actor, { id: task.id, version: 1, outcome: "NOT_REACHED", note: "", retry: true });
    expect(await rejectionOf(() => recordFollowUp(b.actor, { id: task.id, version: 1, outcome: "SATISFIED", note: "", retry: false }))).toBeInstanceOf(ConflictError);
    await recordFollowUp(b.actor, { id: task.id, version: 2, outcome: "SATISFIED", note: "", retry: false });
    await expect(recordFollowUp(a.actor, { id: task.id, version: 3, outcome: "SATISFIED", note: "", retry: false })).rejects.toMatchObject({ key: "errors.followUpClosed" });
    for (const role of STAFF_ROLES.filter((r) => !roleCan(r, "followup:handle"))) {
      const { actor } = await makeStaff(role);
      expect(await rejectionOf(() => recordFollowUp(actor, { id: task.id, version: 3, outcome: "SATISFIED", note: "", retry: false })), role).toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("sampling closed requests", () => {
  it("creates a SAMPLED visit on close for the policy's share, and none at 0 %", async () => {
    const { actor } = await makeStaff("AGENT");
    process.env.FOLLOW_UP_SAMPLE_PERCENT = "100";
    const owner = await makeCustomer();
    const sampled = await makeRequest(owner, { status: "RESOLVED", acceptedAt: new Date() });
    await closeRequest(actor, { srn: sampled.srn, version: 1, reason: "客户电话确认已恢复" });
    expect(await db.followUp.findFirst({ where: { requestId: sampled.id } })).toMatchObject({ reason: "SAMPLED", status: "OPEN" });
    expect(isSampled(sampled.id, 100)).toBe(true);

    process.env.FOLLOW_UP_SAMPLE_PERCENT = "0";
    const skipped = await makeRequest(owner, { status: "RESOLVED", acceptedAt: new Date() });
    await closeRequest(actor, { srn: skipped.srn, version: 1, reason: "客户电话确认已恢复" });
    expect(await db.followUp.count({ where: { requestId: skipped.id } })).toBe(0);
  });
});
