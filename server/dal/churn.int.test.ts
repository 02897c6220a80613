import { beforeEach, describe, expect, it, vi } from "vitest";
import { cancelWinBackAction, createWinBackAction, recordWinBackCallAction, rescoreAllAction, rescoreCustomerAction } from "@/app/admin/retention/actions";
import { cstDateKey, toCstLocal } from "@/lib/domain/time";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeRequest, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { getChurnOfCustomer, listChurnRisks, rescoreCustomer } from "./churn";
import { createWinBackTask, listWinBackTasks, recordWinBackCall } from "./winback";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const HOUR = 3_600_000;
const noFilter = { band: null, area: "", type: null, after: null };
const today = () => cstDateKey(new Date());

async function scored(score: number, band: "LOW" | "MEDIUM" | "HIGH", area = "北京") {
  const o = await makeCustomer();
  await db.customer.update({ where: { id: o.customer.id }, data: { area, lifecycleStage: "ACTIVE" } });
  await db.churnScore.create({ data: { customerId: o.customer.id, score, band, reasons: [{ code: "COMPLAINTS", count: 2, points: 30 }], computedAt: new Date() } });
  return o;
}

describe("listChurnRisks", () => {
  it("lists highest first, filtered and masked, for churn:read only", async () => {
    const high = await scored(70, "HIGH", "上海市徐汇区");
    const medium = await scored(40, "MEDIUM", "北京");
    await scored(10, "LOW", "上海市浦东新区");
    const { actor: agent } = await makeStaff("AGENT");
    const page = await listChurnRisks(agent, noFilter);
    expect(page.items.map((r) => r.score)).toEqual([70, 40, 10]);
    expect(page.items[0]).toMatchObject({ customerId: high.customer.id, band: "HIGH", reasons: [{ code: "COMPLAINTS", count: 2, points: 30 }], customer: { name: `${[...high.customer.name][0]}**` } });
    expectNoSecrets(page, [high.customer.phone, medium.customer.phone]);
    expect((await listChurnRisks(agent, { ...noFilter, band: "MEDIUM" })).items.map((r) => r.customerId)).toEqual([medium.customer.id]);
    expect((await listChurnRisks(agent, { ...noFilter, area: "上海" })).items.map((r) => r.score)).toEqual([70, 10]);
    expect((await listChurnRisks(agent, { ...noFilter, type: "ENTERPRISE" })).items).toEqual([]);
    const { actor: tech } = await makeStaff("TECHNICIAN");
    expect((await listChurnRisks(tech, noFilter)).items).toEqual([]);
    expect(await getChurnOfCustomer(tech, high.customer.id)).toBeNull();
    expect(await getChurnOfCustomer(agent, high.customer.id)).toMatchObject({ score: 70, band: "HIGH" });
  });

  it("pages by keyset on score and id without gaps", async () => {
    for (let i = 0; i < 23; i++) await scored(i % 5, "LOW");
    const { actor } = await makeStaff("SUPERVISOR");
    const first = await listChurnRisks(actor, noFilter);
    expect(first.items).toHaveLength(20);
    const second = await listChurnRisks(actor, { ...noFilter, after: first.next });
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((r) => r.customerId)).size).toBe(23);
    expect(all.map((r) => r.score)).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(await listChurnRisks(actor, { ...noFilter, after: "garbage" })).toMatchObject({ staleCursor: true });
  });
});

describe("rescoring on demand", () => {
  it("lets supervisors and quality rescore one customer, audited; agents and technicians are refused", async () => {
    const o = await makeCustomer();
    await db.customer.update({ where: { id: o.customer.id }, data: { lifecycleStage: "ACTIVE" } });
    for (let i = 0; i < 4; i++) await makeRequest(o, { type: "COMPLAINT", status: "CLOSED", createdAt: new Date(Date.now() - (i + 1) * 24 * HOUR), acceptedAt: new Date(Date.now() - (i + 1) * 24 * HOUR + HOUR), respondBy: null });
    const { actor: supervisor, user: supervisorUser } = await makeStaff("SUPERVISOR");
    expect(await rescoreCustomer(supervisor, { customerId: o.customer.id })).toEqual({ score: 45, band: "MEDIUM" });
    expect(await auditRows("churn.rescore")).toMatchObject([{ actorId: supervisor.userId, targetId: o.customer.id, summary: { from: null, to: "45 MEDIUM" } }]);

    const quality = await makeStaff("QUALITY_MANAGER");
    signInAs(quality.user);
    expect(await rescoreCustomerAction({ customerId: o.customer.id })).toEqual({ ok: true, data: { score: 45, band: "MEDIUM" } });
    expect(await rescoreAllAction({ confirm: true })).toMatchObject({ ok: true, data: { scored: 1, medium: 1 } });
    expect(await auditRows("churn.score")).toMatchObject([{ actorId: quality.user.id }]);

    for (const role of ["AGENT", "TECHNICIAN", "AUDITOR"] as const) {
      const staff = await makeStaff(role);
      signInAs(staff.user);
      expect(await rescoreCustomerAction({ customerId: o.customer.id }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rescoreAllAction({ confirm: true }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectionOf(() => rescoreCustomer(staff.actor, { customerId: o.customer.id }))).toBeInstanceOf(ForbiddenError);
    }
    signInAs(supervisorUser);
    expect(await rescoreCustomerAction({ customerId: "nope" })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await auditRows("churn.rescore")).toHaveLength(2);
  });
});

describe("win-back tasks", () => {
  it("creates a task, records NOT_REACHED then RETAINED over the version, with audit rows; a stale version is a conflict", async () => {
    const o = await scored(70, "HIGH");
    const agent = await makeStaff("AGENT");
    const supervisor = await makeStaff("SUPERVISOR");
    signInAs(supervisor.user);
    const created = await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "50 元话费券", assigneeId: agent.user.id, dueDate: today() });
    expect(created).toMatchObject({ ok: true });
    const task = await db.winBackTask.findFirstOrThrow({ where: { customerId: o.customer.id } });
    expect(task).toMatchObject({ scoreAtStart: 70, offer: "VOUCHER:50 元话费券", assigneeId: agent.user.id, createdById: supervisor.user.id, status: "OPEN", attempts: 0, version: 1 });
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "DATA_PACK", detail: "", assigneeId: agent.user.id, dueDate: today() })).toEqual({ ok: false, formError: "retention.errors.openTaskExists" });

    // The agent's own list has it; the list is masked.
    const mine = await listWinBackTasks(agent.actor, "mine");
    expect(mine.map((t) => t.id)).toEqual([task.id]);
    expectNoSecrets(mine, [o.customer.phone]);
    expect(await listWinBackTasks(supervisor.actor, "mine")).toEqual([]);
    expect((await listWinBackTasks(supervisor.actor, "all")).map((t) => t.id)).toEqual([task.id]);

    const now = new Date();
    expect(await recordWinBackCall(agent.actor, { taskId: task.id, version: 1, outcome: "NOT_REACHED", note: "无人接听", callBackAt: "" }, now)).toEqual({ id: task.id, status: "OPEN", attempts: 1, version: 2 });
    const retry = await db.winBackTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(retry).toMatchObject({ status: "OPEN", outcome: "NOT_REACHED", attempts: 1, note: "无人接听", closedAt: null });
    expect(retry.dueAt).toEqual(new Date(now.getTime() + 24 * HOUR));

    // A second agent working from the old page: refused, nothing changed.
    expect(await rejectionOf(() => recordWinBackCall(supervisor.actor, { taskId: task.id, version: 1, outcome: "DECLINED", note: "", callBackAt: "" }))).toMatchObject({ key: "retention.errors.conflict" });
    expect(await db.winBackTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ version: 2, attempts: 1, status: "OPEN" });

    signInAs(agent.user);
    expect(await recordWinBackCallAction({ taskId: task.id, version: 2, outcome: "RETAINED", note: "接受话费券，续约一年", callBackAt: "" })).toEqual({ ok: true, data: { id: task.id, status: "DONE", attempts: 2, version: 3 } });
    expect(await db.winBackTask.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "DONE", outcome: "RETAINED", attempts: 2, closedAt: expect.any(Date) });
    expect(await recordWinBackCallAction({ taskId: task.id, version: 3, outcome: "DECLINED", note: "", callBackAt: "" })).toEqual({ ok: false, formError: "retention.errors.notOpen" });

    expect(await auditRows("winback.create")).toMatchObject([{ actorId: supervisor.user.id, targetId: task.id, summary: { customerId: o.customer.id, offer: "VOUCHER", scoreAtStart: 70 } }]);
    expect(await auditRows("winback.call")).toMatchObject([
      { actorId: agent.user.id, summary: { outcome: "NOT_REACHED", attempts: 1, status: "OPEN", version: 2 } },
      { actorId: agent.user.id, summary: { outcome: "RETAINED", attempts: 2, status: "DONE", version: 3 } },
    ]);
    // A finished task lets a new one be opened.
    expect(await createWinBackTask(agent.actor, { customerId: o.customer.id, offer: "CONTRACT_RENEWAL", detail: "", assigneeId: agent.user.id, dueDate: today() })).toMatchObject({ version: 1 });
  });

  it("closes after the third NOT_REACHED; CALL_BACK moves the due time; cancel needs a reason", async () => {
    const o = await scored(60, "HIGH");
    const agent = await makeStaff("AGENT");
    const task = await createWinBackTask(agent.actor, { customerId: o.customer.id, offer: "DATA_PACK", detail: "", assigneeId: agent.user.id, dueDate: today() });
    const call = (version: number, outcome: "NOT_REACHED" | "CALL_BACK", callBackAt = "") => recordWinBackCall(agent.actor, { taskId: task.id, version, outcome, note: "", callBackAt });
    const later = new Date(Date.now() + 48 * HOUR);
    later.setUTCSeconds(0, 0);
    expect(await call(1, "CALL_BACK", toCstLocal(later))).toMatchObject({ status: "OPEN", attempts: 1 });
    expect((await db.winBackTask.findUniqueOrThrow({ where: { id: task.id } })).dueAt).toEqual(later);
    expect(await call(2, "NOT_REACHED")).toMatchObject({ status: "OPEN", attempts: 2 });
    expect(await call(3, "NOT_REACHED")).toMatchObject({ status: "DONE", attempts: 3 });

    const o2 = await scored(65, "HIGH");
    const t2 = await createWinBackTask(agent.actor, { customerId: o2.customer.id, offer: "OTHER", detail: "宽带提速", assigneeId: agent.user.id, dueDate: today() });
    signInAs(agent.user);
    expect(await cancelWinBackAction({ taskId: t2.id, version: 1, note: " " })).toMatchObject({ ok: false, fieldErrors: { note: expect.any(Array) } });
    expect(await cancelWinBackAction({ taskId: t2.id, version: 1, note: "客户已携号转出" })).toEqual({ ok: true, data: { id: t2.id, status: "CANCELLED", version: 2 } });
    expect(await auditRows("winback.cancel")).toMatchObject([{ targetId: t2.id, actorId: agent.user.id }]);
  });

  it("refuses bad input and the wrong roles, changing nothing", async () => {
    const o = await scored(70, "HIGH");
    const agent = await makeStaff("AGENT");
    const tech = await makeStaff("TECHNICIAN");
    const quality = await makeStaff("QUALITY_MANAGER");
    for (const staff of [tech, quality]) {
      signInAs(staff.user);
      expect(await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: agent.user.id, dueDate: today() })).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectionOf(() => createWinBackTask(staff.actor, { customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: agent.user.id, dueDate: today() }))).toBeInstanceOf(ForbiddenError);
      expect(await listWinBackTasks(staff.actor, "all")).toEqual([]);
    }
    signInAs(agent.user);
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "OTHER", detail: "", assigneeId: agent.user.id, dueDate: today() })).toMatchObject({ ok: false, fieldErrors: { detail: ["retention.validation.otherDetail"] } });
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: agent.user.id, dueDate: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { dueDate: ["retention.validation.dueDate"] } });
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: tech.user.id, dueDate: today() })).toMatchObject({ ok: false, formError: "retention.errors.assignee" });
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: o.user.id, dueDate: today() })).toMatchObject({ ok: false, formError: "retention.errors.assignee" });
    expect(await createWinBackAction({ customerId: "nope", offer: "VOUCHER", detail: "", assigneeId: agent.user.id, dueDate: today() })).toEqual({ ok: false, formError: "errors.notFound" });
    expect(await recordWinBackCallAction({ taskId: "nope", version: 1, outcome: "CALL_BACK", note: "", callBackAt: "" })).toMatchObject({ ok: false, fieldErrors: { callBackAt: ["retention.validation.callBackAt"] } });
    signInAs(o.user);
    expect(await createWinBackAction({ customerId: o.customer.id, offer: "VOUCHER", detail: "", assigneeId: agent.user.id, dueDate: today() })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await db.winBackTask.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: "winback." } } })).toBe(0);
  });
});
