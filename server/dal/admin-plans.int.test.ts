import { beforeEach, describe, expect, it, vi } from "vitest";
import { roleCan } from "@/lib/domain/permissions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import type { PlanInput } from "@/lib/schemas/administration";
import { createPlanAction, setPlanActiveAction, updatePlanAction } from "@/app/admin/plans/actions";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makePlan, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { getPlanForAdmin, listPlansForAdmin } from "./admin-plans";
import { getLinePlan, listPlans, planChangeOptions, plansByCodes } from "./plans";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const OTHERS = STAFF_ROLES.filter((r) => !roleCan(r, "plan:manage"));
const input: PlanInput = { code: "m88", name: "畅享 88", nameEn: "Enjoy 88", kind: "MOBILE", monthlyFeeYuan: "88.5", dataMb: "40960", voiceMinutes: "500", smsCount: "", speedMbps: "", contractMonths: "0", summary: "40GB 流量", summaryEn: "40 GB of data", active: true };
const edit = (id: string, version: number, changes: Partial<PlanInput> = {}) => {
  const { code: _code, active: _active, ...rest } = { ...input, ...changes };
  return { id, version, ...rest };
};

async function signedInAdmin() {
  const admin = await makeStaff("ADMIN");
  signInAs(admin.user);
  return admin;
}

describe("who may manage plans", () => {
  it("is admins only, in the actions and in the DAL", async () => {
    const plan = await makePlan();
    const customer = await makeCustomer();
    for (const user of [customer.user, ...(await Promise.all(OTHERS.map(async (r) => (await makeStaff(r)).user)))]) {
      signInAs(user);
      expect(await createPlanAction(input)).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await updatePlanAction(edit(plan.id, 1))).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await setPlanActiveAction({ id: plan.id, version: 1, active: false })).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ active: true, version: 1, monthlyFeeFen: 5800 });
    expect(await db.plan.count({ where: { code: "M88" } })).toBe(0);
    const { actor } = await makeStaff("SUPERVISOR");
    expect(await rejectionOf(() => listPlansForAdmin(actor))).toBeInstanceOf(ForbiddenError);
  });
});

describe("createPlanAction", () => {
  it("stores the fee in fen, blank allowances as null, and appears in the public catalogue", async () => {
    const admin = await signedInAdmin();
    const r = await createPlanAction(input);
    expect(r).toMatchObject({ ok: true, data: { code: "M88", version: 1 } });
    expect(await db.plan.findUniqueOrThrow({ where: { code: "M88" } })).toMatchObject({ monthlyFeeFen: 8850, dataMb: 40960, voiceMinutes: 500, smsCount: null, speedMbps: null, contractMonths: 0, active: true });
    expect((await listPlans()).map((p) => p.code)).toContain("M88");
    expect(await auditRows("plan.create")).toMatchObject([{ actorId: admin.user.id, summary: { code: "M88", monthlyFeeFen: 8850 } }]);
  });

  it("refuses a taken code, a negative fee and three decimals, writing nothing", async () => {
    await signedInAdmin();
    const existing = await makePlan();
    expect(await createPlanAction({ ...input, code: existing.code })).toEqual({ ok: false, formError: "administration.errors.saveFailed", fieldErrors: { code: ["administration.validation.planCodeTaken"] } });
    for (const fee of ["-1", "1.999", "abc"]) {
      const r = await createPlanAction({ ...input, monthlyFeeYuan: fee });
      expect(r.ok === false && r.fieldErrors, fee).toEqual({ monthlyFeeYuan: ["administration.validation.fee"] });
    }
    expect(await db.plan.count()).toBe(1);
    expect(await auditRows("plan.create")).toEqual([]);
  });
});

describe("updatePlanAction", () => {
  it("saves over its version (a stale one is a conflict) and audits the fee change", async () => {
    await signedInAdmin();
    const plan = await makePlan();
    expect(await updatePlanAction(edit(plan.id, 1, { monthlyFeeYuan: "66", kind: "IOT" }))).toEqual({ ok: true, data: { id: plan.id, version: 2 } });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ monthlyFeeFen: 6600, kind: "IOT", code: plan.code, version: 2 });
    expect((await auditRows("plan.update"))[0]!.summary).toMatchObject({ monthlyFeeFen: { from: 5800, to: 6600 }, version: 2 });
    expect(await updatePlanAction(edit(plan.id, 1, { monthlyFeeYuan: "1" }))).toEqual({ ok: false, formError: "administration.errors.planConflict" });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ monthlyFeeFen: 6600 });
  });

  it("keeps the kind of a plan a line is on", async () => {
    const { actor } = await signedInAdmin();
    const customer = await makeCustomer();
    const planId = customer.line.planId;
    expect((await getPlanForAdmin(actor, planId)).kindLocked).toBe(true);
    expect(await updatePlanAction(edit(planId, 1, { kind: "BROADBAND" }))).toEqual({ ok: false, formError: "administration.errors.saveFailed", fieldErrors: { kind: ["administration.validation.kindLocked"] } });
    expect(await db.plan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ kind: "MOBILE", version: 1 });
    // Other fields still change.
    expect(await updatePlanAction(edit(planId, 1, { kind: "MOBILE", name: "新名称" }))).toMatchObject({ ok: true });
  });
});

describe("setPlanActiveAction", () => {
  it("stops offering a plan: gone from the catalogue and the plan-change options, kept by its lines; offered again later", async () => {
    const admin = await signedInAdmin();
    const customer = await makeCustomer();
    const own = await db.plan.findUniqueOrThrow({ where: { id: customer.line.planId } });
    const other = await makePlan();
    expect((await planChangeOptions(customer.actor, customer.line.id))!.options.map((o) => o.plan.code)).toContain(other.code);

    expect(await setPlanActiveAction({ id: other.id, version: 1, active: false })).toEqual({ ok: true, data: { id: other.id, version: 2 } });
    expect(await setPlanActiveAction({ id: own.id, version: 1, active: false })).toMatchObject({ ok: true });
    expect((await listPlans()).map((p) => p.code)).not.toContain(other.code);
    expect(await plansByCodes([other.code])).toEqual([]);
    expect((await planChangeOptions(customer.actor, customer.line.id))!.options.map((o) => o.plan.code)).not.toContain(other.code);
    expect((await getLinePlan(customer.actor, customer.line.id))!.plan).toMatchObject({ code: own.code, active: false });
    expect((await auditRows("plan.deactivate")).map((r) => r.actorId)).toEqual([admin.user.id, admin.user.id]);

    expect(await setPlanActiveAction({ id: other.id, version: 1, active: true })).toEqual({ ok: false, formError: "administration.errors.planConflict" });
    expect(await setPlanActiveAction({ id: other.id, version: 2, active: true })).toEqual({ ok: true, data: { id: other.id, version: 3 } });
    expect((await listPlans()).map((p) => p.code)).toContain(other.code);
  });
});
