import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTemplateAction, setTemplateActiveAction, updateTemplateAction } from "@/app/admin/templates/actions";
import { STAFF_ROLES } from "@/lib/domain/roles";
import type { TemplateData } from "@/lib/schemas/templates";
import { auditRows, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { createTemplate, getTemplate, listTemplates, setTemplateActive, updateTemplate } from "./template-admin";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const input = (over: Partial<TemplateData> = {}): TemplateData => ({
  code: "COMPLAINT-APOLOGY",
  title: "投诉致歉",
  titleEn: "Complaint apology",
  body: "尊敬的{customerName}：关于您的投诉 {srn}，我们深表歉意。",
  bodyEn: "Dear {customerName}, about your complaint {srn}, we apologise.",
  types: ["COMPLAINT"],
  ...over,
});
const ALL = { q: "", type: null, status: "all" } as const;

describe("reply templates administration", () => {
  it("creates, lists with search, type and status filters, edits over its version and (de)activates, each audited", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const created = await createTemplate(actor, input());
    expect(created).toMatchObject({ code: "COMPLAINT-APOLOGY", version: 1 });
    await createTemplate(actor, input({ code: "GENERAL-THANKS", title: "感谢", titleEn: "Thanks", body: "感谢您的耐心，{agentName}。", bodyEn: "Thank you, {agentName}.", types: [] }));
    await createTemplate(actor, input({ code: "FAULT-DONE", title: "故障已修复", titleEn: "Fault fixed", body: "您的线路 {lineNumber} 已修复。", bodyEn: "Line {lineNumber} is fixed.", types: ["FAULT_REPAIR"] }));

    const codes = async (f: Parameters<typeof listTemplates>[1]) => (await listTemplates(actor, f)).map((r) => r.code);
    expect(await codes(ALL)).toEqual(["COMPLAINT-APOLOGY", "FAULT-DONE", "GENERAL-THANKS"]);
    // A type keeps its own templates and those for every type.
    expect(await codes({ ...ALL, type: "COMPLAINT" })).toEqual(["COMPLAINT-APOLOGY", "GENERAL-THANKS"]);
    expect(await codes({ ...ALL, q: "线路" })).toEqual(["FAULT-DONE"]);
    expect(await codes({ ...ALL, q: "thank" })).toEqual(["GENERAL-THANKS"]);

    const updated = await updateTemplate(actor, { ...input({ title: "投诉致歉（新）", types: ["COMPLAINT", "FAULT_REPAIR"] }), id: created.id, version: 1 });
    expect(updated).toEqual({ id: created.id, code: "COMPLAINT-APOLOGY", version: 2 });
    expect(await auditRows("template.update")).toMatchObject([{ actorId: actor.userId, summary: { version: 2, changed: ["title", "types"] } }]);

    await setTemplateActive(actor, { id: created.id, version: 2, active: false });
    expect(await codes({ ...ALL, status: "active" })).toEqual(["FAULT-DONE", "GENERAL-THANKS"]);
    expect(await codes({ ...ALL, status: "inactive" })).toEqual(["COMPLAINT-APOLOGY"]);
    await setTemplateActive(actor, { id: created.id, version: 3, active: true });
    expect(await getTemplate(actor, created.id)).toMatchObject({ active: true, version: 4, title: "投诉致歉（新）", updatedBy: { displayName: actor.displayName } });
    expect((await auditRows("template.create")).length).toBe(3);
    expect((await auditRows("template.deactivate")).length).toBe(1);
    expect((await auditRows("template.activate")).length).toBe(1);
  });

  it("refuses a stale version and a code in use, and writes nothing", async () => {
    const { actor } = await makeStaff("ADMIN");
    const a = await createTemplate(actor, input());
    await createTemplate(actor, input({ code: "OTHER" }));
    await updateTemplate(actor, { ...input({ title: "第二版标题" }), id: a.id, version: 1 });
    const stale = await rejectionOf(() => updateTemplate(actor, { ...input({ title: "过时的修改" }), id: a.id, version: 1 }));
    expect((stale as ExpectedError).key).toBe("templates.errors.conflict");
    expect((await rejectionOf(() => setTemplateActive(actor, { id: a.id, version: 1, active: false })) as ExpectedError).key).toBe("templates.errors.conflict");
    const taken = (await rejectionOf(() => updateTemplate(actor, { ...input({ code: "OTHER" }), id: a.id, version: 2 }))) as ExpectedError;
    expect(taken.fieldErrors).toEqual({ code: ["templates.validation.codeTaken"] });
    expect(((await rejectionOf(() => createTemplate(actor, input()))) as ExpectedError).fieldErrors).toEqual({ code: ["templates.validation.codeTaken"] });
    expect(await getTemplate(actor, a.id)).toMatchObject({ title: "第二版标题", version: 2, active: true });
    expect(await rejectionOf(() => getTemplate(actor, "missing"))).toBeInstanceOf(NotFoundError);
  });

  it("refuses a body with an unknown {variable}, through the action", async () => {
    const { user } = await makeStaff("SUPERVISOR");
    signInAs(user);
    const result = await createTemplateAction(input({ body: "您好 {customerName}，退款 {amount} 元。", code: "refund-1" }));
    expect(result).toEqual({ ok: false, fieldErrors: { body: ["templates.validation.unknownVariable"] } });
    const ok = await createTemplateAction(input({ code: "refund-1" }));
    expect(ok).toMatchObject({ ok: true, data: { code: "REFUND-1" } });
    expect(await db.replyTemplate.count()).toBe(1);
  });

  it("is for supervisors and admins only: other roles and customers are refused by the DAL and the actions", async () => {
    const owner = (await makeStaff("SUPERVISOR")).actor;
    const t = await createTemplate(owner, input());
    const customer = await makeCustomer();
    for (const role of STAFF_ROLES.filter((r) => r !== "SUPERVISOR" && r !== "ADMIN")) {
      const staff = await makeStaff(role);
      expect(await rejectionOf(() => createTemplate(staff.actor, input({ code: "X1" }))), role).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => updateTemplate(staff.actor, { ...input(), id: t.id, version: 1 })), role).toBeInstanceOf(ForbiddenError);
      expect(await rejectionOf(() => setTemplateActive(staff.actor, { id: t.id, version: 1, active: false })), role).toBeInstanceOf(ForbiddenError);
      expect(await listTemplates(staff.actor, ALL), role).toEqual([]);
      expect(await rejectionOf(() => getTemplate(staff.actor, t.id)), role).toBeInstanceOf(NotFoundError);
      signInAs(staff.user);
      expect(await updateTemplateAction({ ...input(), id: t.id, version: 1 }), role).toEqual({ ok: false, formError: "errors.forbidden" });
      expect(await setTemplateActiveAction({ id: t.id, version: 1, active: false }), role).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    expect(await rejectionOf(() => createTemplate(customer.actor, input({ code: "X2" })))).toBeInstanceOf(ForbiddenError);
    expect(await db.replyTemplate.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ version: 1, active: true });
  });
});
