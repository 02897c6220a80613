import { beforeEach, describe, expect, it, vi } from "vitest";
import { declareIncidentAction, postIncidentUpdateAction, restoreIncidentAction, tickPlaybookStepAction } from "@/app/admin/incidents/actions";
import { toCstLocal } from "@/lib/domain/time";
import { cstLocalIn, incidentDeclaration } from "@/prisma/test/incident-input";
import type { DeclareIncidentData } from "@/lib/schemas/incidents";
import { auditRows, expectNoSecrets, rejectionOf } from "@/prisma/test/assertions";
import { makeCustomer, makeStaff } from "@/prisma/test/factories";
import { signInAs } from "@/prisma/test/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../action";
import { db } from "../db";
import { getIncident, listIncidents } from "./incident-reads";
import { declareIncident, postIncidentUpdate, restoreIncident, tickPlaybookStep } from "./incidents";

vi.mock("@/server/auth", () => import("@/prisma/test/session"));
beforeEach(() => signInAs(null));

const HOUR = 3_600_000;
const local = cstLocalIn;
const declaration = (over: Partial<DeclareIncidentData> = {}) => incidentDeclaration({ titleEn: "Mobile network down in Chaoyang", ...over });
const codeOf = (e: unknown) => (e instanceof ExpectedError ? e.key : String(e));
async function counts() {
  const [incidents, updates, audits] = await Promise.all([db.incident.count(), db.incidentUpdate.count(), db.auditLog.count()]);
  return { incidents, updates, audits };
}

describe("incidents: declare, update, ETA, tick, restore", () => {
  it("runs the whole life of an incident, each change versioned, audited and a public stage where it is one", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    const declared = await declareIncident(actor, declaration());
    expect(declared.code).toMatch(/^INC\d{11}$/);
    expect(declared.version).toBe(1);
    const second = await declareIncident(actor, declaration({ title: "另一起" }));
    expect(Number(second.code.slice(-3))).toBe(Number(declared.code.slice(-3)) + 1);

    const code = declared.code;
    await expect(postIncidentUpdate(actor, { code, version: 1, body: "已定位断点，正在熔接。", bodyEn: "", estimatedRestoreAt: "" })).resolves.toEqual({ code, version: 2 });
    const eta = local(3);
    await postIncidentUpdate(actor, { code, version: 2, body: "熔接量大，恢复时间推迟。", bodyEn: "More fibres than expected.", estimatedRestoreAt: eta });
    await tickPlaybookStep(actor, { code, version: 3, step: "emergencyTeam" });
    await restoreIncident(actor, { code, version: 4, restoredAt: local(0), note: "光缆已熔接，业务恢复正常。", noteEn: "" });

    const detail = await getIncident(actor, code);
    expect(detail).toMatchObject({ status: "RESTORED", version: 5, estimatedRestoreAt: new Date(`${eta}:00+08:00`) });
    expect(detail.updates.map((u) => u.kind)).toEqual(["RESTORED", "ETA_CHANGED", "UPDATE", "DECLARED"]);
    expect(detail.playbook.find((p) => p.step === "emergencyTeam")).toMatchObject({ doneBy: actor.displayName, doneAt: expect.any(Date) });
    expect(detail.playbook.filter((p) => p.doneAt)).toHaveLength(1);
    expectNoSecrets(detail);
    for (const action of ["incident.declare", "incident.update", "incident.eta", "incident.tick", "incident.restore"]) {
      expect((await auditRows(action)).filter((a) => (a.summary as { code?: string }).code === code), action).toHaveLength(1);
    }

    // Restored: nothing more changes, and it is restored once.
    const before = await counts();
    expect(codeOf(await rejectionOf(() => postIncidentUpdate(actor, { code, version: 5, body: "还有一点。", bodyEn: "", estimatedRestoreAt: "" })))).toBe("incidents.errors.notActive");
    expect(codeOf(await rejectionOf(() => tickPlaybookStep(actor, { code, version: 5, step: "review" })))).toBe("incidents.errors.notActive");
    expect(codeOf(await rejectionOf(() => restoreIncident(actor, { code, version: 5, restoredAt: local(0), note: "再次恢复。", noteEn: "" })))).toBe("incidents.errors.notActive");
    expect(await counts()).toEqual(before);

    const list = await listIncidents(actor, null);
    expect(list.active.map((r) => r.code)).toEqual([second.code]);
    expect(list.restored.map((r) => r.code)).toEqual([code]);
  });

  it("refuses a stale version (optimistic locking) and invalid times, changing nothing", async () => {
    const { actor } = await makeStaff("TECHNICIAN");
    const { code } = await declareIncident(actor, declaration());
    await tickPlaybookStep(actor, { code, version: 1, step: "dispatchRepair" });
    const before = await counts();
    expect(codeOf(await rejectionOf(() => postIncidentUpdate(actor, { code, version: 1, body: "旧页面上的进展。", bodyEn: "", estimatedRestoreAt: "" })))).toBe("incidents.errors.conflict");
    expect(codeOf(await rejectionOf(() => tickPlaybookStep(actor, { code, version: 2, step: "dispatchRepair" })))).toBe("incidents.errors.stepDone");
    expect(codeOf(await rejectionOf(() => tickPlaybookStep(actor, { code, version: 2, step: "commandCentre" })))).toBe("incidents.errors.unknownStep");
    expect(codeOf(await rejectionOf(() => postIncidentUpdate(actor, { code, version: 2, body: "预计时间早于开始。", bodyEn: "", estimatedRestoreAt: local(-3) })))).toBe("incidents.errors.etaBeforeStart");
    expect(codeOf(await rejectionOf(() => restoreIncident(actor, { code, version: 2, restoredAt: local(-2), note: "恢复早于开始。", noteEn: "" })))).toBe("incidents.errors.restoredBeforeStart");
    expect(await rejectionOf(() => tickPlaybookStep(actor, { code: "INC20000101001", version: 1, step: "review" }))).toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect((await getIncident(actor, code)).version).toBe(2);
  });

  it("through the actions: incident:manage may act; read-only staff and customers may not, and bad input changes nothing", async () => {
    const supervisor = await makeStaff("SUPERVISOR");
    const agent = await makeStaff("AGENT");
    const auditor = await makeStaff("AUDITOR");
    const customer = await makeCustomer();
    const input = { ...declaration(), estimatedRestoreAt: "" };

    for (const who of [agent.user, auditor.user, customer.user]) {
      signInAs(who);
      expect(await declareIncidentAction(input)).toEqual({ ok: false, formError: "errors.forbidden" });
    }
    signInAs(null);
    expect(await declareIncidentAction(input)).toEqual({ ok: false, formError: "errors.signInRequired" });
    expect(await counts()).toEqual({ incidents: 0, updates: 0, audits: 0 });

    signInAs(supervisor.user);
    const bad = await declareIncidentAction({ ...input, services: [], startedAt: local(2) });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { services: ["incidents.validation.services"], startedAt: ["validation.notInFuture"] } });
    expect(await counts()).toEqual({ incidents: 0, updates: 0, audits: 0 });
    const ok = await declareIncidentAction(input);
    expect(ok).toMatchObject({ ok: true, data: { version: 1 } });
    const code = ok.ok ? ok.data.code : "";
    expect(await tickPlaybookStepAction({ code, version: 1, step: "publicNotice" })).toEqual({ ok: true, data: { code, version: 2 } });
    expect(await postIncidentUpdateAction({ code, version: 1, body: "旧版本的进展。", bodyEn: "", estimatedRestoreAt: "" })).toEqual({ ok: false, formError: "incidents.errors.conflict" });

    signInAs(agent.user);
    expect(await postIncidentUpdateAction({ code, version: 2, body: "客服不能发布。", bodyEn: "", estimatedRestoreAt: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    expect(await restoreIncidentAction({ code, version: 2, restoredAt: local(0), note: "客服不能恢复。", noteEn: "" })).toEqual({ ok: false, formError: "errors.forbidden" });
    // …but the front line reads them; customers do not.
    expect((await getIncident(agent.actor, code)).code).toBe(code);
    expect(await rejectionOf(() => getIncident(customer.actor, code))).toBeInstanceOf(NotFoundError);
    expect(await listIncidents(customer.actor, null)).toMatchObject({ active: [], restored: [] });
    expect(await rejectionOf(() => declareIncident(agent.actor, declaration()))).toBeInstanceOf(ForbiddenError);
    expect((await getIncident(supervisor.actor, code)).version).toBe(2);
  });

  it("pages restored incidents by restore time without repeats, and starts again on a forged cursor", async () => {
    const { actor } = await makeStaff("SUPERVISOR");
    for (let i = 0; i < 23; i++) {
      const { code } = await declareIncident(actor, declaration({ title: `事件 ${i}`, startedAt: local(-30), estimatedRestoreAt: "" }));
      await restoreIncident(actor, { code, version: 1, restoredAt: toCstLocal(new Date(Date.now() - (25 - i) * HOUR)), note: "已经恢复。", noteEn: "" });
    }
    const first = await listIncidents(actor, null);
    expect(first.restored).toHaveLength(20);
    const second = await listIncidents(actor, first.next);
    expect(second.restored).toHaveLength(3);
    expect(second.next).toBeNull();
    const all = [...first.restored, ...second.restored];
    expect(new Set(all.map((r) => r.code)).size).toBe(23);
    expect(all.map((r) => r.restoredAt!.getTime())).toEqual([...all.map((r) => r.restoredAt!.getTime())].sort((a, b) => b - a));
    expect(await listIncidents(actor, "Zm9yZ2Vk")).toMatchObject({ staleCursor: true });
  });
});
