import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateRemedyRuleAction } from "@/app/admin/remedies/actions";
import type { UpdateRemedyRuleInput } from "@/lib/schemas/remedies";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { makeRemedyRule } from "@/prisma/test/remedy-factories";
import { signInAs } from "@/prisma/test/session";
import { ForbiddenError } from "../action";
import { db } from "../db";
import { listRemedyRules, updateRemedyRule } from "./remedy-rules";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const edit = (id: string, over: Partial<UpdateRemedyRuleInput> = {}): UpdateRemedyRuleInput => ({
  id,
  version: 1,
  kind: "CREDIT",
  amountYuan: "8.50",
  waiverDays: "0",
  title: "受理超时补偿 8.5 元",
  titleEn: "Late acceptance: CNY 8.50 credit",
  active: true,
  ...over,
});

describe("remedy rules administration", () => {
  it("lists the rules in commitment order and saves over the version, in fen, audited", async () => {
    const complaint = await makeRemedyRule("COMPLAINT_REPLY", { code: "A-COMPLAINT" });
    const accept = await makeRemedyRule("ACCEPT", { code: "Z-ACCEPT", amountFen: 200 });
    const { actor } = await makeStaff("QUALITY_MANAGER");
    expect((await listRemedyRules(actor)).map((r) => r.id)).toEqual([accept.id, complaint.id]);
    expect(await updateRemedyRule(actor, edit(accept.id))).toEqual({ id: accept.id, version: 2 });
    expect(await db.remedyRule.findUniqueOrThrow({ where: { id: accept.id }, select: { amountFen: true, waiverDays: true, version: true, updatedById: true } })).toEqual({ amountFen: 850, waiverDays: 0, version: 2, updatedById: actor.userId });
    expect(await auditRows("remedyRule.update")).toMatchObject([{ actorId: actor.userId, targetId: accept.id, summary: { version: 2, changed: ["amountFen", "title", "titleEn"] } }]);

    // A waiver keeps its days and no credit amount; deactivating is an edit too.
    await updateRemedyRule(actor, edit(accept.id, { version: 2, kind: "FEE_WAIVER", waiverDays: "2", active: false }));
    expect(await db.remedyRule.findUniqueOrThrow({ where: { id: accept.id }, select: { kind: true, amountFen: true, waiverDays: true, active: true } })).toEqual({ kind: "FEE_WAIVER", amountFen: 0, waiverDays: 2, active: false });
  });

  it("refuses a stale version and changes nothing", async () => {
    const rule = await makeRemedyRule("ACCEPT");
    const { actor } = await makeStaff("ADMIN");
    await updateRemedyRule(actor, edit(rule.id));
    const before = await db.remedyRule.findUniqueOrThrow({ where: { id: rule.id } });
    expect(await rejectionOf(() => updateRemedyRule(actor, edit(rule.id, { amountYuan: "1" })))).toMatchObject({ key: "remedies.errors.ruleConflict" });
    expect(await db.remedyRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(before);
  });

  it("lets only remedy:rules in, and refuses bad input with field errors, changing nothing", async () => {
    const rule = await makeRemedyRule("ACCEPT");
    const before = await db.remedyRule.findUniqueOrThrow({ where: { id: rule.id } });
    for (const role of ["SUPERVISOR", "AUDITOR", "AGENT"] as const) {
      const staff = await makeStaff(role);
      signInAs(staff.user);
      expect(await updateRemedyRuleAction(edit(rule.id)), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await rejectionOf(() => updateRemedyRule(staff.actor, edit(rule.id)))).toBeInstanceOf(ForbiddenError);
    }
    const owner = await makeCustomer();
    signInAs(owner.user);
    expect(await updateRemedyRuleAction(edit(rule.id))).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await listRemedyRules(owner.actor)).toEqual([]);

    signInAs((await makeStaff("ADMIN")).user);
    expect(await updateRemedyRuleAction(edit(rule.id, { amountYuan: "-1" }))).toMatchObject({ ok: false, fieldErrors: { amountYuan: ["remedies.validation.amount"] } });
    expect(await updateRemedyRuleAction(edit(rule.id, { amountYuan: "0" }))).toMatchObject({ ok: false, fieldErrors: { amountYuan: ["remedies.validation.creditAmount"] } });
    expect(await updateRemedyRuleAction(edit(rule.id, { kind: "FEE_WAIVER", waiverDays: "0" }))).toMatchObject({ ok: false, fieldErrors: { waiverDays: ["remedies.validation.waiverDays"] } });
    expect(await updateRemedyRuleAction(edit(rule.id, { kind: "FEE_WAIVER", waiverDays: "32" }))).toMatchObject({ ok: false, fieldErrors: { waiverDays: ["remedies.validation.waiverDays"] } });
    expect(await updateRemedyRuleAction({ ...edit(rule.id), kind: "GIFT" } as never)).toMatchObject({ ok: false, fieldErrors: { kind: ["validation.choose"] } });
    expect(await updateRemedyRuleAction(edit(rule.id, { title: "" }))).toMatchObject({ ok: false, fieldErrors: { title: expect.any(Array) } });
    expect(await db.remedyRule.findUniqueOrThrow({ where: { id: rule.id } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(0);
  });
});
